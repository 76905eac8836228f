import { execFileSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, dirname, join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReleaseStore } from './release-store.js';
import { readDetachedHead } from './checkout-head.js';
import { linkDestination } from './symlink-swap.js';
import type { GitContext } from './git-checkout.js';

const CTX: GitContext = { timeoutMs: 30_000 };
const FILES = 60;

function git(cwd: string, args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' }).trim();
}

/** Commits `changes` (file name → content) on the checked-out branch of `dir`; returns the commit. */
function commit(dir: string, changes: Record<string, string>, message: string): string {
  for (const [name, content] of Object.entries(changes)) writeFileSync(join(dir, name), content);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', message]);
  return git(dir, ['rev-parse', 'HEAD']);
}

/** A repository of 60 files with 20 commits of history on main. */
function source(): { dir: string; url: string; history: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'zkdeploy-shallow-src-'));
  git(dir, ['init', '-q']);
  const first: Record<string, string> = {};
  for (let i = 0; i < FILES; i++) first[`f${i}.txt`] = `file ${i}\n`.repeat(50);
  const history = [commit(dir, first, 'c0')];
  for (let c = 1; c < 20; c++) history.push(commit(dir, { [`f${c}.txt`]: `change ${c}\n`.repeat(40) }, `c${c}`));
  return { dir, url: `file://${dir}`, history };
}

/** Every file of a tree by path, with its content (`.git` left out). */
function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name === '.git') continue;
    const path = join(entry.parentPath, entry.name);
    out[path.slice(root.length + 1)] = readFileSync(path, 'utf8');
  }
  return out;
}

interface Deployed {
  release: string;
  fetchNotice: string | void;
}

/**
 * One deploy as the reconciler runs it; before the swap it checks that the
 * target still shows the previous release, whole and unchanged.
 */
async function deploy(store: ReleaseStore, url: string, commitId: string): Promise<Deployed> {
  const previous = await linkDestination(store.target);
  const before = previous ? snapshot(previous) : null;
  await store.ensure(previous, CTX);
  const fetchNotice = (await store.has(commitId)) ? undefined : await store.fetch(url, commitId, CTX);
  const slot = await store.chooseSlot(commitId, previous);
  await store.prepare(slot, commitId, { url }, CTX);
  if (previous) {
    expect(await linkDestination(store.target)).toBe(previous);
    expect(snapshot(previous)).toEqual(before);
  }
  await store.activate(slot.path, commitId, false, 'list');
  await store.prune(slot.path, CTX);
  expect(await readDetachedHead(store.target)).toBe(commitId);
  expect(git(store.target, ['status', '--porcelain', '--untracked-files=all'])).toBe('');
  return { release: slot.path, fetchNotice };
}

function newStore(keep = 2): { store: ReleaseStore; gitDir: string } {
  const base = mkdtempSync(join(tmpdir(), 'zkdeploy-shallow-base-'));
  const store = new ReleaseStore(base, join(base, 'app'), 'sha1', keep);
  return { store, gitDir: join(store.root, 'repo.git') };
}

const commitsIn = (gitDir: string): number => Number(git(gitDir, ['rev-list', '--all', '--count']));
const objectsIn = (gitDir: string): number => git(gitDir, ['cat-file', '--batch-all-objects', '--batch-check']).split('\n').length;

