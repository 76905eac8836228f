import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeHasObject } from './object-presence.js';

function git(cwd: string, args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' }).trim();
}

/** A repository with `count` commits; returns its git dir and the commit ids. */
function repo(format: 'sha1' | 'sha256', count: number): { gitDir: string; commits: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'zkdeploy-objects-'));
  git(dir, ['init', '-q', `--object-format=${format}`]);
  const commits: string[] = [];
  for (let i = 0; i < count; i++) {
    writeFileSync(join(dir, `f${i}.txt`), `${i}\n`);
    git(dir, ['add', '.']);
    git(dir, ['commit', '-q', '-m', `c${i}`]);
    commits.push(git(dir, ['rev-parse', 'HEAD']));
  }
  return { gitDir: join(dir, '.git'), commits };
}

describe('storeHasObject', () => {
  for (const format of ['sha1', 'sha256'] as const) {
    it(`finds loose and packed objects and no others (${format})`, async () => {
      const { gitDir, commits } = repo(format, 12);
      const width = format === 'sha1' ? 40 : 64;
      for (const c of commits) expect(await storeHasObject(gitDir, c)).toBe(true);
      git(gitDir, ['repack', '-a', '-d', '-q']);
      git(gitDir, ['prune-packed']);
      for (const c of commits) expect(await storeHasObject(gitDir, c)).toBe(true);
      const tree = git(gitDir, ['rev-parse', 'HEAD^{tree}']);
      expect(await storeHasObject(gitDir, tree)).toBe(true);
      for (const absent of ['0'.repeat(width), 'f'.repeat(width), `${commits[0]!.slice(0, -1)}${commits[0]!.endsWith('0') ? '1' : '0'}`]) {
        expect(await storeHasObject(gitDir, absent)).toBe(false);
      }
    }, 30_000); // a few dozen git processes: slow on a loaded machine
  }

  it('sees packs added after an earlier answer, and answers the same once gc has merged them', async () => {
    const { gitDir, commits } = repo('sha1', 1);
    const dir = join(gitDir, '..');
    git(gitDir, ['repack', '-d', '-q']);
    const absent = 'e'.repeat(40);
    for (let i = 0; i < 4; i++) {
      // Each round's commit lands in a pack of its own, after the earlier packs' tables were read.
      expect(await storeHasObject(gitDir, absent)).toBe(false);
      writeFileSync(join(dir, `g${i}.txt`), `${i}\n`);
      git(dir, ['add', '.']);
      git(dir, ['commit', '-q', '-m', `g${i}`]);
      commits.push(git(dir, ['rev-parse', 'HEAD']));
      git(gitDir, ['repack', '-d', '-q']);
      git(gitDir, ['prune-packed']);
      for (const c of commits) expect(await storeHasObject(gitDir, c)).toBe(true);
    }
    expect(readdirSync(join(gitDir, 'objects', 'pack')).filter((n) => n.endsWith('.idx'))).toHaveLength(5);
    git(gitDir, ['repack', '-a', '-d', '-q']);
    expect(readdirSync(join(gitDir, 'objects', 'pack')).filter((n) => n.endsWith('.idx'))).toHaveLength(1);
    for (const c of commits) expect(await storeHasObject(gitDir, c)).toBe(true);
    expect(await storeHasObject(gitDir, absent)).toBe(false);
  }, 30_000);

  it('answers absent for a store without objects', async () => {
    expect(await storeHasObject(mkdtempSync(join(tmpdir(), 'zkdeploy-objects-')), 'a'.repeat(40))).toBe(false);
  });
});
