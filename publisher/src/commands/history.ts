import { Command, Option } from 'commander';
import { addGlobalOptions } from '../global-options.js';
import { parseCount } from '../number-flags.js';
import { lazyAction } from './lazy-action.js';

/** `zkdeploy history`: published versions, newest first. */
export function historyCommand(): Command {
  return addGlobalOptions(new Command('history'))
    .description('list published versions, newest first: version, commit, ref, when, by whom, message')
    .addOption(new Option('--limit <n>', 'show at most this many entries').argParser(parseCount).default(20))
    .addHelpText('after', '\nExamples:\n  zkdeploy history --limit 5\n  zkdeploy history --json | jq ".[0].commitId"\n')
    .action(lazyAction(() => import('./history-action.js')));
}
