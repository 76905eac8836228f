import type { Command } from 'commander';
import { ExitCode, UsageError } from '@zkdeploy/shared/errors';
import { globalOptions, withZk } from '../global-options.js';
import { removeHost } from '../host-provisioning.js';
import { requireHostName } from './host-add-action.js';

/** Runs `zkdeploy host remove <host>`. */
export async function run(this: Command, host: string): Promise<void> {
  const global = globalOptions(this);
  requireHostName(host);
  if (!global.auth) throw new UsageError('host remove needs the publisher identity (--auth-file or --auth): it owns the app; nothing was changed');
  const change = await withZk(global, (zk) => removeHost(zk, global.app, host));
  if (global.json) process.stdout.write(`${JSON.stringify({ app: global.app, ...change })}\n`);
  else {
    for (const s of change.acls) process.stdout.write(`${s.action.padEnd(13)} ${s.path}\n`);
    process.stdout.write(`host ${host}'s identity ${change.identity} has no rights under ${global.app} any more; ${change.status} is gone\n`);
  }
  process.exitCode = ExitCode.OK;
}
