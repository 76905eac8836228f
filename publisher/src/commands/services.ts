import { Command } from 'commander';
import { ExitCode, UsageError, isValidNodeName } from '@zkdeploy/shared';
import { addGlobalOptions, globalOptions, withZk } from '../global-options.js';
import { readService, readServices } from '../service-listing.js';
import { renderServices } from '../service-table.js';

/** `zkdeploy services [<name>]`: live (healthy, registered) endpoints. */
export function servicesCommand(): Command {
  return addGlobalOptions(new Command('services'))
    .description('list the live endpoints of a service (of every service without a name)')
    .argument('[name]', 'the service')
    .addHelpText(
      'after',
      '\n--json prints {app, service, endpoints: [{node, host, port, since}], invalid} for one service,\nor {app, services: [...]} without a name.\n\nExamples:\n  zkdeploy services api\n  zkdeploy services api --json | jq -r \'.endpoints[] | "\\(.host):\\(.port)"\'\n',
    )
    .action(async function (this: Command, name: string | undefined) {
      const global = globalOptions(this);
      if (name !== undefined && !isValidNodeName(name)) {
        throw new UsageError(`service name ${JSON.stringify(name)} is not valid (letters, digits, . _ - only)`);
      }
      const services = await withZk(global, async (zk) => (name !== undefined ? [await readService(zk, global.app, name)] : readServices(zk, global.app)));
      if (global.json) {
        const body = name !== undefined ? { app: global.app, ...services[0] } : { app: global.app, services };
        process.stdout.write(`${JSON.stringify(body)}\n`);
      } else {
        process.stdout.write(renderServices(global.app, services, Boolean(process.stdout.isTTY)));
      }
      process.exitCode = ExitCode.OK;
    });
}
