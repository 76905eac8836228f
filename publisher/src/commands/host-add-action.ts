import { resolve } from 'node:path';
import type { Command } from 'commander';
import { ExitCode, UsageError } from '@zkdeploy/shared/errors';
import { isValidNodeName } from '@zkdeploy/shared/znode-layout';
import { digestId, x509SubjectId, type ZkIdentity } from '@zkdeploy/shared/zk';
import { globalOptions, withZk, type GlobalOptions } from '../global-options.js';
import { addHost, newHostCredentials, type HostChange } from '../host-provisioning.js';
import { openSecretFile } from '../secret-file.js';

interface Flags {
  secretFile?: string;
  cert?: string;
  force?: boolean;
}

/** A host name usable as `--host` and as one znode segment; throws UsageError otherwise. */
export function requireHostName(host: string): void {
  if (!isValidNodeName(host)) throw new UsageError(`host name ${JSON.stringify(host)} is not valid (letters, digits, . _ - only, at most 253); nothing was written`);
}

/** The identity this connection has: the digest of --auth, else the subject of --zk-tls-cert. */
function publisherIdentity(global: GlobalOptions): ZkIdentity {
  if (global.auth) return { scheme: 'digest', id: digestId(global.auth) };
  if (global.tls?.cert) return { scheme: 'x509', id: x509SubjectId(global.tls.cert) };
  throw new UsageError('host add needs the publisher identity (--auth-file, or --zk-tls-cert of a publisher certificate): it owns the app; nothing was written');
}

/** Runs `zkdeploy host add <host> --secret-file <path>` or `--cert <pem>`. */
export async function run(this: Command, host: string, flags: Flags): Promise<void> {
  const global = globalOptions(this);
  requireHostName(host);
  if ((flags.secretFile === undefined) === (flags.cert === undefined)) {
    throw new UsageError('host add takes one identity: --secret-file <path> (a new password) or --cert <pem> (the host\'s certificate); nothing was written');
  }
  const publisher = publisherIdentity(global);
  if (flags.cert !== undefined) return addCertificateHost(global, host, flags.cert, publisher);
  const credentials = newHostCredentials(host);
  const path = resolve(flags.secretFile as string);
  // Claimed before ZooKeeper is touched: a file we may not write refuses the command with nothing changed.
  const file = await openSecretFile(path, Boolean(flags.force));
  let change;
  try {
    change = await withZk(global, (zk) => addHost(zk, global.app, host, { scheme: 'digest', id: digestId(credentials) }, publisher));
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


/** `host add <host> --cert <pem>`: the host is known by its certificate's subject; no secret to write. */
async function addCertificateHost(global: GlobalOptions, host: string, cert: string, publisher: ZkIdentity): Promise<void> {
  const identity: ZkIdentity = { scheme: 'x509', id: x509SubjectId(cert) };
  const change: HostChange = await withZk(global, (zk) => addHost(zk, global.app, host, identity, publisher));
  if (global.json) {
    process.stdout.write(`${JSON.stringify({ app: global.app, ...change, cert: resolve(cert) })}\n`);
  } else {
    for (const s of change.acls) process.stdout.write(`${s.action.padEnd(13)} ${s.path}\n`);
    process.stdout.write(
      `host ${host} is known by its certificate ${change.identity}; ${change.status} is writable by it alone.\n` +
        `Run its agent with: zkdeploy-agent --host ${host} --zk-tls --zk-tls-cert <that certificate> --zk-tls-key <its key> …\n`,
    );
  }
  process.exitCode = ExitCode.OK;
}
