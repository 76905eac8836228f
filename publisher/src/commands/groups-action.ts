import type { Command } from 'commander';
import { ExitCode, UsageError } from '@zkdeploy/shared/errors';
import { isValidNodeName } from '@zkdeploy/shared/znode-layout';
import { globalOptions, withZk } from '../global-options.js';
import { readGroups } from '../group-listing.js';

/** Runs `zkdeploy groups [<name>]`. */
export async function run(this: Command, name: string | undefined): Promise<void> {
  const global = globalOptions(this);
  if (name !== undefined && !isValidNodeName(name)) {
    throw new UsageError(`group name ${JSON.stringify(name)} is not valid (letters, digits, . _ - only)`);
  }
  const groups = await withZk(global, (zk) => readGroups(zk, global.app, name));
  if (global.json) process.stdout.write(`${JSON.stringify({ app: global.app, groups })}\n`);
  else process.stdout.write((await import('../group-table.js')).renderGroups(global.app, groups, Boolean(process.stdout.isTTY)));
  process.exitCode = ExitCode.OK;
}
