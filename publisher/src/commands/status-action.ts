import type { Command } from 'commander';
import { ExitCode } from '@zkdeploy/shared/errors';
import { readFleet, summarizeFleet } from '../fleet-status.js';
import { globalOptions, withZk } from '../global-options.js';

/** Runs `zkdeploy status`; the table renderer and the watch load only when used. */
export async function run(this: Command, flags: { watch?: boolean }): Promise<void> {
  const global = globalOptions(this);
  if (flags.watch) {
    const { watchStatus } = await import('../status-watch.js');
    process.exitCode = await withZk(global, (zk) => watchStatus(zk, global.app, global.json));
    return;
  }
  // The table renderer loads while ZooKeeper answers, not after.
  const table = global.json ? null : import('../status-table.js');
  const status = await withZk(global, async (zk) => summarizeFleet(await readFleet(zk, global.app)));
  if (table) process.stdout.write((await table).renderStatus(status, Boolean(process.stdout.isTTY)));
  else process.stdout.write(`${JSON.stringify(status)}\n`);
  process.exitCode = status.converged ? ExitCode.OK : ExitCode.NOT_CONVERGED;
}
