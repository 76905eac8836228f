import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentHarness, checkoutState, eventually, git, GitRepo, gitShim, linkOf, tempBaseDir } from '@zkdeploy/test-support';

/** The release store of the base dir's only target. */
async function storeOf(base: string): Promise<string> {
  const checkouts = join(base, '.zkdeploy/checkouts');
  return join(checkouts, (await readdir(checkouts))[0]!, 'repo.git');
}

describe('agent: atomic activation of releases', () => {
  let h: AgentHarness;
  let base: string;
  let shim: Awaited<ReturnType<typeof gitShim>>;
  const target = () => join(base, 'srv/app');
  const files: Record<string, string> = {};
  for (let i = 0; i < 200; i++) files[`lib/file-${i}.txt`] = `content ${i}\n`;

  beforeAll(async () => {
    h = await AgentHarness.start({ ...files, 'app.txt': 'v1\n' });
    base = await tempBaseDir('activation');
    shim = await gitShim();
    await h.agent({
      host: 'web-1',
      baseDir: base,
      args: ['--resync', '0.3', '--keep-releases', '2'],
      env: { PATH: `${shim.path}:${process.env['PATH'] ?? ''}` },
    });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('makes the target a symlink to a complete release that reads as a checkout at the commit', async () => {
    const v1 = await h.repo.head();
    const version = await h.publishCommit(v1);
    const record = await h.waitOk('web-1', v1, version);
    expect(record.error).toBeNull();
    const link = await linkOf(target());
    expect(link).toMatch(/^(\.\.\/)+\.zkdeploy\/checkouts\/srv_app-[0-9a-f]{12}\/releases\/r-[0-9a-f]{8}$/);
    expect(await checkoutState(target())).toEqual({ head: v1, dirty: '' });
    expect(await readFile(join(target(), 'app.txt'), 'utf8')).toBe('v1\n');
    // The release is registered by hand: git itself must know it as a worktree of the store, and keep it on prune.
    const store = await storeOf(base);
    await git(store, ['worktree', 'prune']);
    const listed = await git(store, ['worktree', 'list', '--porcelain']);
    const release = join(target(), '..', link!);
    expect(listed).toContain(`worktree ${release}\nHEAD ${v1}\ndetached`);
  });

  it('costs no git process when a resync finds nothing to do', async () => {
    const before = (await shim.calls()).length;
    const seen = h.agents[0]!.output.length;
    // Several periodic resyncs (every ~0.3 s) pass.
    await eventually('three periodic resyncs', () => (h.agents[0]!.output.slice(seen).match(/"msg":"resync"/g) ?? []).length >= 3, 10_000);
    expect((await shim.calls()).length).toBe(before);
  });

  it('makes each update a new release from the active one: unchanged files shared, changed ones written as new files', async () => {
    const v1 = await h.repo.head();
    const firstRelease = join(target(), '..', (await linkOf(target()))!);
    const unchangedBefore = await stat(join(firstRelease, 'lib/file-7.txt'));
    const v2 = await h.repo.commit({ 'app.txt': 'v2\n' }, 'v2');
    await h.waitOk('web-1', v2, await h.publishCommit(v2));
    const secondRelease = join(target(), '..', (await linkOf(target()))!);
    expect(secondRelease).not.toBe(firstRelease);
    const changedBefore = await stat(join(secondRelease, 'lib/file-1.txt'));
    // Issue 21: a release that has been active is never moved to another commit; the third deploy makes a third release.
    const calls = (await shim.calls()).length;
    const v3 = await h.repo.commit({ 'app.txt': 'v3\n', 'lib/file-1.txt': 'changed\n' }, 'v3');
    await h.waitOk('web-1', v3, await h.publishCommit(v3));
    const thirdRelease = join(target(), '..', (await linkOf(target()))!);
    expect([firstRelease, secondRelease]).not.toContain(thirdRelease);
    const unchangedAfter = await stat(join(target(), 'lib/file-7.txt'));
    expect(unchangedAfter.ino).toBe(unchangedBefore.ino);
    expect(unchangedAfter.mtimeMs).toBe(unchangedBefore.mtimeMs);
    expect((await stat(join(target(), 'lib/file-1.txt'))).ino).not.toBe(changedBefore.ino);
    // The previous release still holds what it held when it was active.
    expect(await readFile(join(secondRelease, 'lib/file-1.txt'), 'utf8')).toBe('content 1\n');
    expect(await readFile(join(secondRelease, 'app.txt'), 'utf8')).toBe('v2\n');
    expect(await checkoutState(secondRelease)).toEqual({ head: v2, dirty: '' });
    expect(await checkoutState(target())).toEqual({ head: v3, dirty: '' });
    // keep-releases 2: the first release is no longer kept; it stays, unchanged, as the spare the next deploy recycles.
    expect(await checkoutState(firstRelease)).toEqual({ head: v1, dirty: '' });
    expect(await readFile(join(firstRelease, 'app.txt'), 'utf8')).toBe('v1\n');
    const deployCalls = (await shim.calls()).slice(calls).map((c) => c.sub);
    // One fetch of the commit (fetch-pack: a file:// URL), the tree's size counted against --max-tree-files/--max-tree-bytes
    // before anything is written (ls-tree, issue 23 finding 7), one checkout; the new release is made of links of the
    // active one's files, which held exactly the names it held when left clean: no `git clean` process.
    expect(deployCalls).toEqual(['fetch-pack', 'ls-tree', 'checkout']);
    expect(v1).not.toBe(v3);
  });

  it('rolls back to a commit still held by a release without fetching', async () => {
    const v2 = (await git(h.repo.work, ['rev-parse', 'HEAD~1'])).trim();
    const calls = (await shim.calls()).length;
    await h.waitOk('web-1', v2, await h.publishCommit(v2));
    expect(await checkoutState(target())).toEqual({ head: v2, dirty: '' });
    const rollbackCalls = (await shim.calls()).slice(calls).map((c) => c.sub);
    expect(rollbackCalls.filter((c) => c === 'fetch' || c === 'fetch-pack')).toEqual([]);
    expect(rollbackCalls).toContain('checkout');
    const releases = (await readdir(join(base, '.zkdeploy/checkouts'))).length;
    expect(releases).toBe(1);
  });

  it('fetches only what the store lacks: every object of the repository is fetched once', async () => {
    const store = await storeOf(base);
    for (let i = 0; i < 3; i++) {
      const next = await h.repo.commit({ 'app.txt': `v3.${i}\n`, [`lib/file-${20 + i}.txt`]: `update ${i}\n` }, `v3.${i}`);
      await h.waitOk('web-1', next, await h.publishCommit(next));
    }
    const inRepo = (await git(h.repo.work, ['rev-list', '--objects', '--all'])).trim().split('\n').length;
    const counts = Object.fromEntries(
      (await git(store, ['count-objects', '-v']))
        .trim()
        .split('\n')
        .map((line) => line.split(': ') as [string, string]),
    );
    // Without negotiation (no ref to offer as "have") every fetch brought the whole history again. The only repeats
    // allowed are the delta bases git appends to a kept pack: at most one per changed file (2 per fetch here).
    expect(Number(counts['count']) + Number(counts['in-pack'])).toBeLessThanOrEqual(inRepo + 3 * 2);
    const unique = (await git(store, ['cat-file', '--batch-all-objects', '--batch-check'])).trim().split('\n').length;
    expect(unique).toBeLessThanOrEqual(inRepo);
    expect((await git(store, ['rev-parse', 'refs/zkdeploy/fetched'])).trim()).toBe(await h.repo.head());
  });

  it('recycles the spare: files left in it are cleaned away, never carried, and the release it keeps is left as it is', async () => {
    const active = join(target(), '..', (await linkOf(target()))!);
    const releasesDir = join(active, '..');
    const inactive = (await readdir(releasesDir)).filter((n) => /^r-[0-9a-f]{8}$/.test(n)).map((n) => join(releasesDir, n)).filter((p) => p !== active);
    expect(inactive).toHaveLength(2);
    // The spare is the one activated longest ago; the other is the previous release, kept for a rollback.
    const activatedAt = async (p: string) => (JSON.parse(await readFile(`${p}.json`, 'utf8')) as { activatedAt: string }).activatedAt;
    const [spare, kept] = (await activatedAt(inactive[0]!)) < (await activatedAt(inactive[1]!)) ? inactive : [inactive[1]!, inactive[0]!];
    const keptState = await checkoutState(kept!);
    await writeFile(join(spare!, '.gitignore'), 'build/\n');
    await mkdir(join(spare!, 'build'), { recursive: true });
    await writeFile(join(spare!, 'build/out.o'), 'left by a build\n');
    await writeFile(join(spare!, 'lib/stray.txt'), 'not in any commit\n');
    const calls = (await shim.calls()).length;
    const next = await h.repo.commit({ 'app.txt': 'v4\n' }, 'v4');
    await h.waitOk('web-1', next, await h.publishCommit(next));
    const made = join(target(), '..', (await linkOf(target()))!);
    expect(made).toBe(spare);
    expect(JSON.parse(await readFile(`${made}.json`, 'utf8'))).toMatchObject({ commit: next, exec: 'done' });
    // Its names were not the ones recorded when it was left: it is cleaned, ignored files included.
    expect((await shim.calls()).slice(calls).map((c) => c.sub)).toEqual(['fetch-pack', 'ls-tree', 'checkout', 'clean']);
    for (const stray of ['.gitignore', 'build', 'lib/stray.txt']) {
      expect(await stat(join(target(), stray)).catch(() => null), stray).toBeNull();
    }
    expect(await checkoutState(target())).toEqual({ head: next, dirty: '' });
    expect(await checkoutState(kept!)).toEqual(keptState);
    expect(await checkoutState(active)).toEqual({ head: (await git(h.repo.work, ['rev-parse', 'HEAD~1'])).trim(), dirty: '' });
  });

  it('writes the marker of an active release that has none (a crash between the swap and the marker) at the next resync', async () => {
    const marker = `${join(target(), '..', (await linkOf(target()))!)}.json`;
    const written = JSON.parse(await readFile(marker, 'utf8')) as { commit: string; exec: string };
    expect(written).toMatchObject({ commit: await h.repo.head(), exec: 'done' });
    await rm(marker);
    const restored = await eventually('the marker written again', async () => JSON.parse(await readFile(marker, 'utf8')) as { commit: string; exec: string; tree?: string });
    expect(restored).toMatchObject({ commit: written.commit, exec: 'done', tree: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown as string });
  });
});

describe('agent: a release deleted from under the target', () => {
  let h: AgentHarness;
  beforeAll(async () => {
    h = await AgentHarness.start();
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('is deployed afresh at the next reconcile', async () => {
    const base = await tempBaseDir('deleted-release');
    await h.agent({ host: 'del-1', baseDir: base });
    const commit = await h.repo.head();
    await h.waitOk('del-1', commit, await h.publishCommit(commit));
    const release = join(base, 'srv', (await linkOf(join(base, 'srv/app')))!);
    await rm(release, { recursive: true, force: true });
    const version = await h.publishCommit(commit, 'srv/app', '/app/business', { message: 'again' });
    await h.waitOk('del-1', commit, version);
    expect(await checkoutState(join(base, 'srv/app'))).toEqual({ head: commit, dirty: '' });
  });
});

describe('agent: migrating a plain checkout left by the walking skeleton or a seed script', () => {
  let h: AgentHarness;
  beforeAll(async () => {
    h = await AgentHarness.start();
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('moves a clean plain checkout to the attic and swaps in a release', async () => {
    const base = await tempBaseDir('migrate');
    const v1 = await h.repo.head();
    await mkdir(join(base, 'srv'), { recursive: true });
    await git(base, ['clone', '-q', h.repo.bare, 'srv/app']);
    const v2 = await h.repo.commit({ 'app.txt': 'v2\n' }, 'v2');
    await h.agent({ host: 'mig-1', baseDir: base });
    await h.waitOk('mig-1', v2, await h.publishCommit(v2));
    expect(await linkOf(join(base, 'srv/app'))).toMatch(/releases\/r-/);
    expect(await checkoutState(join(base, 'srv/app'))).toEqual({ head: v2, dirty: '' });
    const attic = await readdir(join(base, '.zkdeploy/attic'));
    expect(attic).toHaveLength(1);
    expect(await checkoutState(join(base, '.zkdeploy/attic', attic[0]!))).toEqual({ head: v1, dirty: '' });
  });

  it('leaves a plain checkout with local edits alone and reports it drifted', async () => {
    const base = await tempBaseDir('migrate-dirty');
    await mkdir(join(base, 'srv'), { recursive: true });
    await git(base, ['clone', '-q', h.repo.bare, 'srv/app']);
    await writeFile(join(base, 'srv/app/app.txt'), 'edited by hand\n');
    const v3 = await h.repo.commit({ 'app.txt': 'v3\n' }, 'v3');
    await h.agent({ host: 'mig-2', baseDir: base });
    await h.publishCommit(v3);
    const record = await h.waitStatus('mig-2', 'drifted', (r) => r.state === 'drifted' && r.desiredCommitId === v3);
    expect(record.error?.code).toBe('ERR_DRIFTED');
    expect(record.error?.['paths']).toEqual(['app.txt']);
    expect(await linkOf(join(base, 'srv/app'))).toBeNull();
    expect(await readFile(join(base, 'srv/app/app.txt'), 'utf8')).toBe('edited by hand\n');
  });

  it('deploys from a SHA-256 repository into a SHA-256 store', async () => {
    const repo = await GitRepo.create({ objectFormat: 'sha256', files: { 'app.txt': 'sha256\n' } });
    try {
      const base = await tempBaseDir('sha256');
      await h.agent({ host: 'sha256-1', baseDir: base });
      const commit = await repo.head();
      expect(commit).toMatch(/^[0-9a-f]{64}$/);
      await h.waitOk('sha256-1', commit, await h.publish({ url: repo.url, commitId: commit, relativePath: 'srv/app' }));
      expect(await checkoutState(join(base, 'srv/app'))).toEqual({ head: commit, dirty: '' });
    } finally {
      await repo.remove();
    }
  });
});
