/**
 * The session anchor of per-host identities: an agent records its current
 * ZooKeeper session id in its own status record (`session`), which only its
 * identity may write. A live node (`B/agents/<host>`, `B/services/<n>/<host>`,
 * a group member of `<host>`) is that host's only when its `ephemeralOwner`,
 * which the server sets and no client can forge, is that session. Its name,
 * data and ACL prove nothing: any host may create any name and set any ACL.
 * Pure: no ZooKeeper, no I/O.
 */

const SESSION = /^[0-9a-f]{16}$/;

/** The session an agent recorded in its status node's data, or null (no record, not JSON, no valid `session`). */
export function statusSession(data: Buffer | null | undefined): string | null {
  if (!data || data.length === 0 || data.length > 256 * 1024) return null;
  try {
    const value: unknown = JSON.parse(data.toString('utf8'));
    const session = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)['session'] : null;
    return typeof session === 'string' && SESSION.test(session) ? session : null;
  } catch {
    return null;
  }
}

/** True when a live node whose owner session is `ephemeralOwner` belongs to the host that recorded `session`. */
export function ownedByHost(ephemeralOwner: string | null | undefined, session: string | null | undefined): boolean {
  return typeof ephemeralOwner === 'string' && ephemeralOwner === session;
}
