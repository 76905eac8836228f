import { Command } from 'commander';
import { ExitCode } from '@zkdeploy/shared';
import { buildPayload, type PayloadFlags } from '../build-payload.js';
import { addGlobalOptions, globalOptions, withZk } from '../global-options.js';
import { publishConfig } from '../publish-config.js';
import { maybeSign } from '../signing-key.js';
import { runWait } from '../wait-command-flow.js';
import { addWaitOptions, type WaitFlags } from '../wait-options.js';

interface PublishFlags extends PayloadFlags, WaitFlags {
  signKey?: string;
}

/** `zkdeploy publish`: validate, CAS-write config plus history, optionally wait. */
export function publishCommand(): Command {
  const cmd = addGlobalOptions(new Command('publish'))
    .description('validate a payload and write it to the config znode (compare-and-set, with its history entry)')
    .requiredOption('--url <url>', 'git URL the agents fetch from')
    .requiredOption('--commit <id>', 'full commit id (40 or 64 hex characters)')
    .requiredOption('--path <relativePath>', 'checkout path inside each agent base dir')
    .option('--ref <ref>', 'the ref the commit came from, for humans')
    .option('--message <text>', 'a note stored with the publish')
    .option('--sign-key <file>', 'sign the payload with this ed25519 private key (from `zkdeploy keygen`)');
  return addWaitOptions(cmd, true)
    .addHelpText(
      'after',
      '\nExamples:\n  zkdeploy publish --url https://git.example.com/app.git --commit $(git rev-parse HEAD) --path app\n' +
        '  zkdeploy publish --url ... --commit ... --path app --sign-key deploy.key --wait --timeout 120\n',
    )
    .action(async function (this: Command, flags: PublishFlags) {
      const global = globalOptions(this);
      const payload = await maybeSign(buildPayload(flags), flags.signKey);
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
        return runWait(zk, global.app, { commit: payload.commitId, minHosts: flags.minHosts, timeoutMs: flags.timeout, json: global.json });
      });
    });
}