describe('ReleaseStore on a shallow store', { timeout: 30_000 }, () => {
  let src: ReturnType<typeof source>;
  beforeAll(() => {
    src = source();
  });

  it('fetches a commit without its history, and an update brings only the objects that changed', async () => {
    const { store, gitDir } = newStore();
    await deploy(store, src.url, src.history[15]!);
    // One commit, its tree and its blobs: none of the 15 commits before it.
    expect(commitsIn(gitDir)).toBe(1);
    expect(readFileSync(join(gitDir, 'shallow'), 'utf8').trim()).toBe(src.history[15]);
    const afterFirst = objectsIn(gitDir);
    expect(afterFirst).toBe(1 + 1 + FILES);
    await deploy(store, src.url, src.history[19]!);
    // Four commits changed four files: the fetch brought their commits, trees and blobs, not the other 56 files
    // again (it is thin: without --thin a shallow fetch sends the whole tree even when the server knows the store's
    // commit; this fails if git starts doing that with --thin too).
    expect(objectsIn(gitDir) - afterFirst).toBeLessThanOrEqual(2 + 4);
    expect(git(gitDir, ['fsck', '--connectivity-only', '--no-dangling'])).toBe('');
  });

  it('keeps the shallow file bounded: commits no kept release holds leave it with their objects, and a rollback to one fetches it again', async () => {
    const { store, gitDir } = newStore(2);
    const shallowLines = (): number => readFileSync(join(gitDir, 'shallow'), 'utf8').split('\n').filter(Boolean).length;
    const limit = 41 * 4; // four commits' lines
    let longest = 0;
    let collected = 0;
    for (const c of src.history.slice(0, 14)) {
      await deploy(store, src.url, c);
      longest = Math.max(longest, shallowLines());
      if (await store.maintain(CTX, limit)) collected++;
    }
    expect(collected).toBeGreaterThan(0);
    // At most the limit's four lines plus the one fetch that crossed it, against one per deploy (14) without it.
    expect(longest).toBeLessThanOrEqual(5);
    expect(git(gitDir, ['fsck', '--connectivity-only', '--no-dangling'])).toBe('');
    // The first commit's objects went with its line: a rollback to it fetches it again and deploys it exactly.
    expect(await store.has(src.history[0]!)).toBe(false);
    const fetched = await deploy(store, src.url, src.history[0]!);
    expect(snapshot(fetched.release)['f0.txt']).toBe(`file 0\n`.repeat(50));
    expect(git(gitDir, ['fsck', '--connectivity-only', '--no-dangling'])).toBe('');
  });

  it('on start, removes the HEAD logs older agents wrote in release worktrees (they would keep old commits from gc)', async () => {
    const { store, gitDir } = newStore(2);
    await deploy(store, src.url, src.history[1]!);
    const logs = join(gitDir, 'worktrees', basename((await linkDestination(store.target))!), 'logs');
    mkdirSync(logs);
    writeFileSync(join(logs, 'HEAD'), `${'0'.repeat(40)} ${src.history[1]} t <t@t> 0 +0000\tcheckout\n`);
    const again = new ReleaseStore(dirname(store.target), store.target, 'sha1', 2);
    await again.ensure(await linkDestination(store.target), CTX);
    expect(existsSync(logs)).toBe(false);
  });

  it('clears the lock files a killed git left (a superseded deploy is aborted with SIGKILL) before it fetches or checks out again', async () => {
    const { store, gitDir } = newStore(2);
    for (const c of src.history.slice(1, 4)) await deploy(store, src.url, c);
    // Three releases: the active one, the one before it, and the spare the next deploy recycles.
    const markers = readdirSync(join(store.root, 'releases')).filter((n) => n.endsWith('.json'));
    expect(markers).toHaveLength(3);
    const activatedAt = (n: string) => (JSON.parse(readFileSync(join(store.root, 'releases', n), 'utf8')) as { activatedAt: string }).activatedAt;
    const oldest = markers.sort((a, b) => (activatedAt(a) < activatedAt(b) ? -1 : 1))[0]!.slice(0, -'.json'.length);
    writeFileSync(join(gitDir, 'worktrees', oldest, 'index.lock'), '');
    writeFileSync(join(gitDir, 'shallow.lock'), '');
    const next = await deploy(store, src.url, src.history[6]!);
    expect(basename(next.release)).toBe(oldest);
    expect(existsSync(join(gitDir, 'worktrees', oldest, 'index.lock'))).toBe(false);
  });

  it('a new release chosen and then given up (a newer config, a failed fetch) leaves nothing behind', async () => {
    const { store } = newStore(2);
    await deploy(store, src.url, src.history[2]!);
    const slot = await store.chooseSlot(src.history[3]!, await linkDestination(store.target));
    expect(slot.seeding).toBeDefined();
    await store.abandon(slot);
    expect(readdirSync(join(store.root, 'releases')).filter((n) => !n.endsWith('.json'))).toEqual([basename(await linkDestination(store.target) as string)]);
    // The next deploy makes its release as usual.
    await deploy(store, src.url, src.history[3]!);
  });

  it('rolls back to an older commit, deploys another branch, a force-pushed main and an unrelated history, each at the exact commit', async () => {
    const { store } = newStore();
    await deploy(store, src.url, src.history[19]!);
    // Rollback to a commit the store never fetched.
    await deploy(store, src.url, src.history[4]!);
    // A commit on another branch.
    git(src.dir, ['checkout', '-q', '-b', 'feature', src.history[10]!]);
    const feature = commit(src.dir, { 'feature.txt': 'feature\n' }, 'feature');
    await deploy(store, src.url, feature);
    // main force-pushed: its last commits replaced, the store's fetched commit no longer on any branch.
    git(src.dir, ['checkout', '-q', 'main']);
    git(src.dir, ['reset', '-q', '--hard', src.history[17]!]);
    const rewritten = commit(src.dir, { 'f18.txt': 'rewritten\n' }, 'c18 again');
    git(src.dir, ['branch', '-q', '-D', 'feature']);
    git(src.dir, ['gc', '-q', '--prune=now']);
    await deploy(store, src.url, rewritten);
    // A history with no commit in common with anything deployed so far.
    git(src.dir, ['checkout', '-q', '--orphan', 'other']);
    git(src.dir, ['rm', '-q', '-r', '-f', '.']);
    const unrelated = commit(src.dir, { 'other.txt': 'another project\n' }, 'unrelated');
    const deployed = await deploy(store, src.url, unrelated);
    expect(snapshot(deployed.release)).toEqual({ 'other.txt': 'another project\n' });
    git(src.dir, ['checkout', '-q', 'main']);
  });

  it('never writes a release while it is kept, and recycles the spare beyond keep by writing only what changed', async () => {
    const { store } = newStore(3);
    const one = await deploy(store, src.url, src.history[5]!);
    const kept = snapshot(one.release);
    const inodes = readdirSync(one.release).map((n) => [n, execFileSync('stat', ['-c', '%i', join(one.release, n)], { encoding: 'utf8' })]);
    const two = await deploy(store, src.url, src.history[9]!);
    expect(two.release).not.toBe(one.release);
    await deploy(store, src.url, src.history[12]!);
    expect(snapshot(one.release)).toEqual(kept);
    // Unchanged files are shared with the release they came from, not copied.
    const shared = inodes.filter(([n, ino]) => n !== '.git' && execFileSync('stat', ['-c', '%i', join(store.target, n!)], { encoding: 'utf8' }) === ino);
    expect(shared.length).toBeGreaterThan(FILES - 15);
    // keep 3: the fourth deploy leaves the first release as the spare, no longer kept; nothing is removed.
    const four = await deploy(store, src.url, src.history[13]!);
    const releases = () => readdirSync(join(store.root, 'releases')).filter((n) => !n.endsWith('.json')).sort();
    expect(releases()).toHaveLength(4);
    const stillKept = { [two.release]: snapshot(two.release), [four.release]: snapshot(four.release) };
    // The fifth recycles the spare: the first release's directory is brought to the new commit by a checkout of
    // the difference, the releases still kept are untouched, and no release is made or removed.
    const before = releases();
    // Each file the spare holds, held by a second link: its inode stays allocated (no new file can take its number)
    // and what it held stays readable.
    const hold = mkdtempSync(join(tmpdir(), 'zkdeploy-spare-'));
    const held = readdirSync(one.release).filter((n) => n !== '.git');
    for (const n of held) linkSync(join(one.release, n), join(hold, n));
    const five = await deploy(store, src.url, src.history[16]!);
    expect(five.release).toBe(one.release);
    expect(releases()).toEqual(before);
    for (const [release, files] of Object.entries(stillKept)) expect(snapshot(release)).toEqual(files);
    // Only the files commits 6 to 16 changed were written, as new files; the others are the very files the spare held.
    const ino = (path: string) => statSync(path).ino;
    const same = held.filter((n) => ino(join(five.release, n)) === ino(join(hold, n)));
    expect(same.sort()).toEqual(held.filter((n) => !/^f([6-9]|1[0-6])\.txt$/.test(n)).sort());
    expect(snapshot(hold)).toEqual(Object.fromEntries(Object.entries(kept).filter(([n]) => held.includes(n))));
  });
});

