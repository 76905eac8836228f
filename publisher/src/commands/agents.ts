import { Command } from 'commander';
import { addGlobalOptions } from '../global-options.js';
import { lazyAction } from './lazy-action.js';

/** `zkdeploy agents`: the live agents (ephemeral registrations). */
export function agentsCommand(): Command {
  return addGlobalOptions(new Command('agents'))
    .description('list the live agents: host, agent version, pid, uptime, base dir')
    .addHelpText('after', '\nExamples:\n  zkdeploy agents\n  zkdeploy agents --json | jq -r ".[].host"\n')
    .action(lazyAction(() => import('./agents-action.js')));
}
