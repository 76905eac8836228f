import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '@zkdeploy/shared';
import { GitDaemon } from '@zkdeploy/test-support';
import { FETCHED_REF, addWorktree, fetchCommit, fetchesWithFetchPack, hasCommit, initBareStore, type GitContext } from './git-checkout.js';

function git(cwd: string, args: string[], input?: string): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8', input }).trim();
}

/** A repository with `count` commits on main, each changing one of 50 files; returns its URL and commit ids. */
function source(count: number): { dir: string; url: string; commits: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'zkdeploy-fetch-src-'));
  git(dir, ['init', '-q']);
  for (let i = 0; i < 50; i++) writeFileSync(join(dir, `f${i}.txt`), `${i}\n`);
  const commits: string[] = [];
  for (let c = 0; c < count; c++) {
    writeFileSync(join(dir, `f${c % 50}.txt`), `change ${c}\n`);
    git(dir, ['add', '.']);
    git(dir, ['commit', '-q', '-m', `c${c}`]);
    commits.push(git(dir, ['rev-parse', 'HEAD']));
  }
  return { dir, url: `file://${dir}`, commits };
}

async function store(): Promise<string> {
  const gitDir = join(mkdtempSync(join(tmpdir(), 'zkdeploy-fetch-store-')), 'repo.git');
  await initBareStore(gitDir, 'sha1', CTX);
  return gitDir;
}

const CTX: GitContext = { timeoutMs: 30_000 };

const objectCount = (gitDir: string): number => {
  const counts = Object.fromEntries(git(gitDir, ['count-objects', '-v']).split('\n').map((l) => l.split(': ') as [string, string]));
  return Number(counts['count']) + Number(counts['in-pack']);
};

