/**
 * The line of an election: member nodes are `m-<seq>` (ephemeral
 * sequential); the lowest sequence number leads. Other children of the
 * election node (a lock, junk) are not members and hold no place.
 */

/** Prefix of member node names; ZooKeeper appends a 10-digit sequence number. */
export const MEMBER_PREFIX = 'm-';

const MEMBER_NAME = /^m-(\d{10})$/;

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
