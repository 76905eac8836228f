import { Command } from 'commander';
import { addGlobalOptions } from '../global-options.js';
import { lazyAction } from './lazy-action.js';

/** `zkdeploy controller`: runs the rollout controller until SIGTERM (several may run; one leads). */
export function controllerCommand(): Command {
  return addGlobalOptions(new Command('controller'))
    .description('run the rollout controller for the app (several may run; one leads by election; every write is fenced)')
    .option('--tick <ms>', 'how often the leader evaluates the gate (default 500)')
    .option('--keep-tasks <n>', 'finished tasks kept under B/tasks for task list/show; older ones are pruned (default 100)')
    .option('--session-timeout <ms>', 'ZooKeeper session timeout: how soon another controller takes over when this one dies (default 10000)')
    .action(lazyAction(() => import('./controller-action.js')));
}
