/**
 * Garbage collection of a release store, run by the agent after a deploy has
 * reported `ok` instead of by every fetch: git's fetch would otherwise start
 * `git maintenance run --auto` as one more process on every deploy's critical
 * path, only for it to find nothing to do. The decision uses git's own
 * `gc --auto` heuristics with their default limits, read from the store's
 * directories (no process): loose objects estimated from the `objects/17`
 * fan-out directory, and the number of packs. When they are exceeded,
 * `git gc --auto` runs (and decides again with the configured limits).
 */
import { readdir } from './local-fs.js';
import { join } from 'node:path';

/** git's default `gc.auto`: about this many loose objects trigger a repack. */
const GC_AUTO_LOOSE = 6700;
/** git's default `gc.autoPackLimit`. */
const GC_AUTO_PACKS = 50;
/** git estimates the loose objects from one of the 256 fan-out directories, as here. */
const SAMPLE_LIMIT = Math.floor((GC_AUTO_LOOSE + 255) / 256);

/** True when `git gc --auto` would have work to do in the store at `gitDir`. */
export async function storeNeedsGc(gitDir: string): Promise<boolean> {
  const [sample, packs] = await Promise.all([
    readdir(join(gitDir, 'objects', '17')).catch(() => [] as string[]),
    readdir(join(gitDir, 'objects', 'pack')).catch(() => [] as string[]),
  ]);
  const loose = sample.filter((n) => /^[0-9a-f]{38}(?:[0-9a-f]{24})?$/.test(n)).length;
  const keep = new Set(packs.filter((n) => n.endsWith('.keep')).map((n) => n.slice(0, -'.keep'.length)));
  const packCount = packs.filter((n) => n.endsWith('.pack') && !keep.has(n.slice(0, -'.pack'.length))).length;
  return loose > SAMPLE_LIMIT || packCount > GC_AUTO_PACKS;
}
