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
 * server not yet restarted) reads the files it was started with. Only the
 * spare beyond `--keep-releases` is brought to a new commit.
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
    /** Releases no longer active, oldest first, with what they held when they stopped being active. */
    const retired: { release: string; held: Record<string, string> }[] = [];
    let checked = 0;
    for (const [n, change] of changes.entries()) {
      const leaving = await active();
      const held = await readRelease(leaving);
      const commit = await h.repo.commit(change, `v${n + 2}`);
      await h.waitOk('imm-1', commit, await h.publishCommit(commit));
      const now = await active();
      expect(now).not.toBe(leaving);
      expect(await checkoutState(target())).toEqual({ head: commit, dirty: '' });
      retired.push({ release: leaving, held });
      // keep-releases 3: the agent keeps the active release and the two before it. The one before those is its
      // spare, kept for no rollback: the next deploy brings it to its commit by writing only what changed.
      if (retired.length > 3) expect(now).toBe(retired[retired.length - 4]!.release);
      for (const { release, held: before } of retired.slice(-2)) {
        expect(await readRelease(release), release).toEqual(before);
        checked++;
      }
    }
    // Each retired release was read again after every later deploy while it was kept: 1 + 2 + 2 + 2.
    expect(checked).toBe(7);
    // Three kept and the spare; the fourth update made no release and removed none.
    const releases = (await readdir(join(await active(), '..'))).filter((n) => /^r-[0-9a-f]{8}$/.test(n));
    expect(releases.sort()).toEqual([...new Set([...retired.map((r) => r.release), await active()])].map((r) => r.split('/').pop()).sort());
  });
});
