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
 * Certificate identities (`init --publisher-cert/--agent-cert`, ZooKeeper's
 * `x509` scheme, the id being the certificate's subject: x509-subject.ts)
 * get the same rights as the digest ones, alone or beside them. An agent
 * known by its certificate creates its nodes with the `auth` scheme (the
 * identities of its own session), since it cannot name itself otherwise.
 *
 * ZooKeeper caveat: ACLs are not inherited. A node gets exactly the ACL given
 * when it is created, so every writer must pass the right set explicitly:
 * the publisher for config and history entries ({@link publisherNodeAcl}),
 * the agent for its registration, status record, group members and service
 * endpoints ({@link agentNodeAcl}).
 */
import { digestId, OPEN_ACL, Perm, type ZkAcl } from './zk-acl.js';
import { withHostEntries, type HostIdentities, type ZkIdentity } from './host-identities.js';

/** The identities of an app: digest ids (`user:base64(sha1)`) and certificate subjects (x509 ids). */
export interface AppIdentities {
  /** Digest id of the publisher (`user:base64hash`); none when the publisher is known by certificate only. */
  publisher?: string | undefined;
  /** Digest id of the shared agent identity (`user:base64hash`); none in per-host mode (host-identities.ts). */
  agent?: string | undefined;
  /** x509 ids of the publisher's certificates (`init --publisher-cert`). */
  publisherCerts?: string[] | undefined;
  /** x509 ids of the agents' certificates (`init --agent-cert`). */
  agentCerts?: string[] | undefined;
}

/** Every identity the publisher may use. */
export function publisherIdentities(ids: AppIdentities): ZkIdentity[] {
  return [
    ...(ids.publisher ? [{ scheme: 'digest' as const, id: ids.publisher }] : []),
    ...(ids.publisherCerts ?? []).map((id) => ({ scheme: 'x509' as const, id })),
  ];
}

/** Every identity of the shared agent set (digest and certificates); none in per-host mode. */
export function agentIdentities(ids: AppIdentities): ZkIdentity[] {
  return [
    ...(ids.agent ? [{ scheme: 'digest' as const, id: ids.agent }] : []),
    ...(ids.agentCerts ?? []).map((id) => ({ scheme: 'x509' as const, id })),
  ];
}

/** ACL of nodes only the publisher writes, for all of the publisher's identities. */
export function publisherAcl(ids: AppIdentities): ZkAcl[] {
  return [WORLD_READ, ...publisherIdentities(ids).map((p) => ({ perms: Perm.ALL, scheme: p.scheme, id: p.id }))];
}

/** ACL init gives nodes agents made before the ACLs existed: world read, every agent identity everything. */
export function agentsOwnedAcl(ids: AppIdentities): ZkAcl[] {
  return [WORLD_READ, ...agentIdentities(ids).map((a) => ({ perms: Perm.ALL, scheme: a.scheme, id: a.id }))];
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
  const shared: ZkAcl[] = agentIdentities(ids).map((a) => ({ perms: Perm.CREATE | Perm.DELETE, scheme: a.scheme, id: a.id }));
  return [...publisherAcl(ids), ...shared];
}

/**
 * ACL an agent must pass when it creates its nodes (`B/agents/<host>`,
 * `B/status/<host>`, `B/groups/<g>[/m-…]`, `B/services/<name>[/<host>]`):
 * world read and full rights for its own identity. Without credentials it is
 * the open ACL, as for an app initialised without `--auth`. An agent with a
 * client certificate (`hasCertificate`) names its session's identities
 * (`auth` scheme: its x509 subject, and its digest when it has one too).
 */
export function agentNodeAcl(agentAuth: string | undefined, hasCertificate = false): ZkAcl[] {
  if (hasCertificate) return [WORLD_READ, { perms: Perm.ALL, scheme: 'auth', id: '' }];
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
  const publisher = publisherAcl(ids);
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
