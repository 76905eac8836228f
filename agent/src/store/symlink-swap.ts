/**
 * Atomic activation: a new symlink is made beside the target under a
 * temporary name and renamed over it. rename(2) replaces the old link in one
 * step, so a reader of the target sees the old release or the new one, never
 * a missing path or a mix.
 */
import { randomBytes } from 'node:crypto';
import { readdir, readlink, rename, symlink, unlink } from './sync-fs.js';
import { basename, dirname, join, relative, resolve } from 'node:path';

const SWAP_MARK = '.zkdeploy-swap-';

/** Points `target` at `destination` (a relative link, so the base dir can be moved as a whole). */
export async function swapSymlink(target: string, destination: string): Promise<void> {
  const parent = dirname(target);
  const tmp = join(parent, `.${basename(target)}${SWAP_MARK}${randomBytes(4).toString('hex')}`);
  await symlink(relative(parent, destination), tmp);
  try {
    await rename(tmp, target);
  } catch (err) {
    await unlink(tmp, { force: true });
    throw err;
  }
}

/** Removes temporary links a crash left beside `target`. */
export async function removeStaleSwapLinks(target: string): Promise<void> {
  const prefix = `.${basename(target)}${SWAP_MARK}`;
  const names = await readdir(dirname(target)).catch(() => [] as string[]);
  await Promise.all(names.filter((n) => n.startsWith(prefix)).map((n) => unlink(join(dirname(target), n), { force: true })));
}

/** The absolute path a symlink points to, or null when `path` is not a symlink. */
export async function linkDestination(path: string): Promise<string | null> {
  const dest = await readlink(path).catch(() => null);
  return dest === null ? null : resolve(dirname(path), dest);
}
