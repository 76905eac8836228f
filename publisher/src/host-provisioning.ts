/**
 * `zkdeploy host add` / `host remove`: gives one host its own ZooKeeper
 * identity (`host-<host>`, digest) or takes it away. Adding records the
 * identity in the app node, pre-creates `B/status/<host>` that only this
 * identity may write, and grants it CREATE where agents make their live
 * nodes (host-identity-store.ts). Running it again rotates the password.
 */
import { randomBytes } from 'node:crypto';
import { ErrorCode, UsageError } from '@zkdeploy/shared/errors';
import { hasZkCode, hostStatusAcl, hostUser, type HostIdentities, type ZkClient, type ZkIdentity } from '@zkdeploy/shared/zk';
import { ZnodeLayout } from '@zkdeploy/shared/znode-layout';
import { openToWorld, syncHostAcls, updateHostIdentities, type AclStep } from './host-identity-store.js';

export interface HostChange {
  host: string;
  /** `host-<host>`. */
  identity: string;
  status: string;
  acls: AclStep[];
}

/** A fresh `host-<host>:<password>` with 192 random bits. */
export function newHostCredentials(host: string): string {
  return `${hostUser(host)}:${randomBytes(24).toString('base64url')}`;
}

/** Refuses an app whose node anyone may write: its identity record would prove nothing. */
async function requireDigestApp(zk: ZkClient, app: string): Promise<void> {
  if (!(await zk.exists(app))) throw new UsageError(`the app ${app} does not exist; nothing was written`, { hint: 'create it first: zkdeploy --auth-file <publisher file> init …' });
  if (openToWorld(await zk.getAcl(app))) {
    throw new UsageError(`the app ${app} has open ACLs, so host identities would protect nothing; nothing was written`, {
      hint: 'initialise it with the publisher identity first: zkdeploy --auth-file <publisher file> init --host-identities',
    });
  }
}

/**
 * Makes `B/status/<host>` a node only `ids`' identity of the host may write.
 * A node left by the shared agent identity (the publisher holds no ADMIN on
 * it) is replaced, in one multi, by an empty one: what it said was writable
 * by every agent, so it is not kept.
 */
async function provisionStatus(zk: ZkClient, path: string, ids: HostIdentities, host: string): Promise<void> {
  const acl = hostStatusAcl(ids, host);
  const stat = await zk.exists(path);
  if (!stat) {
    await zk.create(path, Buffer.alloc(0), 'persistent', acl);
    return;
  }
  try {
    await zk.setAcl(path, acl, undefined, stat.aversion);
  } catch (err) {
    if (!hasZkCode(err, ErrorCode.ZK_NO_AUTH)) throw err;
    await zk.multi([
      { op: 'delete', path, version: stat.version },
      { op: 'create', path, data: Buffer.alloc(0), mode: 'persistent', acl },
    ]);
  }
}

/**
 * Records `identity` (a digest of the host's credentials, or its
 * certificate's subject) as the identity of `host` and provisions its nodes;
 * the publisher (`publisher`, the identity this connection uses) must own the app.
 */
export async function addHost(zk: ZkClient, app: string, host: string, identity: ZkIdentity, publisher: ZkIdentity): Promise<HostChange> {
  await requireDigestApp(zk, app);
  const ids = await updateHostIdentities(zk, app, (current) => ({
    ...current,
    publisher: current.publisher.some((p) => p.scheme === publisher.scheme && p.id === publisher.id) ? current.publisher : [...current.publisher, publisher],
    hosts: { ...current.hosts, [host]: [identity] },
  }));
  const layout = new ZnodeLayout(app);
  await zk.ensurePath(layout.status);
  await provisionStatus(zk, layout.hostStatus(host), ids, host);
  const acls = await syncHostAcls(zk, app, ids);
  return { host, identity: identity.scheme === 'digest' ? hostUser(host) : `x509:${identity.id}`, status: layout.hostStatus(host), acls };
}

/** Takes `host`'s identity away: no more CREATE anywhere, and its status record is deleted. */
export async function removeHost(zk: ZkClient, app: string, host: string): Promise<HostChange> {
  await requireDigestApp(zk, app);
  let removed: ZkIdentity[] = [];
  const ids = await updateHostIdentities(zk, app, (current) => {
    removed = current.hosts[host] ?? [];
    const hosts = { ...current.hosts };
    delete hosts[host];
    return { ...current, hosts };
  });
  const acls = await syncHostAcls(zk, app, ids, removed);
  const status = new ZnodeLayout(app).hostStatus(host);
  await zk.delete(status).catch((err: unknown) => {
    if (!hasZkCode(err, ErrorCode.ZK_NO_NODE)) throw err;
  });
  return { host, identity: hostUser(host), status, acls };
}