/** A dumb http server (static files): git cannot fetch shallow from it. */
function dumbHttp(root: string): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    const path = normalize(join(root, decodeURIComponent((req.url ?? '/').split('?')[0]!)));
    if (!path.startsWith(root)) return void res.writeHead(403).end();
    try {
      res.writeHead(200).end(readFileSync(path));
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as { port: number }).port })));
}

describe('ReleaseStore and a server that cannot serve a shallow fetch', { timeout: 30_000 }, () => {
  let http: { server: Server; port: number };
  let bare: string;
  let history: string[];
  beforeAll(async () => {
    const src = source();
    history = src.history;
    bare = join(mkdtempSync(join(tmpdir(), 'zkdeploy-dumb-')), 'repo.git');
    git(src.dir, ['clone', '-q', '--bare', src.dir, bare]);
    git(bare, ['update-server-info']);
    http = await dumbHttp(bare);
  });
  afterAll(() => http?.server.close());

  it('falls back to a full fetch, says so once, and deploys', async () => {
    const { store } = newStore();
    const url = `http://127.0.0.1:${http.port}/`;
    const first = await deploy(store, url, history[10]!);
    expect(first.fetchNotice).toMatch(/cannot serve a shallow fetch/);
    const second = await deploy(store, url, history[19]!);
    expect(second.fetchNotice).toBeUndefined();
  });
});
