/**
 * Durable activation. A release's files are written through the page cache;
 * after a power loss the symlink swap could be on disk while the files it
 * points to are still empty or partial. So before the swap the release's
 * file system is synced once (`syncfs(2)` through coreutils' `sync -f`: one
 * call for every file the checkout wrote, where an fsync per file costs one
 * call each, see bench/FINDINGS.md "Durable activation"), and after the
 * rename the directory holding the target is fsynced, so the swap itself is
 * on disk before the deploy is reported.
 *
 * Syncs of one file system are grouped, as databases group commits: a sync
 * asked for while another runs may not cover the caller's writes (it may
 * have begun before them), so it waits for the next one, and every caller
 * that asks meanwhile shares that next one. Many deploys at once in one
 * process (apps of one agent, the fleet-scale bench's many agents) then cost
 * two syncs, not one each, every one of which would flush all the others'
 * dirty files.
 */
import { execFile } from 'node:child_process';
import { closeSync, constants, fsyncSync, openSync } from 'node:fs';
import { executablePath } from '@zkdeploy/shared';
import { stat } from './sync-fs.js';

/** Flushes every dirty file of the file system holding `path` (`sync -f`, i.e. syncfs(2)). */
function runSyncFs(path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // No environment but a PATH: nothing of the agent's (credentials) reaches the child.
    const PATH = process.env['PATH'] ?? '/usr/bin:/bin';
    execFile(executablePath('sync', PATH), ['-f', '--', path], { env: { PATH } }, (err) => (err ? reject(err) : resolve()));
  });
}

interface SyncGroup {
  running: Promise<void> | null;
  /** The sync that starts when the running one ends, shared by everyone who asked meanwhile. */
  next: Promise<void> | null;
}

/** `sync(path)` grouped per file system (by device): resolves once a sync begun after the call has completed. */
export function groupedSync(sync: (path: string) => Promise<void>, deviceOf: (path: string) => Promise<number>): (path: string) => Promise<void> {
  const groups = new Map<number, SyncGroup>();
  const start = (group: SyncGroup, path: string): Promise<void> => {
    const running = sync(path).finally(() => {
      if (group.running === running) group.running = null;
    });
    group.running = running;
    return running;
  };
  return async (path) => {
    const device = await deviceOf(path);
    let group = groups.get(device);
    if (!group) groups.set(device, (group = { running: null, next: null }));
    if (group.next) return group.next;
    if (!group.running) return start(group, path);
    const g = group;
    g.next = group.running.catch(() => undefined).then(() => {
      g.next = null;
      return start(g, path);
    });
    return g.next;
  };
}

/** Flushes every dirty file of the file system holding `path`, grouped with other callers (see above). */
export const syncFileSystemOf = groupedSync(runSyncFs, async (path) => (await stat(path)).dev);

/** fsyncs the directory `dir`, so that a rename or link made in it survives a crash. */
export function syncDirectory(dir: string): void {
  const fd = openSync(dir, constants.O_RDONLY | constants.O_DIRECTORY);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
