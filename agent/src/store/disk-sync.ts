/**
 * Durable activation. A release's files are written through the page cache;
 * after a power loss the symlink swap could be on disk while the files it
 * points to are still empty or partial. So before the swap the release's
 * file system is synced once (`syncfs(2)` through coreutils' `sync -f`: one
 * call for every file the checkout wrote, where an fsync per file costs one
 * call each, see bench/FINDINGS.md "Durable activation"), and after the
 * rename the directory holding the target is fsynced, so the swap itself is
 * on disk before the deploy is reported.
 */
import { execFile } from 'node:child_process';
import { closeSync, constants, fsyncSync, openSync } from 'node:fs';

/** Flushes every dirty file of the file system holding `path` (`sync -f`, i.e. syncfs(2)). */
export function syncFileSystemOf(path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // No environment but a PATH: nothing of the agent's (credentials) reaches the child.
    execFile('sync', ['-f', '--', path], { env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin' } }, (err) => (err ? reject(err) : resolve()));
  });
}

/** fsyncs the directory `dir`, so that a rename or link made in it survives a crash. */
export function syncDirectory(dir: string): void {
  const fd = openSync(dir, constants.O_RDONLY | constants.O_DIRECTORY);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
