/**
 * Whether the release store already holds an object, read from git's files
 * (a loose object, or an entry in a pack's `.idx`) instead of spawning
 * `git cat-file` before every fetch. Only the agent writes its store, and git
 * writes an object or a pack index under a temporary name before renaming it,
 * so a name found here is complete. The answer errs only towards "absent"
 * (an index format this does not read), which costs one fetch, never a wrong
 * deploy: the checkout that follows still asks git for the commit itself.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { readdir, stat } from './local-fs.js';
import { join } from 'node:path';

const IDX_MAGIC = 0xff744f63; // "\377tOc": pack index version 2 and later
const FANOUT_BYTES = 256 * 4;

/** True when `id` (full hex object id) is a loose object or listed in a pack index of the store. */
export async function storeHasObject(gitDir: string, id: string): Promise<boolean> {
  const objects = join(gitDir, 'objects');
  if (await stat(join(objects, id.slice(0, 2), id.slice(2))).catch(() => null)) return true;
  const names = await readdir(join(objects, 'pack')).catch(() => [] as string[]);
  const raw = Buffer.from(id, 'hex');
  for (const name of names) {
    if (name.endsWith('.idx') && packIndexHas(join(objects, 'pack', name), raw)) return true;
  }
  return false;
}

/**
 * Looks `raw` up in a version-2 pack index: the fan-out table narrows it to
 * one bucket of sorted names. Two small reads, synchronous like the other
 * metadata reads of the hot path (see local-fs.ts).
 */
function packIndexHas(file: string, raw: Buffer): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return false;
  }
  try {
    const head = Buffer.alloc(8 + FANOUT_BYTES);
    if (readSync(fd, head, 0, head.length, 0) < head.length) return false;
    if (head.readUInt32BE(0) !== IDX_MAGIC || head.readUInt32BE(4) !== 2) return false;
    const first = raw[0] as number;
    const from = first === 0 ? 0 : head.readUInt32BE(8 + (first - 1) * 4);
    const to = head.readUInt32BE(8 + first * 4);
    if (to <= from) return false;
    const width = raw.length;
    const bucket = Buffer.alloc((to - from) * width);
    if (readSync(fd, bucket, 0, bucket.length, 8 + FANOUT_BYTES + from * width) < bucket.length) return false;
    return bucketHas(bucket, raw);
  } catch {
    return false;
  } finally {
    closeSync(fd);
  }
}

/** Binary search over fixed-width sorted names. */
function bucketHas(bucket: Buffer, raw: Buffer): boolean {
  const width = raw.length;
  let lo = 0;
  let hi = bucket.length / width - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const order = bucket.compare(raw, 0, width, mid * width, (mid + 1) * width);
    if (order === 0) return true;
    if (order > 0) hi = mid - 1; // the name at mid sorts after raw
    else lo = mid + 1;
  }
  return false;
}
