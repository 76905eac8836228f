import type { Command } from 'commander';
import { ExitCode } from '@zkdeploy/shared/errors';
import { buildPayload, type PayloadFlags } from '../build-payload.js';
import { globalOptions, withZk } from '../global-options.js';
import { publishConfig } from '../publish-config.js';
import type { WaitFlags } from '../wait/wait-options.js';

interface PublishFlags extends PayloadFlags, WaitFlags {
  signKey?: string;
}

/** Runs `zkdeploy publish`; signing and waiting load only when asked for. */
export async function run(this: Command, flags: PublishFlags): Promise<void> {
  const global = globalOptions(this);
  const built = buildPayload(flags);
  const payload = flags.signKey ? await (await import('../signing-key.js')).maybeSign(built, flags.signKey) : built;
  process.exitCode = await withZk(global, async (zk) => {
    const result = await publishConfig(zk, global.app, payload);
    if (global.json && !flags.wait) {
      process.stdout.write(`${JSON.stringify({ app: global.app, version: result.version, payload })}\n`);
    } else {
      const signed = payload.signature ? ' (signed)' : '';
      const out = global.json ? process.stderr : process.stdout;
      out.write(`published ${payload.commitId} to ${global.app} as version ${result.version}${signed}\n`);
    }
    if (!flags.wait) return ExitCode.OK;
    const { runWait } = await import('../wait/wait-command-flow.js');
    return runWait(zk, global.app, { commit: payload.commitId, minHosts: flags.minHosts, timeoutMs: flags.timeout, json: global.json });
  });
}
