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
import type { Dirent } from 'node:fs';
import { readdir } from './sync-fs.js';

/**
 * The names of one tree as listed, collected for a digest: what
 * {@link treeListingDigest} walks, and what the drift watcher's walk of a
 * release it arms records on the way (so a deploy lists the new release once,
 * not once for the digest and again for the watches).
 */
export class TreeNames {
  private readonly lines: string[] = [];
  private failed = false;

  /** Records the entries listed in `rel` (the root is `''`); returns the paths of the directories among them. */
  add(rel: string, entries: Dirent[]): string[] {
    const dirs: string[] = [];
    for (const entry of entries) {
      // Plain concatenation, not path.join: `rel` is built from listed names, so there is nothing to normalize, and join's per-call cost adds up over thousands of directories.
      const path = rel === '' ? entry.name : `${rel}/${entry.name}`;
      const kind = entry.isDirectory() ? 'd' : entry.isFile() ? 'f' : entry.isSymbolicLink() ? 'l' : 'o';
      this.lines.push(`${kind} ${path}`);
      if (kind === 'd') dirs.push(path);
    }
    return dirs;
  }

  /** A directory of the tree could not be listed: there is no digest. */
  fail(): void {
    this.failed = true;
  }

  /** The digest of every name recorded, null when a directory could not be listed. */
  digest(): string | null {
    if (this.failed) return null;
    // Sorted, so the digest does not depend on the order the file system lists entries in.
    const lines = [...this.lines].sort();
    // One update with every line (the same bytes as one update per line and separator, in one call instead of two per name).
    return createHash('sha256').update(`${lines.join('\0')}\0`).digest('hex');
  }
}

/** How long a walk may hold the event loop before it lets timers and I/O run (see {@link WalkPacer}). */
const WALK_SLICE_MS = 10;

/**
 * Paces a walk of a large tree: the listings are synchronous system calls
 * (sync-fs.ts), and a release of tens of thousands of directories listed in
 * one go would hold the event loop — ZooKeeper pings, watches, the metrics
 * server — for the whole walk. `pace()` yields to the event loop once the
 * current slice has run {@link WALK_SLICE_MS}, so a small tree is still
 * listed in one slice.
 */
export class WalkPacer {
  private sliceStart = performance.now();

  async pace(): Promise<void> {
    if (performance.now() - this.sliceStart < WALK_SLICE_MS) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.sliceStart = performance.now();
  }
}

/** The digest of the names under `root`; null when any directory cannot be read (the caller then cleans). */
export async function treeListingDigest(root: string): Promise<string | null> {
  const names = new TreeNames();
  const pacer = new WalkPacer();
  const queue = [''];
  try {
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
      queue.push(...names.add(next, await readdir(next === '' ? root : `${root}/${next}`, { withFileTypes: true })));
      await pacer.pace();
    }
  } catch {
    return null;
  }
  return names.digest();
}
