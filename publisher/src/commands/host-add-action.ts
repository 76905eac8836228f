import { resolve } from 'node:path';
import type { Command } from 'commander';
import { ExitCode, UsageError } from '@zkdeploy/shared/errors';
import { isValidNodeName } from '@zkdeploy/shared/znode-layout';
import { globalOptions, withZk } from '../global-options.js';
import { addHost, newHostCredentials } from '../host-provisioning.js';
import { openSecretFile } from '../secret-file.js';

interface Flags {
  secretFile: string;
  force?: boolean;
}

/** A host name usable as `--host` and as one znode segment; throws UsageError otherwise. */
export function requireHostName(host: string): void {
  if (!isValidNodeName(host)) throw new UsageError(`host name ${JSON.stringify(host)} is not valid (letters, digits, . _ - only, at most 253); nothing was written`);
}

/** Runs `zkdeploy host add <host> --secret-file <path>`. */
export async function run(this: Command, host: string, flags: Flags): Promise<void> {
  const global = globalOptions(this);
  requireHostName(host);
  if (!global.auth) throw new UsageError('host add needs the publisher identity (--auth-file or --auth): it owns the app; nothing was written');
  const credentials = newHostCredentials(host);
  const path = resolve(flags.secretFile);
  // Claimed before ZooKeeper is touched: a file we may not write refuses the command with nothing changed.
  const file = await openSecretFile(path, Boolean(flags.force));
  let change;
  try {
    change = await withZk(global, (zk) => addHost(zk, global.app, host, credentials, global.auth as string));
  } catch (err) {
    await file.abandon();
    throw err;
  }
  await file.write(`${credentials}\n`);
  if (global.json) {
    process.stdout.write(`${JSON.stringify({ app: global.app, ...change, secretFile: path })}\n`);
  } else {
    for (const s of change.acls) process.stdout.write(`${s.action.padEnd(13)} ${s.path}\n`);
    process.stdout.write(
      `host ${host} has its own identity ${change.identity}, written to ${path} (mode 0600); ${change.status} is writable by it alone.\n` +
        `Copy the file to ${host} and run its agent with: zkdeploy-agent --host ${host} --auth-file <that file> …\n`,
    );
  }
  process.exitCode = ExitCode.OK;
}

