import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentHarness, checkoutState, linkOf, tempBaseDir } from '@zkdeploy/test-support';

/** Every file of a release read by path, with its content (the worktree's `.git` file left out). */
async function readRelease(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || (entry.parentPath === root && entry.name === '.git')) continue;
    const path = join(entry.parentPath, entry.name);
    out[path.slice(root.length + 1)] = await readFile(path, 'utf8');
  }
  return out;
}

/**
 * Issue 21: a release that has been active is never written while the agent
 * keeps it, as Capistrano's `releases/<ts>`: a process started from it (an app
 * server not yet restarted) reads the files it was started with.
 */
describe('agent: releases are immutable once active', () => {
  let h: AgentHarness;
  let base: string;
  const target = () => join(base, 'srv/app');
  const active = async () => join(target(), '..', (await linkOf(target()))!);
  const files: Record<string, string> = {};
  for (let i = 0; i < 40; i++) files[`lib/file-${i}.txt`] = `content ${i}\n`;

  beforeAll(async () => {
    h = await AgentHarness.start({ ...files, 'app.txt': 'v1\n' });
    base = await tempBaseDir('immutable');
    await h.agent({ host: 'imm-1', baseDir: base, args: ['--keep-releases', '3'] });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('leaves every file of a release as it was, after it stops being active and after each later deploy while it is kept', async () => {
    await h.waitOk('imm-1', await h.repo.head(), await h.publishCommit(await h.repo.head()));
    // Each later commit changes files the earlier releases hold, deletes one and adds one.
    const changes: Record<string, string | null>[] = [
      { 'app.txt': 'v2\n', 'lib/file-1.txt': 'two\n', 'lib/file-2.txt': null, 'lib/new-2.txt': 'added\n' },
      { 'app.txt': 'v3\n', 'lib/file-1.txt': 'three\n', 'lib/file-3.txt': null, 'lib/new-3.txt': 'added\n' },
      { 'app.txt': 'v4\n', 'lib/file-4.txt': 'four\n', 'lib/new-2.txt': 'changed\n' },
      { 'app.txt': 'v5\n', 'lib/file-1.txt': 'five\n', 'lib/file-5.txt': null },
    ];
    /** Releases no longer active, with what they held when they stopped being active. */
    const retired = new Map<string, Record<string, string>>();
    let checked = 0;
    for (const [n, change] of changes.entries()) {
      const leaving = await active();
      const held = await readRelease(leaving);
      const commit = await h.repo.commit(change, `v${n + 2}`);
      await h.waitOk('imm-1', commit, await h.publishCommit(commit));
      expect(await active()).not.toBe(leaving);
      expect(await checkoutState(target())).toEqual({ head: commit, dirty: '' });
      retired.set(leaving, held);
      for (const [release, before] of retired) {
        // keep-releases 3: the agent keeps the active release and the two before it; one it removed is done with.
        if (!(await stat(release).catch(() => null))) {
          retired.delete(release);
          continue;
        }
        expect(await readRelease(release), release).toEqual(before);
        checked++;
      }
    }
    // Each retired release was read again after every later deploy until it was removed: 1 + 2 + 2 + 2.
    expect(checked).toBe(7);
  });
});
