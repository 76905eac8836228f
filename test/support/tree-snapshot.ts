/**
 * A listing of every entry under a directory (path, type, size, mtime,
 * symlink target), to prove that nothing was created or changed there.
 */
import { lstat, readdir, readlink } from 'node:fs/promises';
import { join, relative } from 'node:path';

export async function snapshotTree(root: string, skip: (rel: string) => boolean = () => false): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  async function walk(dir: string): Promise<void> {
    const entries = await readdir(dir).catch(() => [] as string[]);
    for (const name of entries) {
      const full = join(dir, name);
      const rel = relative(root, full);
      if (skip(rel)) continue;
      const st = await lstat(full).catch(() => null);
      if (!st) continue;
      const kind = st.isSymbolicLink() ? `link->${await readlink(full)}` : st.isDirectory() ? 'dir' : `file:${st.size}:${st.mtimeMs}`;
      out.set(rel, kind);
      if (st.isDirectory()) await walk(full);
    }
  }
  await walk(root);
  return out;
}

/** The entries that differ between two snapshots, for assertion messages. */
export function diffSnapshots(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => before.get(k) !== after.get(k)).map((k) => `${k}: ${before.get(k) ?? '(none)'} -> ${after.get(k) ?? '(none)'}`);
}
