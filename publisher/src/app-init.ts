/**
 * `zkdeploy init`: creates the app's containers and, with identities, sets
 * their ACLs (shared's app-acl.ts): digest ids, certificate subjects (x509),
 * or both during a migration. Idempotent: existing nodes are
 * kept and only their ACL is corrected. Nodes created before the ACLs
 * existed are brought under them too: config and history entries become the
 * publisher's, status and registration nodes the agents' (with
 * `--host-identities`, the publisher's until `host add` hands each status
 * node to its host). Hosts added by `host add` keep their rights.
 */
import { ErrorCode, UsageError } from '@zkdeploy/shared/errors';
import { OPEN_ACL, agentsOwnedAcl, appContainerAcls, publisherAcl, publisherIdentities, sameAcl, hasZkCode, type AppIdentities, type ZkAcl, type ZkClient } from '@zkdeploy/shared/zk';
import { ZnodeLayout } from '@zkdeploy/shared/znode-layout';
import { openToWorld, readHostIdentities, syncHostAcls, updateHostIdentities } from './host-identity-store.js';

export type InitAction = 'created' | 'exists' | 'acl-updated' | 'not-permitted';

export interface InitStep {
  path: string;
  action: InitAction;
}

/** Creates `path` with `acl`, or (when `acl` is enforced) corrects the ACL of an existing node. */
async function ensureNode(zk: ZkClient, path: string, acl: ZkAcl[], enforce: boolean): Promise<InitAction> {
  if (!(await zk.exists(path))) {
    try {
      await zk.create(path, Buffer.alloc(0), 'persistent', acl);
      return 'created';
    } catch (err) {
      if (!hasZkCode(err, ErrorCode.ZK_NODE_EXISTS)) throw err;
    }
  }
  if (!enforce || sameAcl(await zk.getAcl(path), acl)) return 'exists';
  await zk.setAcl(path, acl);
  return 'acl-updated';
}

/**
 * Brings existing children of `parent` that are still open to the world under
 * `acl`. Children that already have an owner are left alone: ZooKeeper shows
 * their digest ids masked to non-admins, and their owner set them on purpose.
 */
async function reAclChildren(zk: ZkClient, parent: string, acl: ZkAcl[], steps: InitStep[]): Promise<void> {
  const names = (await zk.children(parent)) ?? [];
  const results = await Promise.all(
    names.map(async (name) => {
      const path = `${parent}/${name}`;
      const current = await zk.getAcl(path).catch(() => null);
      if (!current || !openToWorld(current)) return null;
      await zk.setAcl(path, acl);
      return path;
    }),
  );
  for (const path of results) if (path) steps.push({ path, action: 'acl-updated' });
}

export interface InitOptions {
  /** `--host-identities`: per-host mode (shared's host-identities.ts); `ids.agent` must be unset. */
  hostIdentities?: boolean;
}

/** Initialises the app; `ids` undefined means open ACLs (ZooKeeper's default) and no ACL changes. */
export async function initApp(zk: ZkClient, app: string, ids: AppIdentities | undefined, options: InitOptions = {}): Promise<InitStep[]> {
  const layout = new ZnodeLayout(app);
  const parent = app.slice(0, app.lastIndexOf('/'));
  if (parent) await zk.ensurePath(parent);
  const hosts = ids ? await readHostIdentities(zk, app).catch(() => undefined) : undefined;
  if (ids && hosts?.perHost && !options.hostIdentities) {
    throw new UsageError(`${app} uses per-host identities; nothing was changed`, { hint: 'run init with --host-identities (and without --agent-auth)' });
  }
  const acls = ids ? appContainerAcls(app, ids, hosts) : null;
  const steps: InitStep[] = [];
  for (const path of layout.containers) {
    steps.push({ path, action: await ensureNode(zk, path, acls?.get(path) ?? OPEN_ACL, ids !== undefined) });
  }
  if (!ids) return steps;
  await recordPublisher(zk, app, ids, Boolean(options.hostIdentities), steps);
  const publisher = publisherAcl(ids);
  if (await zk.exists(layout.config)) {
    const current = await zk.getAcl(layout.config);
    if (!sameAcl(current, publisher)) {
      await zk.setAcl(layout.config, publisher);
      steps.push({ path: layout.config, action: 'acl-updated' });
    }
  }
  await reAclChildren(zk, layout.history, publisher, steps);
  const agentOwned = ids.agent || ids.agentCerts?.length ? agentsOwnedAcl(ids) : publisher;
  await reAclChildren(zk, layout.status, agentOwned, steps);
  await reAclChildren(zk, layout.agents, agentOwned, steps);
  return steps;
}

/**
 * Records the publisher in the app node (agents give it rights on the group
 * and service containers they make, so that `host add` can grant hosts there
 * later) and, with `--host-identities`, per-host mode; then brings those
 * containers in line with the recorded hosts.
 */
async function recordPublisher(zk: ZkClient, app: string, ids: AppIdentities, perHost: boolean, steps: InitStep[]): Promise<void> {
  const added = publisherIdentities(ids);
  const hosts = await updateHostIdentities(zk, app, (current) => ({
    ...current,
    perHost: current.perHost || perHost,
    publisher: [...current.publisher, ...added.filter((p) => !current.publisher.some((c) => c.scheme === p.scheme && c.id === p.id))],
  }));
  if (perHost) steps.push(...(await syncHostAcls(zk, app, hosts)));
}
