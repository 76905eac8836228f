/**
 * A new release made from the active one without writing its files: the
 * active release's tree is re-created as directories and hard links, and the
 * forced checkout that follows (with a copy of the active release's index,
 * see git-checkout.ts `addWorktree`) writes only the files that differ. Git
 * replaces a file it checks out by removing the name and creating a new file
 * (entry.c), so the linked inode the active release still names is never
 * written: each release stays as it was activated (Capistrano's immutable
 * `releases/<ts>`), at the cost of one link per unchanged file instead of one
 * file written.
 *
 * The one caveat of sharing: a program that writes a file of the active
 * release in place (not by rename) writes the inode every release linked to
 * it shares. That is drift, reported by the drift watcher and repaired by
 * self-heal (a checkout, which again replaces rather than writes), but the
 * older releases sharing the inode have then changed too.
 *
 * Only a release that holds exactly the names it held when it was left clean
 * is used (the digest of its names, recorded in its marker, see
 * tree-listing.ts): untracked or ignored files left in it by a program are
 * never carried into the next release, which is then checked out in full.
 */
import { linkSync, mkdirSync } from 'node:fs';
import { TreeNames, WalkPacer } from './tree-listing.js';
import { readdir } from './sync-fs.js';

/** The entries of a tree, listed once: for the digest of its names, and for re-creating it as links. */
interface Listing {
  names: TreeNames;
  dirs: string[];
  links: string[];
}

async function list(root: string): Promise<Listing | null> {
  const listing: Listing = { names: new TreeNames(), dirs: [], links: [] };
  const pacer = new WalkPacer();
  const queue = [''];
  try {
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
      const entries = await readdir(next === '' ? root : `${root}/${next}`, { withFileTypes: true });
      const dirs = listing.names.add(next, entries);
      for (const entry of entries) {
        if (entry.isDirectory()) continue;
        // Anything but a file or symlink (a socket, a fifo) is no checkout's: the release is not a clean one.
        if (!entry.isFile() && !entry.isSymbolicLink()) return null;
        // The release's own `.git` file names its worktree; the new release gets its own.
        if (next === '' && entry.name === '.git') continue;
        listing.links.push(next === '' ? entry.name : `${next}/${entry.name}`);
      }
      listing.dirs.push(...dirs);
      queue.push(...dirs);
      await pacer.pace();
    }
  } catch {
    return null;
  }
  return listing;
}

/**
 * Re-creates the tree of the release `from` at `to` (which must not exist) as
 * directories and hard links, when `from` holds exactly the names whose
 * digest is `cleanTree`; false (and nothing made) otherwise.
 */
export async function seedRelease(from: string, to: string, cleanTree: string): Promise<boolean> {
  const listing = await list(from);
  if (listing === null || listing.names.digest() !== cleanTree) return false;
  const pacer = new WalkPacer();
  mkdirSync(to);
  // Parents are listed before their children (the walk appends a directory's subdirectories after it).
  for (const dir of listing.dirs) mkdirSync(`${to}/${dir}`);
  for (let i = 0; i < listing.links.length; i++) {
    const rel = listing.links[i] as string;
    linkSync(`${from}/${rel}`, `${to}/${rel}`);
    if (i % 256 === 255) await pacer.pace();
  }
  return true;
}
