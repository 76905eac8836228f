import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitDirOf, readDetachedHead, readHead } from './checkout-head.js';

const sha = (c: string) => c.repeat(40);

function fixture(): string {
  return mkdtempSync(join(tmpdir(), 'zkdeploy-head-'));
}

describe('reading HEAD without git', () => {
  it('reads a detached HEAD of a plain checkout and of a linked worktree', async () => {
    const plain = fixture();
    mkdirSync(join(plain, '.git'));
    writeFileSync(join(plain, '.git/HEAD'), `${sha('a')}\n`);
    expect(await readDetachedHead(plain)).toBe(sha('a'));

    const store = fixture();
    const worktree = fixture();
    mkdirSync(join(store, 'worktrees/r-1'), { recursive: true });
    writeFileSync(join(store, 'worktrees/r-1/HEAD'), `${sha('b')}\n`);
    writeFileSync(join(worktree, '.git'), `gitdir: ${join(store, 'worktrees/r-1')}\n`);
    expect(await gitDirOf(worktree)).toBe(join(store, 'worktrees/r-1'));
    expect(await readDetachedHead(worktree)).toBe(sha('b'));
  });

  it('follows a branch through loose and packed refs, and gives null for anything else', async () => {
    const dir = fixture();
    mkdirSync(join(dir, '.git/refs/heads'), { recursive: true });
    writeFileSync(join(dir, '.git/HEAD'), 'ref: refs/heads/main\n');
    expect(await readDetachedHead(dir)).toBeNull();
    writeFileSync(join(dir, '.git/packed-refs'), `# pack-refs with: peeled\n${sha('c')} refs/heads/main\n`);
    expect(await readHead(dir)).toBe(sha('c'));
    writeFileSync(join(dir, '.git/refs/heads/main'), `${sha('d')}\n`);
    expect(await readHead(dir)).toBe(sha('d'));
    writeFileSync(join(dir, '.git/HEAD'), 'ref: refs/../../../etc/passwd\n');
    expect(await readHead(dir)).toBeNull();
    expect(await readHead(fixture())).toBeNull();
  });
});
