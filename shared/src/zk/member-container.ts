/**
 * Creates a group or service container (`B/groups/<g>`, `B/services/<n>`)
 * that agents add their members to. In per-host mode its ACL lets every
 * provisioned host add members (host-identities.ts); otherwise it gets
 * `fallback`, the agent's own node ACL, as before.
 *
 * ZooKeeper caveat: the first agent to create the container decides its ACL
 * for good (ACLs are not inherited, and agents hold no ADMIN), so the ACL is
 * built from the app node's identities read just before the create.
 */
import type { ZkClient } from './zk-client.js';
import type { ZkAcl } from './zk-acl.js';
import { memberContainerAcl, parseHostIdentities } from './host-identities.js';
import { Perm } from './zk-acl.js';

/**
 * Ensures `path` (a container under the app `app`) exists. Outside per-host
 * mode (an app initialised with digest ACLs records its publisher too) the
 * container also keeps the creator's own rights, so agents on the shared
 * identity and hosts that already have their own can join it side by side,
 * and the publisher can grant hosts added later.
 */
export async function ensureMemberContainer(zk: ZkClient, app: string, path: string, fallback: ZkAcl[] | undefined): Promise<void> {
  if (await zk.exists(path)) return;
  if (fallback?.some((e) => e.scheme === 'auth')) return ensureCertificateContainer(zk, app, path, fallback);
  const ids = parseHostIdentities((await zk.get(app))?.data);
  if (!ids) return zk.ensurePath(path, fallback);
  const acl = memberContainerAcl(ids);
  const own = ids.perHost || !fallback ? [] : fallback.filter((e) => e.scheme !== 'world' && !acl.some((a) => a.scheme === e.scheme && a.id === e.id));
  await zk.ensurePath(path, [...acl, ...own]);
}

/**
 * The container for an agent known by its certificate (its own ACL names its
 * session with the `auth` scheme, so it cannot stand for the other agents as
 * a shared digest does): in an open app it is as open as its parent; else
 * it grants the app's recorded identities, the agents' certificate subjects
 * its parent (`B/groups`, `B/services`, made by init) lets create members,
 * and its creator. ZooKeeper masks only digest ids from non-admins, so the
 * parent's x509 entries are readable here.
 */
async function ensureCertificateContainer(zk: ZkClient, app: string, path: string, fallback: ZkAcl[]): Promise<void> {
  const parent = path.slice(0, path.lastIndexOf('/'));
  const parentAcl = (await zk.exists(parent)) ? await zk.getAcl(parent) : [];
  if (parentAcl.length === 0 || parentAcl.some((e) => e.scheme === 'world' && (e.perms & ~Perm.READ) !== 0)) {
    return zk.ensurePath(path, parentAcl.length > 0 ? parentAcl : fallback);
  }
  const ids = parseHostIdentities((await zk.get(app))?.data);
  const acl: ZkAcl[] = ids ? memberContainerAcl(ids) : fallback.filter((e) => e.scheme === 'world');
  const agents = parentAcl.filter((e) => e.scheme === 'x509' && (e.perms & Perm.CREATE) !== 0).map((e) => ({ ...e, perms: Perm.CREATE | Perm.DELETE }));
  for (const e of [...agents, ...fallback.filter((f) => f.scheme !== 'world')]) {
    if (!acl.some((a) => a.scheme === e.scheme && a.id === e.id)) acl.push(e);
  }
  await zk.ensurePath(path, acl);
}
