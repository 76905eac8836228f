/**
 * The members of an active/standby group: `B/groups/<group>/m-<seq>` nodes
 * (ephemeral sequential) whose data is `{host, pid, since, token}`. The
 * lowest sequence number is the primary. Znode data is untrusted: malformed
 * members are kept in line (they still hold their place in the election) but
 * their fields read as unknown.
 */

/** Prefix of member node names; ZooKeeper appends a 10-digit sequence number. */
export const MEMBER_PREFIX = 'm-';

const MEMBER_NAME = /^m-(\d{10})$/;

/** The data of one member node. */
export interface GroupMemberRecord {
  host: string | null;
  pid: number | null;
  /** ISO time the member joined. */
  since: string | null;
  /** Unique per create, so a member finds its own node after an unanswered create. */
  token: string | null;
}

/** The sequence number of a member node name, or null when the name is not one. */
export function memberSequence(name: string): number | null {
  const match = MEMBER_NAME.exec(name);
  return match ? Number(match[1]) : null;
}

/** The member node names among `children`, in election order (lowest sequence first). */
export function electionOrder(children: readonly string[]): string[] {
  return children
    .filter((name) => memberSequence(name) !== null)
    .sort((a, b) => (memberSequence(a) ?? 0) - (memberSequence(b) ?? 0));
}

/** Encodes a member record as UTF-8 JSON. */
export function encodeMemberRecord(record: GroupMemberRecord): Buffer {
  return Buffer.from(JSON.stringify(record));
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.length <= 1024 ? v : null);

/** Decodes a member record; every field is null when missing or malformed. */
export function parseMemberRecord(data: Buffer | null | undefined): GroupMemberRecord {
  const empty: GroupMemberRecord = { host: null, pid: null, since: null, token: null };
  if (!data || data.length === 0 || data.length > 64 * 1024) return empty;
  try {
    const value: unknown = JSON.parse(data.toString('utf8'));
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return empty;
    const o = value as Record<string, unknown>;
    const pid = typeof o['pid'] === 'number' && Number.isSafeInteger(o['pid']) && o['pid'] > 0 ? o['pid'] : null;
    return { host: text(o['host']), pid, since: text(o['since']), token: text(o['token']) };
  } catch {
    return empty;
  }
}
