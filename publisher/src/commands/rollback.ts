import { Command, Option } from 'commander';
import { ExitCode, validatePayload } from '@zkdeploy/shared';
import { addGlobalOptions, globalOptions, withZk } from '../global-options.js';
import { parseCount } from '../number-flags.js';
import { publishConfig } from '../publish-config.js';
import { planRollback, rollbackPayload } from '../rollback-payload.js';
import { maybeSign, readSigningKey } from '../signing-key.js';
import { runWait } from '../wait-command-flow.js';
import { addWaitOptions, type WaitFlags } from '../wait-options.js';

interface Flags extends WaitFlags {
  to?: number;
  message?: string;
  signKey?: string;
}

/** `zkdeploy rollback`: republish an earlier history entry as a new version. */
export function rollbackCommand(): Command {
  const cmd = addGlobalOptions(new Command('rollback'))
    .description(
      'republish an earlier history entry as a new version (compare-and-set on the current version); ' +
        'default: the newest earlier version with a different commit',
    )
    .addOption(new Option('--to <version>', 'the history version to republish').argParser(parseCount))
    .option('--message <text>', 'note stored with the new version (default: "rollback to version N")')
    .option('--sign-key <file>', 'sign the republished payload with this ed25519 private key');
  return addWaitOptions(cmd, true)
    .addHelpText('after', '\nExamples:\n  zkdeploy rollback\n  zkdeploy rollback --to 12 --wait\n')
    .action(async function (this: Command, flags: Flags) {
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
    });
}
