import { Command } from 'commander';
import { ExitCode } from '@zkdeploy/shared';
import { readFleet, summarizeFleet } from '../fleet-status.js';
import { addGlobalOptions, globalOptions, withZk } from '../global-options.js';
import { renderStatus } from '../status-table.js';

export function statusCommand(): Command {
  return addGlobalOptions(new Command('status'))
    .description('show every host: state, commit, config version, age, error; exit 0 only when converged')
    .addHelpText('after', '\nExamples:\n  zkdeploy status\n  zkdeploy status --json | jq .summary\n')
    .action(async function (this: Command) {
      const global = globalOptions(this);
      const status = await withZk(global, async (zk) => summarizeFleet(await readFleet(zk, global.app)));
      if (global.json) process.stdout.write(`${JSON.stringify(status)}\n`);
      else process.stdout.write(renderStatus(status, Boolean(process.stdout.isTTY)));
      process.exitCode = status.converged ? ExitCode.OK : ExitCode.NOT_CONVERGED;
    });
}
