/**
 * Per-host identities (issue 23, finding 5): every host authenticates as its
 * own ZooKeeper identity (`host-<host>`), so one host's credentials cannot
 * change another host's records. The app's identities are recorded in the
 * data of the app node `B` (only the publisher may write it), as
 * `{"hostIdentities": {perHost, publisher, hosts}}`:
 * - readers (`status`, `wait`, `services`, `groups`) verify ownership of live
 *   nodes only when `perHost` is set (`zkdeploy init --host-identities`);
 * - agents build the ACL of the group and service containers they create from
 *   the listed identities (ACLs are not inherited, and ZooKeeper masks digest
 *   ids in getACL to clients without ADMIN, so they cannot copy a parent's).
 *
 * An identity is a scheme and an id, so that TLS certificate identities
 * (`x509` and the certificate's subject) sit beside `digest` ones.
 */
import { Perm, type ZkAcl } from './zk-acl.js';

/** One ZooKeeper identity as ACL entries name it. */
export interface ZkIdentity {
  scheme: 'digest' | 'x509';
  id: string;
}

export interface HostIdentities {
  /** True once `init --host-identities` switched the app to per-host mode. */
  perHost: boolean;
  /** Identities with full rights on every node of the app. */
  publisher: ZkIdentity[];
  /** The identities of each provisioned host. */
  hosts: Record<string, ZkIdentity[]>;
}

/** The digest user name of a host's identity. */
export function hostUser(host: string): string {
  return `host-${host}`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function parseIdentities(v: unknown): ZkIdentity[] {
  if (!Array.isArray(v)) return [];
  return v.filter(
    (e): e is ZkIdentity => isObject(e) && (e['scheme'] === 'digest' || e['scheme'] === 'x509') && typeof e['id'] === 'string' && e['id'].length > 0,
  );
}

/** The app node's data as an object (empty for no data or data that is not a JSON object). */
function appData(data: Buffer | null | undefined): Record<string, unknown> {
  if (!data || data.length === 0 || data.length > 1024 * 1024) return {};
  try {
    const value: unknown = JSON.parse(data.toString('utf8'));
    return isObject(value) ? value : {};
  } catch {
    return {};
  }
}

/** Reads the identities recorded in the app node's data; null when there are none. */
export function parseHostIdentities(data: Buffer | null | undefined): HostIdentities | null {
  const raw = appData(data)['hostIdentities'];
  if (!isObject(raw)) return null;
  const hosts: Record<string, ZkIdentity[]> = {};
  if (isObject(raw['hosts'])) for (const [host, ids] of Object.entries(raw['hosts'])) hosts[host] = parseIdentities(ids);
  return { perHost: raw['perHost'] === true, publisher: parseIdentities(raw['publisher']), hosts };
}

/** The app node's data with `ids` recorded, keeping whatever else it holds. */
export function encodeHostIdentities(previous: Buffer | null | undefined, ids: HostIdentities): Buffer {
  return Buffer.from(JSON.stringify({ ...appData(previous), hostIdentities: ids }), 'utf8');
}

const entry = (perms: number, id: ZkIdentity): ZkAcl => ({ perms, scheme: id.scheme, id: id.id });
const WORLD_READ: ZkAcl = { perms: Perm.READ, scheme: 'world', id: 'anyone' };

/**
 * ACL of `B/status/<host>`, pre-created by `host add`: world read, that host
 * read and write (no ADMIN: it cannot hand its record to anyone), the
 * publisher everything. Deleting it needs DELETE on `B/status`, which no host has.
 */
export function hostStatusAcl(ids: HostIdentities, host: string): ZkAcl[] {
  return [WORLD_READ, ...ids.publisher.map((p) => entry(Perm.ALL, p)), ...(ids.hosts[host] ?? []).map((h) => entry(Perm.READ | Perm.WRITE, h))];
}

/**
 * ACL of a group or service container an agent creates (`B/groups/<g>`,
 * `B/services/<n>`): every host may add and remove members there. DELETE
 * checks the parent, not the child, so a host could remove another host's
 * member or endpoint; readers never trust one that is not its owner's (the
 * session anchor), and the owner makes it again.
 */
export function memberContainerAcl(ids: HostIdentities): ZkAcl[] {
  const hosts = Object.values(ids.hosts).flat();
  return [WORLD_READ, ...ids.publisher.map((p) => entry(Perm.ALL, p)), ...hosts.map((h) => entry(Perm.CREATE | Perm.DELETE, h))];
}

/** True for an ACL entry naming a host identity: a `host-…` digest, or one of `known` (x509 subjects carry no prefix). */
function isHostEntry(e: ZkAcl, known: ZkIdentity[]): boolean {
  return (e.scheme === 'digest' && e.id.startsWith('host-')) || known.some((k) => k.scheme === e.scheme && k.id === e.id);
}

/**
 * `current` with its host entries replaced by `perms` for every host of
 * `ids`; `removed` names identities to drop that `ids` no longer lists. The
 * other entries (world read, publisher, a shared agent identity) are kept.
 */
export function withHostEntries(current: ZkAcl[], ids: HostIdentities, perms: number, removed: ZkIdentity[] = []): ZkAcl[] {
  const hosts = Object.values(ids.hosts).flat();
  return [...current.filter((e) => !isHostEntry(e, [...hosts, ...removed])), ...hosts.map((h) => entry(perms, h))];
}