describe('fetchCommit', () => {
  it('points the fetched ref at the commit, so the next fetch brings only what is new', async () => {
    const src = source(12);
    const gitDir = await store();
    await fetchCommit(gitDir, src.url, src.commits[5]!, CTX);
    expect(git(gitDir, ['rev-parse', FETCHED_REF])).toBe(src.commits[5]);
    const afterFirst = objectCount(gitDir);
    await fetchCommit(gitDir, src.url, src.commits[11]!, CTX);
    expect(git(gitDir, ['rev-parse', FETCHED_REF])).toBe(src.commits[11]);
    // Nothing of the first fetch was sent again: the second brought the objects new since, plus at most one base
    // per new blob, which git appends to a fetched pack to complete its deltas (the pack is kept, see FETCH_CONFIG).
    const fresh = git(src.dir, ['rev-list', '--objects', `${src.commits[5]!}..${src.commits[11]!}`]).split('\n');
    const freshBlobs = git(src.dir, ['cat-file', '--batch-check=%(objecttype)'], fresh.map((l) => l.split(' ')[0]).join('\n')).split('\n').filter((t) => t === 'blob');
    expect(objectCount(gitDir) - afterFirst).toBeGreaterThanOrEqual(fresh.length);
    expect(objectCount(gitDir) - afterFirst).toBeLessThanOrEqual(fresh.length + freshBlobs.length);
    expect(git(gitDir, ['cat-file', '--batch-all-objects', '--batch-check']).split('\n')).toHaveLength(git(src.dir, ['rev-list', '--objects', '--all']).split('\n').length);
    // fetch-pack keeps each pack with a .keep until the ref points at it; none may stay, or gc would never consolidate them.
    expect(readdirSync(join(gitDir, 'objects', 'pack')).filter((n) => n.endsWith('.keep'))).toEqual([]);
    expect(git(gitDir, ['fsck', '--connectivity-only', '--no-dangling'])).toBe('');
  });

  it('uses fetch-pack for a repository on this host, git fetch over the network', () => {
    for (const url of ['file:///srv/app.git', 'FILE:///srv/app.git', '/srv/app.git']) expect(fetchesWithFetchPack(url), url).toBe(true);
    for (const url of ['ssh://git@host/app.git', 'git://host/app.git', 'git@host:org/app.git', 'https://host/app.git', 'HTTP://host/app.git', '-upload-pack=x']) expect(fetchesWithFetchPack(url), url).toBe(false);
  });

  it('over the network fetches the id without the server listing its refs, which fetch-pack always has it do', async () => {
    // Why git fetch over the network (fetchesWithFetchPack): if git fetch of an exact id starts listing refs,
    // or fetch-pack stops, this fails and the choice should be measured again (bench/FINDINGS.md).
    const src = source(3);
    const daemon = await GitDaemon.start(src.dir);
    try {
      const url = daemon.urlOf(src.dir);
      const trace = join(mkdtempSync(join(tmpdir(), 'zkdeploy-fetch-trace-')), 'packets');
      const gitDir = await store();
      await fetchCommit(gitDir, url, src.commits[1]!, { ...CTX, env: { GIT_TRACE_PACKET: trace } }, { shallow: true });
      expect(git(gitDir, ['rev-parse', FETCHED_REF])).toBe(src.commits[1]);
      const sent = readFileSync(trace, 'utf8');
      expect(sent).toContain('> command=fetch');
      expect(sent).not.toContain('command=ls-refs');
      const packTrace = `${trace}-fetch-pack`;
      execFileSync('git', ['fetch-pack', '--depth=1', url, src.commits[2]!], { cwd: await store(), env: { ...process.env, GIT_TRACE_PACKET: packTrace }, stdio: 'ignore' });
      expect(readFileSync(packTrace, 'utf8')).toContain('> command=ls-refs');
    } finally {
      await daemon.halt();
    }
  });

  it('falls back to fetching all branches from a server that refuses fetch-by-id (protocol v0)', async () => {
    const src = source(4);
    const gitDir = await store();
    // Over protocol v0, upload-pack refuses a want that is not an advertised tip, as older or stricter servers do.
    const v0: GitContext = { ...CTX, config: ['-c', 'protocol.version=0'] };
    await fetchCommit(gitDir, src.url, src.commits[1]!, v0);
    expect(await hasCommit(gitDir, src.commits[1]!, CTX)).toBe(true);
    expect(git(gitDir, ['rev-parse', 'refs/zkdeploy/heads/main'])).toBe(src.commits[3]);
    await expect(fetchCommit(gitDir, src.url, 'f'.repeat(40), v0)).rejects.toMatchObject({ code: ErrorCode.COMMIT_NOT_FOUND });
  });

  it('names an unreachable repository as such', async () => {
    const gitDir = await store();
    await expect(fetchCommit(gitDir, `file://${join(tmpdir(), 'zkdeploy-no-such-repo')}`, 'a'.repeat(40), CTX)).rejects.toMatchObject({
      code: ErrorCode.GIT_FAILED,
      message: expect.stringContaining('could not fetch from') as unknown as string,
    });
  });
});

describe('addWorktree', () => {
  it('registers a release git knows as a worktree, and leaves nothing behind for an id that is no commit', async () => {
    const src = source(2);
    const gitDir = await store();
    await fetchCommit(gitDir, src.url, src.commits[1]!, CTX);
    const root = mkdtempSync(join(tmpdir(), 'zkdeploy-wt-'));
    const release = join(root, 'r-00000001');
    await addWorktree(gitDir, release, src.commits[1]!, CTX);
    expect(git(release, ['status', '--porcelain'])).toBe('');
    expect(git(release, ['rev-parse', 'HEAD'])).toBe(src.commits[1]);
    git(gitDir, ['worktree', 'prune']);
    expect(git(gitDir, ['worktree', 'list', '--porcelain'])).toContain(`worktree ${release}\nHEAD ${src.commits[1]}\ndetached`);
    const tree = git(src.dir, ['rev-parse', 'HEAD^{tree}']);
    const bogus = join(root, 'r-00000002');
    await expect(addWorktree(gitDir, bogus, tree, CTX)).rejects.toMatchObject({ code: ErrorCode.GIT_FAILED });
    expect(execFileSync('ls', ['-A', root], { encoding: 'utf8' }).trim().split('\n')).toEqual(['r-00000001']);
    expect(git(gitDir, ['worktree', 'list', '--porcelain'])).not.toContain('r-00000002');
  });
});
