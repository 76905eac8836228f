import type { Command } from 'commander';
import { ExitCode } from '@zkdeploy/shared/errors';
import { globalOptions, withZk } from '../global-options.js';
import { resignConfig } from '../resign-config.js';
import { PayloadSigner } from '../signing-key.js';

interface Flags {
  signKey: string;
  signTtl?: string;
}

/** Runs `zkdeploy resign`. */
export async function run(this: Command, flags: Flags): Promise<void> {
  const global = globalOptions(this);
  const signer = await PayloadSigner.load(flags.signKey, flags.signTtl);
  process.exitCode = await withZk(global, async (zk) => {
    const result = await resignConfig(zk, global.app, signer);
    const { payload } = result;
    if (global.json) {
      process.stdout.write(`${JSON.stringify({ app: global.app, version: result.version, resigned: result.resigned, payload })}\n`);
    } else {
      process.stdout.write(
        `re-signed version ${result.resigned} of ${global.app} (${payload.commitId}) as version ${result.version} with sequence ${payload.sequence}, expiring ${payload.expiresAt}\n`,
      );
    }
    return ExitCode.OK;
  });
}
