/**
 * The marker beside each release, `releases/<slot>.json`: which commit the
 * release was activated for, whether `--exec` still has to run, and the
 * digest of the names it held when last left clean. Rewritten in place at a
 * fixed size, so a deploy allocates no inode for it; a crash never leaves
 * half a marker, since it is one write of one block, and one that could not
 * be read costs only a `git clean` when the release is reused.
 */
import { overwriteFile, readFile } from './sync-fs.js';

/** What `releases/<slot>.json` records about a release. */
export interface ReleaseMarker {
  commit: string;
  activatedAt: string;
  /** Whether the post-deploy command still has to run for this activation. */
  exec: 'pending' | 'done';
  /** Digest of the names the release held when it was last left clean (tree-listing.ts); lets reuse skip `git clean`. */
  tree?: string;
}

/** The marker file of a release. */
export function markerPath(slot: string): string {
  return `${slot}.json`;
}

/** The release's marker; null when there is none or it cannot be read. */
export async function readMarker(slot: string): Promise<ReleaseMarker | null> {
  try {
    const value = JSON.parse(await readFile(markerPath(slot), 'utf8')) as Partial<ReleaseMarker>;
    if (typeof value.commit !== 'string' || typeof value.activatedAt !== 'string') return null;
    const marker: ReleaseMarker = { commit: value.commit, activatedAt: value.activatedAt, exec: value.exec === 'pending' ? 'pending' : 'done' };
    if (typeof value.tree === 'string' && /^[0-9a-f]{64}$/.test(value.tree)) marker.tree = value.tree;
    return marker;
  } catch {
    return null;
  }
}

/** Writes the release's marker in place (see markerBytes). */
export async function writeMarker(slot: string, marker: ReleaseMarker): Promise<void> {
  await overwriteFile(markerPath(slot), markerBytes(JSON.stringify(marker)), { create: true });
}

/** Voids an existing marker in place (readMarker then finds none), while the release no longer matches it. */
export async function voidMarker(slot: string): Promise<void> {
  await overwriteFile(markerPath(slot), markerBytes('{}'), { create: false });
}

/** The size every marker is written at: a marker (under 300 bytes with SHA-256 ids) padded with spaces, which JSON allows. */
const MARKER_BYTES = 512;

/** `json` padded to {@link MARKER_BYTES}, so that rewriting a marker in place always covers the whole of the last one. */
function markerBytes(json: string): Buffer {
  const text = `${json}\n`;
  return Buffer.from(text.length < MARKER_BYTES ? text.padEnd(MARKER_BYTES - 1, ' ') + '\n' : text, 'utf8');
}

