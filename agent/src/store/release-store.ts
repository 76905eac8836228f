/**
 * How a release is activated, without half-states.
 *
 * Per target (`<base-dir>/<relativePath>`) the agent keeps, under the hidden
 * `<base-dir>/.zkdeploy/checkouts/<slug>/`:
 *   - `repo.git`: one bare object store, fetched into by exact commit with
 *     `--depth 1` (shallow: a commit's tree, not its history; a server that
 *     cannot serve that gets a full fetch, said once in the log);
 *   - `releases/r-<id>`: the `keep` releases (default 2: the active one and
 *     the one before it) and one spare, git worktrees of that store, each a
 *     complete checkout of one commit, with `releases/r-<id>.json` saying
 *     which commit it was activated for and whether `--exec` has run.
 * The target itself is a relative symlink to the active release. A deploy
 * prepares a release that no process may still rely on: the spare (the
 * oldest, beyond `keep`), or until there is one, a new release made from the
 * active one as hard links of its files (release-seed.ts); either is moved
 * to the commit with a forced detached checkout, which writes only the files
 * that differ, as new files, or checked out in full when there is no clean
 * release to start from. A release that has been active is never written
 * again while it is kept: a process started from it sees its files as they
 * were (Capistrano's immutable releases) until `keep` later releases have
 * been active. The deploy verifies HEAD, runs `--check` in the release,
 * syncs the file system (disk-sync.ts), and then activates it by creating a
 * temporary symlink and renaming it over the target (and fsyncing the
 * directory): rename(2) is atomic, so readers see the old commit or the new
 * one, and after a crash the target names a complete release. A SIGKILL at
 * any moment leaves the target on a complete release; a release half
 * prepared is inactive, without its marker, and is cleaned in full when it
 * is used next (or removed on the next start when git no longer knows it).
 * Rolling back to a commit still held by a release costs no fetch and no
 * file writes. Releases beyond `keep` and the spare are renamed out of
 * `releases/` and removed in the background.
 *
 * A plain checkout found at the target (the walking-skeleton layout, a seed
 * script) is migrated: when it has no local changes it is moved into
 * `.zkdeploy/attic/` and the symlink is put in its place right away (the one
 * moment the path is briefly absent, never partial); with local changes it
 * is left alone and reported as drifted.
 *
 * The store owns every git step and every file under its root (as git-sync's
 * repo type owns its repository): fetch, object presence, preparing,
 * activating, repairing and inspecting releases all go through it, and
 * nothing else reads its git dir.
 */
