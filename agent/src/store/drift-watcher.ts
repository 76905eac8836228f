/**
 * Notices local edits and a moved HEAD in the active release and reports
 * them (debounced) so the reconciler can check and report `drifted` within a
 * couple of seconds.
 *
 * Only the active release is watched: one inotify watch (`fs.watch`, not
 * recursive) per directory of its tree, found with `readdir` (no stat of
 * every file), plus one on its worktree metadata for HEAD. Inactive releases
 * are not watched at all, so preparing one (git writing hundreds of files)
 * costs the agent nothing; the next release is armed just before it is
 * swapped in, so no edit after the swap can be missed. Git's own internals
 * (`.git`) are ignored except HEAD. The agent's own writes (a self-heal) are
 * seen too and cost one more `git status` that finds the tree clean: simpler
 * and safer than a suppression window that could hide a real edit.
 *
 * Watches are capped (`maxWatches`, `--max-drift-watches`): inotify watches
 * are limited per user (`fs.inotify.max_user_watches`), shared by every
 * process of that user, and a release of tens of thousands of directories
 * would take them all. Past the cap the directories listed first (the
 * shallowest) stay watched and the watcher reports itself incomplete
 * (`complete`): the reconciler then trusts no earlier clean check and runs
 * `git status` at every periodic resync, so drift anywhere is still
 * reported, within one resync interval. The walk that arms the watches
 * yields to the event loop as it goes (WalkPacer), so a large release does
 * not stall ZooKeeper pings while it is listed.
 */
import { watch, type Dirent, type FSWatcher } from 'node:fs';
import { lstat, readdir } from './sync-fs.js';
import { dirname, join, relative, sep } from 'node:path';
import type { Logger } from '@zkdeploy/shared';
import { WalkPacer, type TreeNames } from './tree-listing.js';

/** Default of `--max-drift-watches`: directory watches of one target's active release. */
export const DEFAULT_MAX_DRIFT_WATCHES = 8192;

export interface DriftWatcherOptions {
  debounceMs: number;
  log: Logger;
  onDrift: (paths: string[]) => void;
  /** Directory watches at most (HEAD's comes on top); default {@link DEFAULT_MAX_DRIFT_WATCHES}. */
  maxWatches?: number;
}

interface Active {
  slot: string;
  headFile: string | null;
}

export class DriftWatcher {
  private active: Active | null = null;
  private readonly dirs = new Map<string, FSWatcher>();
  private head: FSWatcher | null = null;
  private pending = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  /** A directory of the active release went unwatched for the cap. */
  private capped = false;

  constructor(private readonly o: DriftWatcherOptions) {}

  /**
   * False when some directory of the active release is not watched (more
   * directories than `maxWatches`): a change there raises no event, and only
   * a `git status` finds it.
   */
  get complete(): boolean {
    return !this.capped;
  }

  /** Directory watches held now. */
  get watchCount(): number {
    return this.dirs.size;
  }

  /**
   * Watches `slot` as the active release from now on (a no-op when it
   * already is); resolves once every directory is watched. With `names`, the
   * walk that finds the directories also records every name it lists (see
   * TreeNames); resolves true when it walked the whole tree into them.
   */
  async setActive(slot: string | null, headFile: string | null, names?: TreeNames): Promise<boolean> {
    if (this.active?.slot === slot && this.active?.headFile === headFile) return false;
    this.closeAll();
    this.pending.clear();
    this.capped = false;
    const active = slot && !this.stopped ? { slot, headFile } : null;
    this.active = active;
    if (!active) return false;
    if (headFile) this.head = this.open(dirname(headFile), active, (name) => (name === 'HEAD' ? 'HEAD' : null));
    await this.addTree(active.slot, active, names && { names, rel: '' });
    // Replaced by another release meanwhile: the walk stopped part way.
    return this.active === active;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.closeAll();
    this.active = null;
  }

