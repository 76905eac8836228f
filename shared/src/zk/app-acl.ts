/**
 * The ACLs of an app's znodes when it is initialised with digest auth
 * (`zkdeploy init --auth publisher:pw --agent-auth agent:pw`): everyone may
 * read; only the publisher identity may write `B/config` and `B/history`;
 * agents may create and delete their own nodes under `B/agents`, `B/status`,
 * `B/groups` and `B/services`. With per-host identities
 * (`init --host-identities`, host-identities.ts) there is no shared agent
 * identity: each host may only create under `B/agents`, `B/groups` and
 * `B/services`, and writes the status node `host add` made for it.
 *
 * ZooKeeper caveat: ACLs are not inherited. A node gets exactly the ACL given
 * when it is created, so every writer must pass the right set explicitly:
 * the publisher for config and history entries ({@link publisherNodeAcl}),
 * the agent for its registration, status record, group members and service
 * endpoints ({@link agentNodeAcl}).
 */
import { digestId, OPEN_ACL, Perm, type ZkAcl } from './zk-acl.js';
import { withHostEntries, type HostIdentities } from './host-identities.js';

/** The identities of an app: `user:password` credentials or ready `user:base64(sha1)` digest ids. */
export interface AppIdentities {
  /** Digest id of the publisher (`user:base64hash`). */
  publisher: string;
  /** Digest id of the shared agent identity (`user:base64hash`); none in per-host mode (host-identities.ts). */
  agent?: string | undefined;
}

const WORLD_READ: ZkAcl = { perms: Perm.READ, scheme: 'world', id: 'anyone' };

/** A digest id `user:base64(sha1(user:password))`, the form ACL entries use. */
const DIGEST_ID = /^[^:\s]+:[A-Za-z0-9+/]{27}=$/;

/** True when `id` already is a digest id rather than `user:password`. */
export function isDigestId(id: string): boolean {
  return DIGEST_ID.test(id);
}

/** ACL of nodes only the publisher writes: `B`, `B/config`, `B/history` and its entries. */
export function publisherNodeAcl(publisherDigest: string): ZkAcl[] {
  return [WORLD_READ, { perms: Perm.ALL, scheme: 'digest', id: publisherDigest }];
}

/** ACL of containers agents add children to: `B/agents`, `B/status`, `B/groups`, `B/services`. */
export function agentContainerAcl(ids: AppIdentities): ZkAcl[] {
  const shared: ZkAcl[] = ids.agent ? [{ perms: Perm.CREATE | Perm.DELETE, scheme: 'digest', id: ids.agent }] : [];
  return [...publisherNodeAcl(ids.publisher), ...shared];
}

/**
 * ACL an agent must pass when it creates its nodes (`B/agents/<host>`,
 * `B/status/<host>`, `B/groups/<g>[/m-…]`, `B/services/<name>[/<host>]`):
 * world read and full rights for its own identity. Without credentials it is
 * the open ACL, as for an app initialised without `--auth`.
 */
export function agentNodeAcl(agentAuth: string | undefined): ZkAcl[] {
  return agentAuth ? agentOwnedAcl(digestId(agentAuth)) : OPEN_ACL;
}

/** The same ACL from the agents' digest id (what `init` applies to nodes agents made before the ACLs existed). */
export function agentOwnedAcl(agentDigest: string): ZkAcl[] {
  return [WORLD_READ, { perms: Perm.ALL, scheme: 'digest', id: agentDigest }];
}

/**
 * The ACL of every container of an app (`B` and its fixed children), by path.
 * Provisioned hosts (`hosts`) may CREATE under `B/agents`, `B/groups` and
 * `B/services` but not DELETE there: DELETE is checked on the parent, so it
 * would let one host remove another's live registration and hide it from
 * `wait`. No host may create under `B/status`: `host add` pre-creates each
 * host's record.
 */
export function appContainerAcls(base: string, ids: AppIdentities, hosts?: HostIdentities): Map<string, ZkAcl[]> {
  const publisher = publisherNodeAcl(ids.publisher);
  const agents = agentContainerAcl(ids);
  const live = hosts ? withHostEntries(agents, hosts, Perm.CREATE) : agents;
  return new Map([
    [base, publisher],
    [`${base}/history`, publisher],
    [`${base}/agents`, live],
    [`${base}/status`, agents],
    [`${base}/groups`, live],
    [`${base}/services`, live],
  ]);
}

/** True when two ACLs grant the same permissions to the same ids, in any order. */
export function sameAcl(a: ZkAcl[], b: ZkAcl[]): boolean {
  const key = (acl: ZkAcl[]): string => acl.map((e) => `${e.scheme}:${e.id}:${e.perms}`).sort().join('\n');
  return key(a) === key(b);
}
