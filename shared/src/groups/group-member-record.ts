/**
 * The members of an active/standby group: `B/groups/<group>/m-<seq>` nodes
 * (ephemeral sequential, the election recipe's line) whose data is
 * `{host, pid, since}`. The lowest sequence number is the primary. Znode data
 * is untrusted: malformed members are kept in line (they still hold their
 * place in the election) but their fields read as unknown. Members written by
 * earlier versions also carry a `token`; it is ignored.
 */
export { MEMBER_PREFIX, electionOrder, memberSequence } from '../recipes/election-order.js';

/** The data of one member node, written by the agent and read back by the publisher. */
export interface GroupMemberRecord {
  host: string | null;
  pid: number | null;
  /** ISO time the member joined. */
  since: string | null;
}

/** Encodes a member record as UTF-8 JSON. */
export function encodeMemberRecord(record: GroupMemberRecord): Buffer {
  return Buffer.from(JSON.stringify(record));
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.length <= 1024 ? v : null);

/** Decodes a member record; every field is null when missing or malformed. */
export function parseMemberRecord(data: Buffer | null | undefined): GroupMemberRecord {
  const empty: GroupMemberRecord = { host: null, pid: null, since: null };
  if (!data || data.length === 0 || data.length > 64 * 1024) return empty;
  try {
    const value: unknown = JSON.parse(data.toString('utf8'));
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return empty;
    const o = value as Record<string, unknown>;
    const pid = typeof o['pid'] === 'number' && Number.isSafeInteger(o['pid']) && o['pid'] > 0 ? o['pid'] : null;
    return { host: text(o['host']), pid, since: text(o['since']) };
  } catch {
    return empty;
  }
}
