import { Command, Option } from 'commander';
import { addGlobalOptions } from '../global-options.js';
import { lazyAction } from './lazy-action.js';

/** `zkdeploy dashboard`: the live fleet page and its API, fed by one set of ZooKeeper watches. */
export function dashboardCommand(): Command {
  const cmd = addGlobalOptions(new Command('dashboard'));
  // One dashboard serves several apps: --app repeats here (dashboard-action.ts collects them; ZKDEPLOY_APP stays the default).
  const app = cmd.options.find((o) => o.long === '--app');
  if (app) app.description = 'app base znode; repeat for several apps (ZKDEPLOY_APP, default /app/business)';
  return cmd
    .description('serve a live web page of the fleet (state, needs attention, hosts, history, groups, services) and its JSON/event API')
    .option('--listen <host:port>', 'address to listen on; loopback unless told otherwise', '127.0.0.1:8080')
    .option('--allow-actions', 'enable POST /api/rollback (needs --token-file)')
    .addOption(new Option('--token-file <file>', 'bearer tokens for actions, one per line ("<name> <token>" or a token), mode 0600'))
    .addHelpText(
      'after',
      '\nExamples:\n  zkdeploy dashboard\n  zkdeploy dashboard --app /app/web --app /app/api --listen 127.0.0.1:9000\n' +
        '  zkdeploy dashboard --allow-actions --token-file ~/.config/zkdeploy/dashboard.tokens\n',
    )
    .action(lazyAction(() => import('./dashboard-action.js')));
}
