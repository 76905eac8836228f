import { Command } from 'commander';
import { ExitCode } from '@zkdeploy/shared';
import { readFleet, summarizeFleet } from '../fleet-status.js';
import { addGlobalOptions, globalOptions, withZk } from '../global-options.js';
import { renderStatus } from '../status-table.js';
import { watchStatus } from '../status-watch.js';

/** `zkdeploy status`: the fleet table (or JSON), once or live. */
export function statusCommand(): Command {
  return addGlobalOptions(new Command('status'))
    .description('show every host: state, commit, config version, age, error; exit 0 only when converged')
    .option('--watch', 'keep running and show every change as it happens (Ctrl-C to stop)')
    .addHelpText('after', '\nExamples:\n  zkdeploy status\n  zkdeploy status --json | jq .summary\n  zkdeploy status --watch\n')
    .action(async function (this: Command, flags: { watch?: boolean }) {
      const global = globalOptions(this);
      if (flags.watch) {
        process.exitCode = await withZk(global, (zk) => watchStatus(zk, global.app, global.json));
        return;
      }
      const status = await withZk(global, async (zk) => summarizeFleet(await readFleet(zk, global.app)));
      if (global.json) process.stdout.write(`${JSON.stringify(status)}\n`);
      else process.stdout.write(renderStatus(status, Boolean(process.stdout.isTTY)));
      process.exitCode = status.converged ? ExitCode.OK : ExitCode.NOT_CONVERGED;
    });
}
