/**
 * Whether the release store already holds an object, read from git's files
 * (a loose object, or an entry in a pack's `.idx`) instead of spawning
 * `git cat-file` before every fetch. Only the agent writes its store, and git
 * writes an object or a pack index under a temporary name before renaming it,
 * so a name found here is complete. The answer errs only towards "absent"
 * (an index format this does not read), which costs one fetch, never a wrong
 * deploy: the checkout that follows still asks git for the commit itself.
 *
 * A pack never changes under its name (the name is the checksum of its
 * contents), so each index's fan-out table is read once and kept: with every
 * fetch kept as a pack (up to 20 between gcs), reading them all again cost
 * most of this check. An id whose fan-out bucket is empty — nearly every new
 * commit against the small packs of single fetches — is answered from memory.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { readdir, stat } from './sync-fs.js';
import { join } from 'node:path';

const IDX_MAGIC = 0xff744f63; // "\377tOc": pack index version 2 and later
const FANOUT_BYTES = 256 * 4;

/** Fan-out tables of the pack indexes last listed, by pack directory, then by index file name. */
const fanouts = new Map<string, Map<string, Buffer>>();

/** True when `id` (full hex object id) is a loose object or listed in a pack index of the store. */
export async function storeHasObject(gitDir: string, id: string): Promise<boolean> {
  const objects = join(gitDir, 'objects');
  if (await stat(join(objects, id.slice(0, 2), id.slice(2))).catch(() => null)) return true;
  const packDir = join(objects, 'pack');
  const names = (await readdir(packDir).catch(() => [] as string[])).filter((n) => n.endsWith('.idx'));
  // Rebuilt from the listing each time, so the tables of packs gc removed are dropped.
  const known = fanouts.get(packDir);
  const current = new Map<string, Buffer>();
  for (const name of names) {
    // An index that could not be read is tried again next time rather than remembered as unreadable.
    const fanout = known?.get(name) ?? readFanout(join(packDir, name));
    if (fanout) current.set(name, fanout);
  }
  if (current.size > 0) fanouts.set(packDir, current);
  else fanouts.delete(packDir);
  const raw = Buffer.from(id, 'hex');
  for (const [name, fanout] of current) {
    if (packIndexHas(join(packDir, name), fanout, raw)) return true;
  }
  return false;
}

/** The header and fan-out table of a version-2 pack index; null for a file this does not read. */
function readFanout(file: string): Buffer | null {
  const head = readAt(file, 8 + FANOUT_BYTES, 0);
  if (!head || head.readUInt32BE(0) !== IDX_MAGIC || head.readUInt32BE(4) !== 2) return null;
  return head;
}

/**
 * Looks `raw` up in a version-2 pack index: the fan-out table narrows it to
 * one bucket of sorted names, read only when it is not empty.
 */
function packIndexHas(file: string, fanout: Buffer, raw: Buffer): boolean {
  const first = raw[0] as number;
  const from = first === 0 ? 0 : fanout.readUInt32BE(8 + (first - 1) * 4);
  const to = fanout.readUInt32BE(8 + first * 4);
  if (to <= from) return false;
  const width = raw.length;
  const bucket = readAt(file, (to - from) * width, 8 + FANOUT_BYTES + from * width);
  return bucket !== null && bucketHas(bucket, raw);
}

/**
 * `length` bytes of `file` from `position`, or null when it cannot be read
 * or is shorter. Synchronous like the other metadata reads of the hot path
 * (see sync-fs.ts).
 */
function readAt(file: string, length: number, position: number): Buffer | null {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return null;
  }
  try {
    const buffer = Buffer.alloc(length);
    return readSync(fd, buffer, 0, length, position) < length ? null : buffer;
  } catch {
    return null;
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
