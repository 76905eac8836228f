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

/** Ensures `path` (a container under the app `app`) exists. */
export async function ensureMemberContainer(zk: ZkClient, app: string, path: string, fallback: ZkAcl[] | undefined): Promise<void> {
  if (await zk.exists(path)) return;
  const ids = parseHostIdentities((await zk.get(app))?.data);
  await zk.ensurePath(path, ids?.perHost ? memberContainerAcl(ids) : fallback);
}
