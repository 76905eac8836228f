/**
 * Notices local edits and a moved HEAD in the active release with chokidar,
 * and reports them (debounced) so the reconciler can check and report
 * `drifted` within a couple of seconds.
 *
 * One watcher per release store, set up once: it watches every release and
 * the worktrees' HEAD files, and ignores events outside the active release,
 * so activating another release costs no new scan of the tree. Git's own
 * internals are ignored except HEAD. The agent's own writes (a self-heal)
 * are seen too and cost one more `git status` that finds the tree clean:
 * simpler and safer than a suppression window that could hide a real edit.
 */
import { join, relative, sep } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import type { Logger } from '@zkdeploy/shared';

export interface DriftWatcherOptions {
  releasesDir: string;
  worktreesDir: string;
  debounceMs: number;
  log: Logger;
  onDrift: (paths: string[]) => void;
}

export class DriftWatcher {
  private watcher: FSWatcher | null = null;
  private active: { slot: string; headFile: string | null } | null = null;
  private pending = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private ready: Promise<void> = Promise.resolve();

  constructor(private readonly o: DriftWatcherOptions) {}

  /** Starts watching (once); resolves when the initial scan is done. */
  start(): Promise<void> {
    if (this.watcher) return this.ready;
    const watcher = watch([this.o.releasesDir, this.o.worktreesDir], {
      ignoreInitial: true,
      persistent: true,
      followSymlinks: false,
      ignored: (path) => this.ignored(path),
    });
    watcher.on('all', (_event, path) => this.onEvent(path));
    watcher.on('error', (err) => this.o.log.warn({ err }, 'drift watcher error'));
    this.ready = new Promise((resolve) => watcher.once('ready', () => resolve()));
    this.watcher = watcher;
    return this.ready;
  }

  /** Watches `slot` as the active release from now on. */
  setActive(slot: string | null, headFile: string | null): void {
    this.active = slot ? { slot, headFile } : null;
    this.pending.clear();
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    await this.watcher?.close();
    this.watcher = null;
  }

  private ignored(path: string): boolean {
    const inWorktrees = relative(this.o.worktreesDir, path);
    if (!inWorktrees.startsWith('..') && inWorktrees !== '') {
      const parts = inWorktrees.split(sep);
      return parts.length >= 2 && !(parts.length === 2 && parts[1] === 'HEAD');
    }
    const inReleases = relative(this.o.releasesDir, path);
    if (inReleases.startsWith('..') || inReleases === '') return false;
    const parts = inReleases.split(sep);
    return parts.length >= 2 && parts[1] === '.git';
  }

  private onEvent(path: string): void {
    const active = this.active;
    if (!active) return;
    let changed: string | null = null;
    if (path === active.headFile) changed = 'HEAD';
    else {
      const rel = relative(active.slot, path);
      if (rel !== '' && !rel.startsWith('..') && !rel.startsWith(`.git${sep}`) && rel !== '.git') changed = rel.split(sep).join('/');
    }
    if (changed === null) return;
    this.pending.add(changed);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.o.debounceMs);
  }

  private flush(): void {
    this.timer = null;
    if (this.pending.size === 0) return;
    const paths = [...this.pending].sort();
    this.pending.clear();
    this.o.onDrift(paths);
  }
}

/** The directory holding the worktrees' metadata (with their HEAD files) of a bare store. */
export function worktreesDirOf(gitDir: string): string {
  return join(gitDir, 'worktrees');
}

