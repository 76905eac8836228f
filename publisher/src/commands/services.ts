import { Command } from 'commander';
import { addGlobalOptions } from '../global-options.js';
import { lazyAction } from './lazy-action.js';

/** `zkdeploy services [<name>]`: live (healthy, registered) endpoints. */
export function servicesCommand(): Command {
  return addGlobalOptions(new Command('services'))
    .description('list the live endpoints of a service (of every service without a name)')
    .argument('[name]', 'the service')
    .addHelpText(
      'after',
      '\n--json prints {app, service, endpoints: [{node, host, port, since}], invalid} for one service,\nor {app, services: [...]} without a name.\n\nExamples:\n  zkdeploy services api\n  zkdeploy services api --json | jq -r \'.endpoints[] | "\\(.host):\\(.port)"\'\n',
    )
    .action(lazyAction(() => import('./services-action.js')));
}
