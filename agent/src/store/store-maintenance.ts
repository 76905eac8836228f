/**
 * Garbage collection of a release store, run by the agent after a deploy has
 * reported `ok` instead of by every fetch: git's fetch would otherwise start
 * `git maintenance run --auto` as one more process on every deploy's critical
 * path, only for it to find nothing to do. The decision uses git's own
 * `gc --auto` heuristics, read from the store's directories (no process):
 * loose objects estimated from the `objects/17` fan-out directory (git's
 * default limit), and the number of packs, which is the one that matters
 * here: every fetch is kept as a pack of its own (see git-checkout.ts), so
 * after {@link STORE_PACK_LIMIT} deploys `git gc --auto` consolidates them.
 * Packs of {@link BIG_PACK} or more (the first fetch of a large repository)
 * are left as they are, so that consolidation costs what the small packs
 * hold, not the whole history.
 *
 * A shallow store gains a line in its `shallow` file with every fetch (the
 * commit whose parents it does not have), and `gc --auto` keeps unreachable
 * objects for two weeks and with them their lines. Once the file passes
 * {@link SHALLOW_FILE_LIMIT}, a full `gc --prune=now` drops what no kept
 * release holds: the commits' objects and their lines together, so no commit
 * stays in the store without its shallow line (git would then look for its
 * parents).
 */
import { readdir, stat } from './sync-fs.js';
import { join } from 'node:path';

/** git's default `gc.auto`: about this many loose objects trigger a repack. */
const GC_AUTO_LOOSE = 6700;
/**
 * The store's `gc.autoPackLimit` (git's default is 50). Each deploy adds a
 * pack, and git looks an object up pack by pack (the fetch's negotiation and
 * thin-pack completion, the checkout), so they are consolidated sooner.
 */
export const STORE_PACK_LIMIT = 20;
/** The store's `gc.bigPackThreshold`: packs this large are kept by the consolidation. */
export const BIG_PACK = '16m';
/** The settings `git gc --auto` runs with in a store. */
export const GC_CONFIG = ['-c', `gc.autoPackLimit=${STORE_PACK_LIMIT}`, '-c', `gc.bigPackThreshold=${BIG_PACK}`];
/** The `shallow` file's size (41 bytes a commit) past which the store is collected in full. */
export const SHALLOW_FILE_LIMIT = 4096;
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
  return loose > SAMPLE_LIMIT || packCount > STORE_PACK_LIMIT;
}

/** True when the store's `shallow` file lists more commits than {@link SHALLOW_FILE_LIMIT} allows. */
export async function shallowListOversized(gitDir: string, limit = SHALLOW_FILE_LIMIT): Promise<boolean> {
  const info = await stat(join(gitDir, 'shallow')).catch(() => null);
  return info !== null && info.size > limit;
}
