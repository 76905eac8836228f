import type { Command } from 'commander';
import { ExitCode, UsageError } from '@zkdeploy/shared/errors';
import { createLogger } from '@zkdeploy/shared/logger';
import { RolloutController } from '@zkdeploy/shared/rollout';
import { globalOptions, withZk } from '../global-options.js';

/** Runs `zkdeploy controller` until SIGTERM or SIGINT. */
export async function run(this: Command, flags: { tick?: string; sessionTimeout?: string; keepTasks?: string }): Promise<void> {
  const global = globalOptions(this);
  const tickMs = flags.tick === undefined ? 500 : Number(flags.tick);
  if (!Number.isFinite(tickMs) || tickMs < 10) throw new UsageError(`--tick must be a number of milliseconds >= 10, got ${JSON.stringify(flags.tick)}`);
  const sessionTimeoutMs = flags.sessionTimeout === undefined ? global.sessionTimeoutMs : Number(flags.sessionTimeout);
  if (!Number.isFinite(sessionTimeoutMs) || sessionTimeoutMs < 1000) throw new UsageError(`--session-timeout must be a number of milliseconds >= 1000, got ${JSON.stringify(flags.sessionTimeout)}`);
  const keepTasks = flags.keepTasks === undefined ? undefined : Number(flags.keepTasks);
  if (keepTasks !== undefined && (!Number.isSafeInteger(keepTasks) || keepTasks < 0)) throw new UsageError(`--keep-tasks must be a whole number >= 0, got ${JSON.stringify(flags.keepTasks)}`);
  const logger = createLogger({ level: process.env['ZKDEPLOY_LOG_LEVEL'] ?? 'info', name: 'zkdeploy-controller' });
  process.exitCode = await withZk({ ...global, sessionTimeoutMs }, async (zk) => {
    const controller = new RolloutController(zk, { app: global.app, tickMs, logger, memberData: Buffer.from(JSON.stringify({ pid: process.pid })), keepTasks });
    await controller.start();
    await new Promise<void>((resolve) => {
      process.once('SIGTERM', resolve);
      process.once('SIGINT', resolve);
    });
    await controller.stop();
    return ExitCode.OK;
  });
}
