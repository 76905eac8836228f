/**
 * Parses what git writes to a post-receive hook's stdin: one
 * `<old-sha> <new-sha> <refname>` line per updated ref, and picks the update
 * of the deployed branch. Pure, so the edge cases are unit-tested.
 */
import { UsageError } from '@zkdeploy/shared/errors';

export interface RefUpdate {
  oldId: string;
  newId: string;
  ref: string;
}

const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const ZERO = /^0+$/;

/** Parses every line; a malformed one is a usage error naming its number. */
export function parsePostReceiveInput(text: string): RefUpdate[] {
  const updates: RefUpdate[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') return;
    const [oldId, newId, ref, ...rest] = line.split(' ');
    if (!oldId || !newId || !ref || rest.length > 0 || !OBJECT_ID.test(oldId) || !OBJECT_ID.test(newId)) {
      throw new UsageError(`post-receive input line ${i + 1} is not "<old-sha> <new-sha> <refname>": ${JSON.stringify(line.slice(0, 120))}`, {
        hint: 'git passes these lines on stdin; run this command from a post-receive hook',
      });
    }
    updates.push({ oldId, newId, ref });
  });
  return updates;
}

/** `main` or `refs/heads/main` → `refs/heads/main`. */
export function branchRef(branch: string): string {
  return branch.startsWith('refs/') ? branch : `refs/heads/${branch}`;
}

/** True when the update deletes the ref (git sends an all-zero new id). */
export function isDeletion(update: RefUpdate): boolean {
  return ZERO.test(update.newId);
}

/** The update of `branch` in this push (the last one if git sent several), or null. */
export function updateOfBranch(updates: RefUpdate[], branch: string): RefUpdate | null {
  const ref = branchRef(branch);
  return updates.filter((u) => u.ref === ref).at(-1) ?? null;
}
