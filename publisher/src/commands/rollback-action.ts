import type { Command } from 'commander';
import { ExitCode } from '@zkdeploy/shared/errors';
import { validatePayload } from '@zkdeploy/shared/payload';
import { globalOptions, withZk } from '../global-options.js';
import { publishConfig } from '../publish-config.js';
import { planRollback, rollbackPayload } from '../rollback-payload.js';
import { maybeSign, readSigningKey } from '../signing-key.js';
import { runWait } from '../wait/wait-command-flow.js';
import type { WaitFlags } from '../wait/wait-options.js';

interface Flags extends WaitFlags {
  to?: number;
  message?: string;
  signKey?: string;
}

/** Runs `zkdeploy rollback`. */
export async function run(this: Command, flags: Flags): Promise<void> {
  const global = globalOptions(this);
  if (flags.signKey) await readSigningKey(flags.signKey);
  process.exitCode = await withZk(global, async (zk) => {
    const plan = await planRollback(zk, global.app, flags.to);
    const built = rollbackPayload(plan, flags.message, Boolean(flags.signKey));
    const payload = built.verbatim ? built.payload : await maybeSign(validatePayload(built.payload), flags.signKey);
    const result = await publishConfig(zk, global.app, payload, plan.currentVersion);
    const line = `rolled ${global.app} back to version ${plan.target.version} (${payload.commitId}) as version ${result.version}${built.verbatim ? ', republishing its signed payload unchanged' : ''}`;
    if (global.json && !flags.wait) {
      process.stdout.write(`${JSON.stringify({ app: global.app, version: result.version, rolledBackTo: plan.target.version, payload })}\n`);
    } else {
      (global.json ? process.stderr : process.stdout).write(`${line}\n`);
    }
    if (!flags.wait) return ExitCode.OK;
    return runWait(zk, global.app, { commit: payload.commitId, minHosts: flags.minHosts, timeoutMs: flags.timeout, json: global.json });
  });
}
