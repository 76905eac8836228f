import { Command, Option } from 'commander';
import { addGlobalOptions } from '../global-options.js';
import { parseCount } from '../number-flags.js';
import { addWaitOptions } from '../wait/wait-options.js';
import { lazyAction } from './lazy-action.js';

/** `zkdeploy rollback`: republish an earlier history entry as a new version. */
export function rollbackCommand(): Command {
  const cmd = addGlobalOptions(new Command('rollback'))
    .description(
      'republish an earlier history entry as a new version (compare-and-set on the current version); ' +
        'default: the newest earlier version with a different commit',
    )
    .addOption(new Option('--to <version>', 'the history version to republish').argParser(parseCount))
    .option('--message <text>', 'note stored with the new version (default: "rollback to version N")')
    .option('--sign-key <file>', 're-sign the old payload with this ed25519 private key (a new sequence; required when the app signs)')
    .option('--sign-ttl <duration>', 'expiry of the new signature: 90s, 15m, 12h, 30d (env ZKDEPLOY_SIGN_TTL; default 30d)');
  return addWaitOptions(cmd, true)
    .addHelpText('after', '\nExamples:\n  zkdeploy rollback\n  zkdeploy rollback --to 12 --sign-key deploy.key --wait\n')
    .action(lazyAction(() => import('./rollback-action.js')));
}