  /**
   * Watches `root` and every directory below it (not following symlinks,
   * skipping the release's `.git`) while under the cap, recording the names
   * listed into `listing.names` (`listing.rel`: `root` relative to the
   * release). Breadth first, so that past the cap the shallow directories
   * are the watched ones; stops when another release becomes active.
   */
  private async addTree(root: string, active: Active, listing?: { names: TreeNames; rel: string }): Promise<void> {
    const max = this.o.maxWatches ?? DEFAULT_MAX_DRIFT_WATCHES;
    const pacer = new WalkPacer();
    const queue = [{ dir: root, rel: listing?.rel ?? '' }];
    for (let i = 0; i < queue.length; i++) {
      const { dir, rel } = queue[i] as { dir: string; rel: string };
      if (this.active !== active) return listing?.names.fail();
      // Armed meanwhile by a re-arm walk (a change seen while this walk yielded), which covers what is below it.
      if (this.dirs.has(dir)) {
        listing?.names.fail();
        continue;
      }
      if (this.dirs.size < max) {
        const watcher = this.open(dir, active, (name) => this.changedPath(active.slot, join(dir, name)));
        if (!watcher) return listing?.names.fail();
        this.dirs.set(dir, watcher);
      } else this.cap(active);
      let entries: Dirent[];
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch {
        return listing?.names.fail();
      }
      if (this.active !== active) return listing?.names.fail();
      listing?.names.add(rel, entries);
      for (const e of entries) {
        // `dir` is already normalized and a listed name has no separator: concatenation gives what path.join would, without its per-call cost over thousands of directories.
        if (e.isDirectory() && !(dir === active.slot && e.name === '.git')) queue.push({ dir: `${dir}${sep}${e.name}`, rel: rel === '' ? e.name : `${rel}/${e.name}` });
      }
      await pacer.pace();
    }
  }

  private cap(active: Active): void {
    if (this.capped) return;
    this.capped = true;
    this.o.log.warn(
      { release: active.slot, maxWatches: this.o.maxWatches ?? DEFAULT_MAX_DRIFT_WATCHES },
      'the active release has more directories than --max-drift-watches; drift in the others is found by git status at each resync',
    );
  }

  /** An fs.watch on one directory; `pathOf` maps a changed name to the reported path (null: ignore). */
  private open(dir: string, active: Active, pathOf: (name: string) => string | null): FSWatcher | null {
    try {
      const watcher = watch(dir, { persistent: false }, (_event, name) => {
        if (this.active !== active || name === null) return;
        const path = pathOf(name.toString());
        if (path === null) return;
        this.record(path);
        if (path !== 'HEAD') void this.rearm(join(dir, name.toString()), active);
      });
      watcher.on('error', (err) => {
        watcher.close();
        if (this.dirs.get(dir) === watcher) this.dirs.delete(dir);
        this.o.log.debug({ err, dir }, 'drift watch of a directory closed');
      });
      return watcher;
    } catch (err) {
      this.o.log.warn({ err, dir }, 'could not watch a directory of the active release');
      return null;
    }
  }

  /**
   * A name in a watched directory changed: when it is (or was) a directory,
   * watch it afresh, since a directory made, replaced or restored after the
   * scan (by the user or a self-heal) has no working watch of its own.
   */
  private async rearm(path: string, active: Active): Promise<void> {
    for (const [dir, watcher] of this.dirs) {
      if (dir === path || dir.startsWith(`${path}${sep}`)) {
        watcher.close();
        this.dirs.delete(dir);
      }
    }
    const info = await lstat(path).catch(() => null);
    if (info?.isDirectory()) await this.addTree(path, active);
  }

  /** The release-relative path of a change, or null for git's internals. */
  private changedPath(slot: string, path: string): string | null {
    const rel = relative(slot, path);
    if (rel === '' || rel.startsWith('..') || rel === '.git' || rel.startsWith(`.git${sep}`)) return null;
    return rel.split(sep).join('/');
  }

  private record(path: string): void {
    this.pending.add(path);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.o.debounceMs);
  }

  private closeAll(): void {
    for (const watcher of this.dirs.values()) watcher.close();
    this.dirs.clear();
    this.head?.close();
    this.head = null;
  }

  private flush(): void {
    this.timer = null;
    if (this.pending.size === 0) return;
    const paths = [...this.pending].sort();
    this.pending.clear();
    this.o.onDrift(paths);
  }
}
