import type { Command } from 'commander';
import { ExitCode } from '@zkdeploy/shared/errors';
import { buildPayload, type PayloadFlags } from '../build-payload.js';
import { globalOptions, withZk } from '../global-options.js';
import { publishConfig, type SignFn } from '../publish-config.js';
import type { WaitFlags } from '../wait/wait-options.js';

interface PublishFlags extends PayloadFlags, WaitFlags {
  signKey?: string;
  signTtl?: string;
}

/** The signing step for --sign-key (loaded only then), checked before connecting. */
async function signFn(app: string, flags: PublishFlags): Promise<SignFn | undefined> {
  if (!flags.signKey) return undefined;
  const signer = await (await import('../signing-key.js')).PayloadSigner.load(flags.signKey, flags.signTtl);
  return (payload, current) => signer.sign(payload, app, current);
}

/** Runs `zkdeploy publish`; signing and waiting load only when asked for. */
export async function run(this: Command, flags: PublishFlags): Promise<void> {
  const global = globalOptions(this);
  const built = buildPayload(flags);
  const sign = await signFn(global.app, flags);
  process.exitCode = await withZk(global, async (zk) => {
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
