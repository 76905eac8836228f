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
 */
import { watch, type Dirent, type FSWatcher } from 'node:fs';
import { lstat, readdir } from './sync-fs.js';
import { dirname, join, relative, sep } from 'node:path';
import type { Logger } from '@zkdeploy/shared';
import type { TreeNames } from './tree-listing.js';

export interface DriftWatcherOptions {
  debounceMs: number;
  log: Logger;
  onDrift: (paths: string[]) => void;
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

  constructor(private readonly o: DriftWatcherOptions) {}

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
   * Watches `dir` and every directory below it (not following symlinks,
   * skipping the release's `.git`), recording the names listed into
   * `listing.names` (`listing.rel`: `dir` relative to the release).
   */
  private async addTree(dir: string, active: Active, listing?: { names: TreeNames; rel: string }): Promise<void> {
    if (this.active !== active || this.dirs.has(dir)) {
      listing?.names.fail();
      return;
    }
    const watcher = this.open(dir, active, (name) => this.changedPath(active.slot, join(dir, name)));
    if (!watcher) {
      listing?.names.fail();
      return;
    }
    this.dirs.set(dir, watcher);
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      listing?.names.fail();
      return;
    }
    listing?.names.add(listing.rel, entries);
    const below = entries.filter((e) => e.isDirectory() && !(dir === active.slot && e.name === '.git'));
    // `dir` is already normalized and a listed name has no separator: concatenation gives what path.join would, without its per-call cost over thousands of directories.
    await Promise.all(
      below.map((e) => this.addTree(`${dir}${sep}${e.name}`, active, listing && { names: listing.names, rel: listing.rel === '' ? e.name : `${listing.rel}/${e.name}` })),
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
