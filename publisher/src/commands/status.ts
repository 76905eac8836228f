import { Command } from 'commander';
import { addGlobalOptions } from '../global-options.js';
import { lazyAction } from './lazy-action.js';

/** `zkdeploy status`: the fleet table (or JSON), once or live. */
export function statusCommand(): Command {
  return addGlobalOptions(new Command('status'))
    .description('show every host: state, commit, config version, age, error; exit 0 only when converged')
    .option('--watch', 'keep running and show every change as it happens (Ctrl-C to stop)')
    .addHelpText('after', '\nExamples:\n  zkdeploy status\n  zkdeploy status --json | jq .summary\n  zkdeploy status --watch\n')
    .action(lazyAction(() => import('./status-action.js')));
}
