/**
 * The app's host identities (shared's host-identities.ts) as the publisher
 * keeps them: the record in the app node's data, changed by compare-and-set,
 * and the ACLs derived from it, each set with a check of the ACL version so
 * that two `host add`s at once never lose one of the hosts.
 */
import { ErrorCode, UsageError } from '@zkdeploy/shared/errors';
import {
  Perm,
  encodeHostIdentities,
  hasZkCode,
  memberContainerAcl,
  parseHostIdentities,
  sameAcl,
  withHostEntries,
  type HostIdentities,
  type ZkAcl,
  type ZkClient,
  type ZkIdentity,
} from '@zkdeploy/shared/zk';
import { ZnodeLayout } from '@zkdeploy/shared/znode-layout';

const ATTEMPTS = 5;

/** The identities recorded in the app node (none yet: an empty, shared-mode record). */
export async function readHostIdentities(zk: ZkClient, app: string): Promise<HostIdentities> {
  const node = await zk.get(app);
  return parseHostIdentities(node?.data) ?? { perHost: false, publisher: [], hosts: {} };
}

/** True when the ACL lets anyone do more than read. */
export function openToWorld(acl: ZkAcl[]): boolean {
  return acl.some((e) => e.scheme === 'world' && (e.perms & ~Perm.READ) !== 0);
}

/** Applies `change` to the recorded identities with compare-and-set on the app node; returns the new record. */
export async function updateHostIdentities(zk: ZkClient, app: string, change: (ids: HostIdentities) => HostIdentities): Promise<HostIdentities> {
  for (let attempt = 1; ; attempt++) {
    const node = await zk.get(app);
    if (!node) throw new UsageError(`the app ${app} does not exist`, { hint: 'create it first: zkdeploy --auth-file <publisher> init --host-identities' });
    const previous = parseHostIdentities(node.data);
    const next = change(previous ?? { perHost: false, publisher: [], hosts: {} });
    if (previous && JSON.stringify(previous) === JSON.stringify(next)) return next;
    try {
      await zk.set(app, encodeHostIdentities(node.data, next), node.stat.version);
      return next;
    } catch (err) {
      if (!hasZkCode(err, ErrorCode.ZK_BAD_VERSION) || attempt >= ATTEMPTS) throw err;
    }
  }
}

/** Sets `path`'s ACL to `derive(current)` with a check of its ACL version; false when unchanged or the node is gone. */
export async function deriveAcl(zk: ZkClient, path: string, derive: (current: ZkAcl[]) => ZkAcl[]): Promise<boolean> {
  for (let attempt = 1; ; attempt++) {
    const stat = await zk.exists(path);
    if (!stat) return false;
    const current = await zk.getAcl(path);
    const next = derive(current);
    if (sameAcl(current, next)) return false;
    try {
      await zk.setAcl(path, next, undefined, stat.aversion);
      return true;
    } catch (err) {
      if (hasZkCode(err, ErrorCode.ZK_NO_NODE)) return false;
      if (!hasZkCode(err, ErrorCode.ZK_BAD_VERSION) || attempt >= ATTEMPTS) throw err;
    }
  }
}

/** What `syncHostAcls` did to one node. */
export interface AclStep {
  path: string;
  action: 'acl-updated' | 'not-permitted';
}

/**
 * Brings every ACL that names hosts in line with `ids`: CREATE under
 * `B/agents`, `B/groups`, `B/services`, CREATE and DELETE in each group and
 * service container (in per-host mode, nothing else there but world read and
 * the publisher). `removed` are identities to drop (a removed host).
 * Containers made by the shared agent identity give the publisher no ADMIN:
 * they are reported `not-permitted` (delete them once empty; agents make
 * them again with the per-host ACL).
 */
export async function syncHostAcls(zk: ZkClient, app: string, ids: HostIdentities, removed: ZkIdentity[] = []): Promise<AclStep[]> {
  const layout = new ZnodeLayout(app);
  const steps: AclStep[] = [];
  const apply = async (path: string, perms: number, exact?: ZkAcl[]): Promise<void> => {
    try {
      if (await deriveAcl(zk, path, (acl) => exact ?? withHostEntries(acl, ids, perms, removed))) steps.push({ path, action: 'acl-updated' });
    } catch (err) {
      if (!hasZkCode(err, ErrorCode.ZK_NO_AUTH)) throw err;
      steps.push({ path, action: 'not-permitted' });
    }
  };
  for (const path of [layout.agents, layout.groups, layout.services]) await apply(path, Perm.CREATE);
  for (const parent of [layout.groups, layout.services]) {
    // In per-host mode exactly the members' ACL: whatever else a creator put there (the shared identity) goes.
    const exact = ids.perHost ? memberContainerAcl(ids) : undefined;
    for (const name of ((await zk.children(parent)) ?? []).sort()) await apply(`${parent}/${name}`, Perm.CREATE | Perm.DELETE, exact);
  }
  return steps;
}
