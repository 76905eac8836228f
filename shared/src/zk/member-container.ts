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

/**
 * Ensures `path` (a container under the app `app`) exists. Outside per-host
 * mode (an app initialised with digest ACLs records its publisher too) the
 * container also keeps the creator's own rights, so agents on the shared
 * identity and hosts that already have their own can join it side by side,
 * and the publisher can grant hosts added later.
 */
export async function ensureMemberContainer(zk: ZkClient, app: string, path: string, fallback: ZkAcl[] | undefined): Promise<void> {
  if (await zk.exists(path)) return;
  const ids = parseHostIdentities((await zk.get(app))?.data);
  if (!ids) return zk.ensurePath(path, fallback);
  const acl = memberContainerAcl(ids);
  const own = ids.perHost || !fallback ? [] : fallback.filter((e) => e.scheme !== 'world' && !acl.some((a) => a.scheme === e.scheme && a.id === e.id));
  await zk.ensurePath(path, [...acl, ...own]);
}
