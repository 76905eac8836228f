import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ErrorCode, GitError, ZkDeployError } from '@zkdeploy/shared';
import { checkTreeLimits, DEFAULT_TREE_LIMITS } from './tree-limits.js';
import type { GitContext } from './git-checkout.js';

const CTX: GitContext = { timeoutMs: 60_000 };

/**
 * A bare repository whose one commit names a blob of `blobBytes` bytes under
 * `files` paths spread over `dirs` directories (git stores the blob once, a
 * checkout would write it `files` times), made with git fast-import.
 */
function bombRepo(files: number, dirs: number, blobBytes: number): { gitDir: string; commit: string } {
  const gitDir = join(mkdtempSync(join(tmpdir(), 'zkdeploy-tree-limits-')), 'repo.git');
  execFileSync('git', ['init', '-q', '--bare', gitDir]);
  const lines = [`blob`, `mark :1`, `data ${blobBytes}`, 'x'.repeat(blobBytes), `commit refs/heads/main`, `mark :2`, `committer t <t@t> 0 +0000`, `data 5`, `bomb`];
  for (let i = 0; i < files; i++) lines.push(`M 100644 :1 d${i % dirs}/sub/f${i}.txt`);
  execFileSync('git', ['fast-import', '--quiet'], { cwd: gitDir, input: `${lines.join('\n')}\n` });
  return { gitDir, commit: execFileSync('git', ['rev-parse', 'main'], { cwd: gitDir, encoding: 'utf8' }).trim() };
}

async function refusal(run: Promise<unknown>): Promise<ZkDeployError> {
  const err = await run.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(ZkDeployError);
  expect((err as ZkDeployError).code).toBe(ErrorCode.TREE_TOO_LARGE);
  expect((err as ZkDeployError).failure).toBe('stalling');
  return err as ZkDeployError;
}

describe('checkTreeLimits', () => {
  const many = bombRepo(6000, 1500, 10);

  it('counts every file and byte of the commit from the object store, writing nothing', async () => {
    const before = readdirSync(many.gitDir, { recursive: true }).sort();
    expect(await checkTreeLimits(many.gitDir, many.commit, DEFAULT_TREE_LIMITS, CTX)).toEqual({ files: 6000, bytes: 60_000, partial: false });
    expect(readdirSync(many.gitDir, { recursive: true }).sort()).toEqual(before);
  });

  it('refuses a tree with more files than --max-tree-files, naming the figure and the limit', async () => {
    const err = await refusal(checkTreeLimits(many.gitDir, many.commit, { maxFiles: 5999, maxBytes: DEFAULT_TREE_LIMITS.maxBytes }, CTX));
    expect(err.message).toBe(`commit ${many.commit} has 6,000 files, over this agent's limit of 5,999 (--max-tree-files); nothing was checked out`);
    expect(err.details).toMatchObject({ files: 6000, maxFiles: 5999, partial: false });
    await expect(checkTreeLimits(many.gitDir, many.commit, { maxFiles: 6000, maxBytes: 60_000 }, CTX)).resolves.toMatchObject({ files: 6000 });
  });

  it('stops reading a listing far past the limit, and says the figure is a lower bound', async () => {
    const err = await refusal(checkTreeLimits(many.gitDir, many.commit, { maxFiles: 100, maxBytes: DEFAULT_TREE_LIMITS.maxBytes }, CTX));
    expect(err.message).toMatch(/ has more than [\d,]+ files, over this agent's limit of 100 \(--max-tree-files\)/);
    expect(err.details).toMatchObject({ partial: true });
    // Stopped once past ten times the limit, at the end of the chunk of listing it was reading: not at the end of the tree.
    expect(err.details?.['files']).toBeGreaterThan(1000);
    expect(err.details?.['files']).toBeLessThan(6000);
  });

  it('refuses one large blob named many times (a small repository that would write a lot) by --max-tree-bytes', async () => {
    const bomb = bombRepo(200, 10, 1024 * 1024);
    const objects = join(bomb.gitDir, 'objects');
    const stored = readdirSync(objects, { recursive: true }).reduce((sum, name) => sum + statSync(join(objects, String(name))).size, 0);
    expect(stored).toBeLessThan(100 * 1024); // the blob is stored once, compressed
    const err = await refusal(checkTreeLimits(bomb.gitDir, bomb.commit, { maxFiles: 1000, maxBytes: 100 * 1024 * 1024 }, CTX));
    expect(err.message).toBe(`commit ${bomb.commit} would write 209,715,200 bytes, over this agent's limit of 104,857,600 bytes (--max-tree-bytes); nothing was checked out`);
  });

  it('rejects with git\'s error for an id that is not in the store', async () => {
    await expect(checkTreeLimits(many.gitDir, 'b'.repeat(40), DEFAULT_TREE_LIMITS, CTX)).rejects.toBeInstanceOf(GitError);
  });
});