import { createHash, randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { gitDirOf, isCheckout, readDetachedHead, readHead } from './checkout-head.js';
import { lstat, mkdir, readFile, readdir, rename, stat, unlink } from './sync-fs.js';
import { AGENT_DIR_MODE, PRIVATE_DIR_MODE } from './agent-dir-modes.js';
import {
  addWorktree,
  checkoutExact,
  collectAllGarbage,
  collectGarbage,
  commitNotFound,
  fetchCommit,
  hasCommit,
  initBareStore,
  localChanges,
  verifyHead,
  type FetchResult,
  type GitContext,
  type SeededTree,
} from './git-checkout.js';
import { seedRelease } from './release-seed.js';
import { syncDirectory, syncFileSystemOf } from './disk-sync.js';
import { ErrorCode, GitError } from '@zkdeploy/shared';
import { storeHasObject } from './object-presence.js';
import { checkTreeLimits, type TreeLimits } from './tree-limits.js';
import { SHALLOW_FILE_LIMIT, shallowListOversized, storeNeedsGc } from './store-maintenance.js';
import { linkDestination, removeStaleSwapLinks, swapSymlink } from './symlink-swap.js';
import { AGENT_DIR_NAME } from './target-path.js';
import { treeListingDigest } from './tree-listing.js';
import { markerPath, readMarker, voidMarker, writeMarker, type ReleaseMarker } from './release-marker.js';
import { removeFetchKeeps, removeLockFiles } from './crash-leftovers.js';

export type { ReleaseMarker } from './release-marker.js';

const SLOT_NAME = /^r-[0-9a-f]{8}$/;
/** Where releases beyond `keep` are moved to be removed (outside `releases/`, so no scan of it ever sees a half-removed one). */
const TRASH_PREFIX = 'trash-';
/** How long gc is not retried when it could not bring the store under git's limits. */
const GC_RETRY_MS = 24 * 60 * 60 * 1000;

/** A release chosen to hold the next commit. */
export interface Slot {
  path: string;
  exists: boolean;
  /** HEAD of the existing release when chosen (null: new or unreadable). */
  head: string | null;
  /**
   * For a new release made from the active one: its links to that release's files (when it is clean), begun when it
   * was chosen, so that they are made while the commit is fetched.
   */
  seeding?: Promise<SeededTree | undefined>;
}

/** What is at the target path now. */
export type Observed =
  | { kind: 'missing' }
  | { kind: 'release'; slot: string; head: string | null; marker: ReleaseMarker | null }
  | { kind: 'plain'; head: string | null }
  | { kind: 'foreign'; why: string };

/** HEAD of what the target holds, when it is a checkout (a release or a plain one). */
export function headOf(observed: Observed): string | null {
  return observed.kind === 'release' || observed.kind === 'plain' ? observed.head : null;
}

/** Where a commit being prepared comes from (for the not-found error), and what its tree may hold. */
export interface PrepareSource {
  url: string;
  treeLimits?: TreeLimits | undefined;
}

/** What the reconciler uses of a store (a fake implements it in the reconciler's unit tests). */
export type ReleaseStoreOps = Pick<
  ReleaseStore,
  | 'root'
  | 'target'
  | 'ready'
  | 'observe'
  | 'observedHead'
  | 'exists'
  | 'ensure'
  | 'has'
  | 'fetch'
  | 'chooseSlot'
  | 'prepare'
  | 'abandon'
  | 'activate'
  | 'repair'
  | 'restoreMarker'
  | 'markExecDone'
  | 'localChanges'
  | 'prune'
  | 'maintain'
  | 'headFileOf'
>;

export class ReleaseStore {
  readonly root: string;
  private readonly gitDir: string;
  private readonly releasesDir: string;
  private recovered = false;
  private gcQuietUntil = 0;
  /** URLs whose server refused a shallow fetch by id: fetched in full without asking again (and said once). */
  private readonly shallowRefused = new Set<string>();

  constructor(
    readonly baseDir: string,
    readonly target: string,
    private readonly objectFormat: 'sha1' | 'sha256',
    private readonly keep: number,
  ) {
    const rel = relative(baseDir, target);
    const slug = rel.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 60);
    const hash = createHash('sha256').update(`${rel}\0${objectFormat}`).digest('hex').slice(0, 12);
    this.root = join(baseDir, AGENT_DIR_NAME, 'checkouts', `${slug}-${hash}`);
    this.gitDir = join(this.root, 'repo.git');
    this.releasesDir = join(this.root, 'releases');
  }

  /** Reads what the target holds, from files only (no git process). */
  async observe(): Promise<Observed> {
    const info = await lstat(this.target).catch(() => null);
    if (!info) return { kind: 'missing' };
    if (info.isSymbolicLink()) {
      const dest = await linkDestination(this.target);
      if (!dest || dirname(dest) !== this.releasesDir || !SLOT_NAME.test(basename(dest))) {
        return { kind: 'foreign', why: `is a symlink to ${dest ?? 'nowhere'}, which the agent did not make` };
      }
      const head = await readDetachedHead(dest);
      // A link to a release that is gone or broken holds nothing to protect: deploy afresh over it.
      if (head === null && !(await stat(join(dest, '.git')).catch(() => null))) return { kind: 'missing' };
      return { kind: 'release', slot: dest, head, marker: await readMarker(dest) };
    }
    if (info.isDirectory() && (await isCheckout(this.target))) return { kind: 'plain', head: await readHead(this.target) };
    return { kind: 'foreign', why: 'exists but is not a git checkout' };
  }

  /** HEAD of what the target holds (a release or a plain checkout); null for anything else. */
  async observedHead(): Promise<string | null> {
    const observed = await this.observe().catch(() => null);
    return observed ? headOf(observed) : null;
  }

  private async init(objectFormat: 'sha1' | 'sha256', ctx: GitContext): Promise<void> {
    await rm(this.gitDir, { recursive: true, force: true });
    await initBareStore(this.gitDir, objectFormat, ctx);
  }

  /** True once this process has set the store up and cleared what a crash left (see `ensure`). */
  get ready(): boolean {
    return this.recovered;
  }

  /** True when the store's repository is present (it may have been removed from under the agent). */
  async exists(): Promise<boolean> {
    return (await stat(join(this.gitDir, 'HEAD')).catch(() => null)) !== null;
  }

  /** Creates the store on first use; on the first call of this process, clears what a crash left behind. */
  async ensure(active: string | null, ctx: GitContext): Promise<void> {
    await mkdir(this.root, { recursive: true, mode: AGENT_DIR_MODE });
    await mkdir(this.releasesDir, { recursive: true });
    const fresh = !(await this.exists());
    if (fresh) await this.init(this.objectFormat, ctx);
    await mkdir(join(this.gitDir, 'worktrees'), { recursive: true });
    if (this.recovered) return;
    await this.recover(active, fresh, ctx);
    this.recovered = true;
  }

  /** True when the store holds the object, read from git's files (object-presence.ts; no git process). */
  has(commit: string): Promise<boolean> {
    return storeHasObject(this.gitDir, commit);
  }

  /**
   * Fetches exactly `commit` from `url` into the store, shallow (git-checkout.ts
   * `fetchCommit`). Resolves with a sentence for the log the first time the
   * server refuses a shallow fetch (its later fetches are full without asking).
   */
  async fetch(url: string, commit: string, ctx: GitContext): Promise<string | void> {
    await this.clearAbortedLocks();
    const result: FetchResult = await fetchCommit(this.gitDir, url, commit, ctx, { shallow: !this.shallowRefused.has(url) });
    if (!result.refused) return;
    this.shallowRefused.add(url);
    return 'the git server cannot serve a shallow fetch of a commit by id; fetched its history in full (and will for this URL)';
  }

  /**
   * Picks the release to prepare for `commit`: an inactive one already at it
   * (rollback), else the spare (below), else a new one, made from the active
   * release. A release the agent keeps is never moved to another commit
   * (releases are immutable while kept). Beyond the `keep` releases (the
   * active one and those before it) the store holds one spare, the oldest,
   * which no rollback relies on any more: a deploy brings it to the new
   * commit with a forced checkout, which writes only the files that differ,
   * as new files, instead of linking a whole new tree and removing an old
   * one. A new release's links to the active one's files are begun here, to
   * be made while the commit is fetched (its new files are written only by
   * `prepare`, once the tree limits allow); a slot not prepared after all is
   * `abandon`ed.
   */
  async chooseSlot(commit: string, active: string | null): Promise<Slot> {
    const slots = (await this.slots()).filter((s) => s !== active);
    const heads = await Promise.all(slots.map((s) => readDetachedHead(s)));
    const holding = heads.indexOf(commit);
    if (holding >= 0) return { path: slots[holding] as string, exists: true, head: commit };
    const readable = slots.filter((_, i) => heads[i] !== null);
    if (readable.length + 1 > this.keep) {
      const [spare] = await oldestFirst(readable);
      return { path: spare as string, exists: true, head: heads[slots.indexOf(spare as string)] as string };
    }
    const path = join(this.releasesDir, `r-${randomBytes(4).toString('hex')}`);
    return { path, exists: false, head: null, ...(active ? { seeding: this.seed(active, path).catch(() => undefined) } : {}) };
  }

  /** Removes a new release that will not be prepared (a deploy superseded or failed before it): its early links. */
  async abandon(slot: Slot): Promise<void> {
    if (slot.exists) return;
    await slot.seeding?.catch(() => undefined);
    await rm(slot.path, { recursive: true, force: true });
  }

  /**
   * Brings `slot` to exactly `commit` (the commit must be in the store),
   * clean: `activate` then records the digest of the names it holds. A
   * commit whose tree is over `source.treeLimits` fails (ERR_TREE_TOO_LARGE)
   * before anything is written.
   */
  async prepare(slot: Slot, commit: string, source: PrepareSource, ctx: GitContext): Promise<void> {
    await this.clearAbortedLocks();
    try {
      // Counted from the store before the checkout writes anything (the marker included); a release already at the commit was counted when it was made.
      if (source.treeLimits && slot.head !== commit) await checkTreeLimits(this.gitDir, commit, source.treeLimits, ctx);
      await this.checkOut(slot, commit, ctx);
    } catch (err) {
      await this.notACommit(err, source.url, commit, ctx);
    }
  }

  /**
   * A checkout that failed because the id names no commit (a tree or blob
   * fetched by id, or an object the store holds) is the stalling "not found";
   * anything else is rethrown as it is. Asked only on failure, so that a
   * deploy costs no `git cat-file` of its own.
   */
  private async notACommit(err: unknown, url: string, commit: string, ctx: GitContext): Promise<never> {
    if (!(err instanceof GitError) || err.code === ErrorCode.GIT_TIMEOUT || ctx.signal?.aborted) throw err;
    if (!(await hasCommit(this.gitDir, commit, ctx))) throw commitNotFound(url, commit);
    throw err;
  }

  private async checkOut(slot: Slot, commit: string, ctx: GitContext): Promise<void> {
    const previous = slot.exists ? await readMarker(slot.path) : null;
    // From here until `activate` the marker no longer describes the release: it is voided in place (readMarker finds none).
    await voidMarker(slot.path);
    // A release whose worktree metadata is gone (HEAD unreadable when it was chosen) is made again rather than repaired.
    if (slot.exists && slot.head !== null) {
      const untouched = previous?.tree !== undefined && (await treeListingDigest(slot.path)) === previous.tree;
      await checkoutExact(slot.path, commit, ctx, untouched ? 'none-present' : 'all');
      return;
    }
    const seeded = slot.seeding ? await slot.seeding : undefined;
    if (!seeded) await rm(slot.path, { recursive: true, force: true });
    await addWorktree(this.gitDir, slot.path, commit, ctx, seeded);
    await verifyHead(slot.path, commit);
  }

  /**
   * Re-creates the release `from` at `to` as links of its files
   * (release-seed.ts), when it holds exactly the names it held when it was
   * left clean; undefined (nothing made) otherwise.
   */
  private async seed(from: string, to: string): Promise<SeededTree | undefined> {
    const [marker, head, admin] = await Promise.all([readMarker(from), readDetachedHead(from), gitDirOf(from)]);
    if (!marker?.tree || head === null || marker.commit !== head || admin === null) return undefined;
    const index = join(admin, 'index');
    if (!(await stat(index).catch(() => null))) return undefined;
    try {
      if (await seedRelease(from, to, marker.tree)) return { head, index };
    } catch {
      // A tree that cannot be linked (another file system, a file removed meanwhile) is checked out in full.
    }
    await rm(to, { recursive: true, force: true });
    return undefined;
  }

  /**
   * Makes `slot` the target: moves a plain checkout out of the way
   * (migration), swaps the symlink atomically, and records the release's
   * marker. An `--exec` still to run is recorded before the swap, so that a
   * crash after it runs the command again; otherwise the marker is written
   * after the swap, off the way to the new release: a crash in between leaves
   * an active release without a marker, which `prepare` leaves anyway while
   * it works, and which only costs a `git clean` when the release is reused.
   * `tree`: the digest of the release's names (from the drift watcher's walk),
   * `'list'` to list them here, or null when they are not the clean ones.
   */
  async activate(slot: string, commit: string, execPending: boolean, tree: string | null | 'list'): Promise<void> {
    const marker: ReleaseMarker = { commit, activatedAt: new Date().toISOString(), exec: execPending ? 'pending' : 'done' };
    const digest = tree === 'list' ? await treeListingDigest(slot) : tree;
    if (digest !== null) marker.tree = digest;
    if (execPending) await writeMarker(slot, marker);
    // The release's files are on disk before the link that makes them current (disk-sync.ts).
    await syncFileSystemOf(slot);
    const info = await lstat(this.target).catch(() => null);
    if (info?.isDirectory()) {
      const attic = join(this.baseDir, AGENT_DIR_NAME, 'attic');
      await mkdir(attic, { recursive: true, mode: PRIVATE_DIR_MODE });
      const kept = join(attic, `${basename(this.root)}-${new Date().toISOString().replace(/[:.]/g, '-')}`);
      await rename(this.target, kept);
    }
    await swapSymlink(this.target, slot);
    syncDirectory(dirname(this.target));
    if (!execPending) await writeMarker(slot, marker);
  }

  /**
   * Brings the active release `slot` back to exactly `commit` after local
   * changes (--self-heal): forced checkout, then untracked files removed
   * (ignored ones kept, as a plain `git clean` would).
   */
  async repair(slot: string, commit: string, ctx: GitContext): Promise<void> {
    await this.clearAbortedLocks();
    await checkoutExact(slot, commit, ctx, 'not-ignored');
  }

  /**
   * Removes the lock files a git this agent killed left behind: a superseded
   * deploy's git is aborted with SIGKILL (a timed-out one too), and leaves
   * `index.lock` in the release it was checking out or `shallow.lock` in the
   * store. Only this agent runs git on the store, one command at a time under
   * the store's lock, so any lock found before a command is stale; left, it
   * would fail every later checkout of a release that is used again (the
   * spare, a rollback) and every shallow fetch.
   */
  private clearAbortedLocks(): Promise<void> {
    return removeLockFiles(this.gitDir);
  }

  /**
   * Local changes of what the target holds: tracked files modified, added
   * or deleted, and untracked files not ignored (`git status`); none for a
   * target that holds no checkout.
   */
  async localChanges(observed: Observed, ctx: GitContext): Promise<string[]> {
    if (observed.kind === 'release') return localChanges(observed.slot, ctx);
    if (observed.kind === 'plain') return localChanges(this.target, ctx);
    return [];
  }

  /**
   * Writes the marker of an active release that has none (a crash between
   * the swap and the marker, see `activate`), once it has been proven clean
   * at `commit`: the marker is what tells a moved HEAD from a deploy.
   */
  async restoreMarker(slot: string, commit: string): Promise<void> {
    const marker: ReleaseMarker = { commit, activatedAt: new Date().toISOString(), exec: 'done' };
    const tree = await treeListingDigest(slot);
    if (tree !== null) marker.tree = tree;
    await writeMarker(slot, marker);
  }

  /** Records that the post-deploy command has run for the active release. */
  async markExecDone(slot: string): Promise<void> {
    const marker = await readMarker(slot);
    if (marker) await writeMarker(slot, { ...marker, exec: 'done' });
  }

  /**
   * Removes inactive releases beyond `keep` and the spare (oldest first; see
   * `chooseSlot`): each is renamed out of `releases/` and its worktree
   * metadata removed at once (what `git worktree prune` would do, without the
   * process), and its files are removed in the background, off the deploy's
   * way; what a crash leaves of them is removed on the next start. Once the
   * store holds its spare, a deploy recycles it and nothing is removed.
   */
  async prune(active: string, _ctx: GitContext): Promise<void> {
    const others = (await this.slots()).filter((s) => s !== active);
    // Kept: the active release, the `keep` - 1 before it, and the spare.
    const excess = others.length - this.keep;
    if (excess <= 0) return;
    for (const s of (await oldestFirst(others)).slice(0, excess)) await this.discardSlot(s);
  }

  /** Moves a release out of `releases/`, forgets its worktree, and removes its files without waiting. */
  private async discardSlot(slot: string): Promise<void> {
    const admin = await gitDirOf(slot);
    await unlink(markerPath(slot), { force: true });
    const trash = join(this.root, `${TRASH_PREFIX}${basename(slot)}`);
    await rename(slot, trash);
    if (admin !== null && dirname(admin) === join(this.gitDir, 'worktrees')) rmSync(admin, { recursive: true, force: true });
    void rm(trash, { recursive: true, force: true }).catch(() => undefined);
  }

  /**
   * Collects garbage in the store when git's `gc --auto` limits are exceeded
   * (see store-maintenance.ts). When gc leaves them exceeded (recent
   * unreachable objects stay loose for two weeks), it is not tried again for a
   * day, as git itself does with its gc.log. A shallow store whose `shallow`
   * file has grown past `shallowLimit` bytes is collected in full instead.
   */
  async maintain(ctx: GitContext, shallowLimit = SHALLOW_FILE_LIMIT): Promise<boolean> {
    if (await shallowListOversized(this.gitDir, shallowLimit)) {
      await collectAllGarbage(this.gitDir, ctx);
      return true;
    }
    if (Date.now() < this.gcQuietUntil || !(await storeNeedsGc(this.gitDir))) return false;
    await collectGarbage(this.gitDir, ctx);
    if (await storeNeedsGc(this.gitDir)) this.gcQuietUntil = Date.now() + GC_RETRY_MS;
    return true;
  }

  /** The path of the release worktree's HEAD file, for the drift watcher. */
  async headFileOf(slot: string): Promise<string | null> {
    const gitDir = await gitDirOf(slot);
    return gitDir ? join(gitDir, 'HEAD') : null;
  }

  private async recover(active: string | null, freshStore: boolean, ctx: GitContext): Promise<void> {
    await removeStaleSwapLinks(this.target);
    await removeLockFiles(this.gitDir);
    await removeFetchKeeps(this.gitDir);
    for (const name of await readdir(this.root).catch(() => [] as string[])) {
      if (name.startsWith('repo.git.init-') || name.startsWith(TRASH_PREFIX)) await rm(join(this.root, name), { recursive: true, force: true });
    }
    for (const slot of await this.slots()) {
      if (slot !== active && (await readDetachedHead(slot)) === null) await this.removeSlot(slot);
    }
    // A store made just now has no worktree metadata to prune.
    if (!freshStore) await this.pruneWorktrees();
  }

  /**
   * Forgets worktrees whose release is gone, as `git worktree prune` does
   * (a worktree's `gitdir` file names the release's `.git` file), read from
   * files instead of started as a process on the first deploy of every start;
   * and removes the HEAD logs that agents before `core.logAllRefUpdates=false`
   * (git-checkout.ts) wrote, which git would otherwise keep appending to.
   */
  private async pruneWorktrees(): Promise<void> {
    const admins = join(this.gitDir, 'worktrees');
    for (const name of await readdir(admins).catch(() => [] as string[])) {
      const gitdir = (await readFile(join(admins, name, 'gitdir'), 'utf8').catch(() => '')).trim();
      if (gitdir === '' || !(await stat(gitdir).catch(() => null))) rmSync(join(admins, name), { recursive: true, force: true });
      else rmSync(join(admins, name, 'logs'), { recursive: true, force: true });
    }
  }

  private async slots(): Promise<string[]> {
    const names = await readdir(this.releasesDir).catch(() => [] as string[]);
    return names.filter((n) => SLOT_NAME.test(n)).map((n) => join(this.releasesDir, n));
  }

  private async removeSlot(slot: string): Promise<void> {
    await unlink(markerPath(slot), { force: true });
    await rm(slot, { recursive: true, force: true });
  }
}

/** Releases by the time they were last activated, oldest first (one without a marker first of all: it was being prepared). */
async function oldestFirst(slots: string[]): Promise<string[]> {
  const ages = await Promise.all(slots.map(async (s) => ({ s, at: (await readMarker(s))?.activatedAt ?? '' })));
  return ages.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)).map((a) => a.s);
}
