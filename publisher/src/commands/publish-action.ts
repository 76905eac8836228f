import type { Command } from 'commander';
import { ExitCode } from '@zkdeploy/shared/errors';
import { buildPayload, type PayloadFlags } from '../build-payload.js';
import { globalOptions, withZk } from '../global-options.js';
import { publishConfig, type SignFn } from '../publish-config.js';
import type { WaitFlags } from '../wait/wait-options.js';
import { UsageError } from '@zkdeploy/shared/errors';
import { TASK_NAME, hasPlanFlags, planFromFlags, type PlanFlags, type RolloutPlan } from '@zkdeploy/shared/rollout';
import type { ZkClient } from '@zkdeploy/shared/zk';
import type { Payload } from '@zkdeploy/shared/payload';
import type { GlobalOptions } from '../global-options.js';

interface PublishFlags extends PayloadFlags, WaitFlags, PlanFlags {
  signKey?: string;
  signTtl?: string;
  now?: boolean;
  beforeWave?: string;
}

/** The signing step for --sign-key (loaded only then), checked before connecting. */
async function signFn(app: string, flags: PublishFlags): Promise<SignFn | undefined> {
  if (!flags.signKey) return undefined;
  const signer = await (await import('../signing-key.js')).PayloadSigner.load(flags.signKey, flags.signTtl);
  return (payload, current) => signer.sign(payload, app, current);
}

/** --before-wave names a task (as agents declare them) and needs waves. */
function checkBeforeWave(flags: PublishFlags): void {
  if (!TASK_NAME.test(flags.beforeWave ?? '')) throw new UsageError(`--before-wave ${JSON.stringify(flags.beforeWave)} is not a task name (letters, digits, . _ -; at most 63)`);
  if (flags.now) throw new UsageError('--before-wave runs before the first wave; it cannot be combined with --now');
}

/** Runs `zkdeploy publish`; signing and waiting load only when asked for. */
export async function run(this: Command, flags: PublishFlags): Promise<void> {
  const global = globalOptions(this);
  const built = buildPayload(flags);
  if (flags.now && hasPlanFlags(flags)) throw new UsageError('--now reaches every host at once; it cannot be combined with --waves or other rollout flags');
  const flagPlan = hasPlanFlags(flags) ? planFromFlags(flags) : null;
  if (flags.beforeWave !== undefined) checkBeforeWave(flags);
  const sign = await signFn(global.app, flags);
  process.exitCode = await withZk(global, async (zk) => {
    const plan = flagPlan ?? (flags.now ? null : await (await import('../rollout-policy-store.js')).readPolicy(zk, global.app));
    if (!plan && flags.beforeWave !== undefined) throw new UsageError('--before-wave runs before the first wave of a rollout: give --waves (or set a default plan with `zkdeploy rollout policy set`); nothing was written');
    if (plan) {
      const code = await publishRollout(zk, global, built, plan, flags, sign);
      if (code !== null) return code;
    }
    const result = await publishConfig(zk, global.app, built, undefined, sign);
    const payload = result.payload;
    if (global.json && !flags.wait) {
      process.stdout.write(`${JSON.stringify({ app: global.app, version: result.version, payload })}\n`);
    } else {
      const signed = payload.signature ? ` (signed) with sequence ${payload.sequence}, expiring ${payload.expiresAt}` : '';
      const out = global.json ? process.stderr : process.stdout;
      out.write(`published ${payload.commitId} to ${global.app} as version ${result.version}${signed}\n`);
    }
    if (!flags.wait) return ExitCode.OK;
    const { runWait } = await import('../wait/wait-command-flow.js');
    return runWait(zk, global.app, { commit: payload.commitId, minHosts: flags.minHosts, timeoutMs: flags.timeout, json: global.json });
  });
}

/** Publishes as a rollout; null when the app has no config yet (then the first publish goes straight to B/config). */
async function publishRollout(zk: ZkClient, global: GlobalOptions, built: Payload, plan: RolloutPlan, flags: PublishFlags, sign: SignFn | undefined): Promise<number | null> {
  const { startRollout } = await import('../rollout-start.js');
  const started = await startRollout(zk, global.app, built, plan, sign, flags.beforeWave === undefined ? {} : { beforeWave: { task: flags.beforeWave } });
  if (!started && flags.beforeWave !== undefined) throw new UsageError(`${global.app} has no config yet: its first publish reaches every host at once, with no wave to run --before-wave before; nothing was written`, { hint: 'publish once without --before-wave, then roll out with it' });
  if (!started) return null;
  const { record, payload } = started;
  if (global.json && !flags.wait) process.stdout.write(`${JSON.stringify({ app: global.app, rollout: { id: record.id, stableVersion: record.stableVersion, waves: plan.waves }, payload })}\n`);
  else (global.json ? process.stderr : process.stdout).write(`rolling out ${payload.commitId} to ${global.app} as rollout ${record.id} (waves ${plan.waves.join(',')}; stable stays version ${record.stableVersion} until it completes)\n`);
  if (!flags.wait) return ExitCode.OK;
  const { followRollout } = await import('../wait/rollout-follow.js');
  return followRollout(zk, global.app, record.id, flags.timeout, global.json);
}
