/**
 * A digest of every name in a release (each path with its kind), so that a
 * release reused for a later deploy can skip `git clean` when it holds
 * exactly the names it held when it was last left clean. Adding, removing or
 * renaming any file or directory — tracked or not, ignored or not — changes
 * the digest; changed contents of tracked files are git's to find (the forced
 * checkout compares every file with the index). Only names are read (one
 * `readdir` per directory, no `stat`), which costs far less than starting
 * `git clean`, and it does not depend on timestamp resolution.
 */
import { createHash } from 'node:crypto';
import { readdir } from './local-fs.js';

/** The digest of the names under `root`; null when any directory cannot be read (the caller then cleans). */
export async function treeListingDigest(root: string): Promise<string | null> {
  const lines: string[] = [];
  let level = [''];
  try {
    while (level.length > 0) {
      // Plain concatenation, not path.join: `rel` is built from listed names, so there is nothing to normalize, and join's per-call cost adds up over thousands of directories.
      const listed = await Promise.all(level.map(async (rel) => ({ rel, entries: await readdir(rel === '' ? root : `${root}/${rel}`, { withFileTypes: true }) })));
      const next: string[] = [];
      for (const { rel, entries } of listed) {
        for (const entry of entries) {
          const path = rel === '' ? entry.name : `${rel}/${entry.name}`;
          const kind = entry.isDirectory() ? 'd' : entry.isFile() ? 'f' : entry.isSymbolicLink() ? 'l' : 'o';
          lines.push(`${kind} ${path}`);
          if (kind === 'd') next.push(path);
        }
      }
      level = next;
    }
  } catch {
    return null;
  }
  // Sorted, so the digest does not depend on the order the file system lists entries in.
  lines.sort();
  // One update with every line (the same bytes as one update per line and separator, in one call instead of two per name).
  return createHash('sha256').update(`${lines.join('\0')}\0`).digest('hex');
}
