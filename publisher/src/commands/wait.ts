import { Command, Option } from 'commander';
import { addGlobalOptions } from '../global-options.js';
import { parseCommitPrefix } from '../commit-prefix-flag.js';
import { addWaitOptions } from '../wait/wait-options.js';
import { lazyAction } from './lazy-action.js';

/** `zkdeploy wait`: block until every live agent is ok for the current config. */
export function waitCommand(): Command {
  const cmd = addGlobalOptions(new Command('wait'))
    .description(
      'block until every live agent reports ok for the current config; exit 3 on timeout or when a host failed ' +
        'in a way it will not retry (rejected payload, missing commit…); transient failures are waited out',
    )
    .addOption(new Option('--commit <id>', 'require the current config to be this commit (full id or prefix)').argParser(parseCommitPrefix));
  return addWaitOptions(cmd, false)
    .addHelpText('after', '\nExamples:\n  zkdeploy wait --timeout 120\n  zkdeploy wait --commit $(git rev-parse HEAD) --min-hosts 3 --json\n')
    .action(lazyAction(() => import('./wait-action.js')));
}
