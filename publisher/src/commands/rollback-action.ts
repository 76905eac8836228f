import type { Command } from 'commander';
import { ExitCode } from '@zkdeploy/shared/errors';
import { validatePayload } from '@zkdeploy/shared/payload';
import { globalOptions, withZk } from '../global-options.js';
import { publishConfig } from '../publish-config.js';
import { checkRollbackSigning, planRollback, rollbackPayload } from '../rollback-payload.js';
import { loadSigner } from '../signing-key.js';
import { runWait } from '../wait/wait-command-flow.js';
import type { WaitFlags } from '../wait/wait-options.js';

interface Flags extends WaitFlags {
  to?: number;
  message?: string;
  signKey?: string;
  signTtl?: string;
}

/** Runs `zkdeploy rollback`. */
export async function run(this: Command, flags: Flags): Promise<void> {
  const global = globalOptions(this);
  const signer = await loadSigner(flags.signKey, flags.signTtl);
  process.exitCode = await withZk(global, async (zk) => {
    const plan = await planRollback(zk, global.app, flags.to);
    checkRollbackSigning(plan, global.app, signer);
    const built = validatePayload(rollbackPayload(plan, flags.message));
    const sign = signer && ((p: typeof built, current: typeof built | null) => signer.sign(p, global.app, current));
    const result = await publishConfig(zk, global.app, built, plan.currentVersion, sign);
    const payload = result.payload;
    const signed = payload.signature ? `, re-signed with sequence ${payload.sequence}` : '';
    const line = `rolled ${global.app} back to version ${plan.target.version} (${payload.commitId}) as version ${result.version}${signed}`;
    if (global.json && !flags.wait) {
      process.stdout.write(`${JSON.stringify({ app: global.app, version: result.version, rolledBackTo: plan.target.version, payload })}\n`);
    } else {
      (global.json ? process.stderr : process.stdout).write(`${line}\n`);
    }
    if (!flags.wait) return ExitCode.OK;
    return runWait(zk, global.app, { commit: payload.commitId, minHosts: flags.minHosts, timeoutMs: flags.timeout, json: global.json });
  });
}
