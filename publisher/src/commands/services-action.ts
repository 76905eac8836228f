import type { Command } from 'commander';
import { ExitCode, UsageError } from '@zkdeploy/shared/errors';
import { isValidNodeName } from '@zkdeploy/shared/znode-layout';
import { globalOptions, withZk } from '../global-options.js';
import { readService, readServices } from '../service-listing.js';

/** Runs `zkdeploy services [<name>]`. */
export async function run(this: Command, name: string | undefined): Promise<void> {
  const global = globalOptions(this);
  if (name !== undefined && !isValidNodeName(name)) {
    throw new UsageError(`service name ${JSON.stringify(name)} is not valid (letters, digits, . _ - only)`);
  }
  const services = await withZk(global, async (zk) => (name !== undefined ? [await readService(zk, global.app, name)] : readServices(zk, global.app)));
  if (global.json) {
    const body = name !== undefined ? { app: global.app, ...services[0] } : { app: global.app, services };
    process.stdout.write(`${JSON.stringify(body)}\n`);
  } else {
    process.stdout.write((await import('../service-table.js')).renderServices(global.app, services, Boolean(process.stdout.isTTY)));
  }
  process.exitCode = ExitCode.OK;
}
