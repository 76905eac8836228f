/**
 * The agent's git commands, all through the shared runner: a bare object
 * store per target, fetch of one exact commit by URL, release worktrees
 * checked out forced and detached, cleaning and change detection. Every call
 * carries the timeout, abort signal and credential settings of its context.
 */
import { copyFile, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ErrorCode, GitError, ZkDeployError, runGit, type GitResult, type GitRunOptions } from '@zkdeploy/shared';
import { readDetachedHead } from './checkout-head.js';
import { mkdir as makeDir, overwriteFile, unlink as removeFile } from './sync-fs.js';
import { GC_CONFIG } from './store-maintenance.js';
import { redactUrl } from './git-url.js';

export interface GitContext {
  timeoutMs: number;
  signal?: AbortSignal;
  /** Variables for credentials (GIT_SSH_COMMAND, …); never logged. */
  env?: Record<string, string>;
  /** `-c key=value` pairs put before every command (credential helper). */
  config?: string[];
}

/**
 * Settings for every agent git call: no background gc holding locks while the
 * next deploy starts; and a file's inode change time not compared with the
 * index (`core.trustctime=false`). A release made from the active one shares
 * its unchanged files as hard links (release-seed.ts), and making a link
 * changes the inode's ctime: compared, every shared file would look modified
 * to the checkout (which would then rewrite them all) and to `git status`.
 * Size, mtime, inode number and mode are still compared. And no reflog
 * (`core.logAllRefUpdates=false`): a release worktree's HEAD log would keep
 * every commit it was ever checked out at reachable, so that a recycled
 * release (release-store.ts `chooseSlot`) would hold the store's old
 * commits, and their lines in a shallow store's `shallow` file, for gc's 90
 * days.
 */
const AGENT_CONFIG = [
  '-c', 'gc.autoDetach=false', '-c', 'maintenance.autoDetach=false', '-c', 'core.symlinks=true', '-c', 'core.trustctime=false',
  '-c', 'core.logAllRefUpdates=false',
];

/** For commands whose stdout is not read. */
const QUIET: Partial<GitRunOptions> = { stdout: false };

function git(cwd: string, args: string[], ctx: GitContext, extra: Partial<GitRunOptions> = {}): Promise<GitResult> {
  return runGit([...AGENT_CONFIG, ...(ctx.config ?? []), ...args], {
    cwd,
    timeoutMs: ctx.timeoutMs,
    signal: ctx.signal,
    env: ctx.env,
    ...extra,
  });
}

/** Creates a bare repository in a temporary directory and renames it to `dir`, so a half-made store is never found. */
export async function initBareStore(dir: string, objectFormat: 'sha1' | 'sha256', ctx: GitContext): Promise<void> {
  const tmp = `${dir}.init-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  // No template: the sample hooks and description are never used (hooks are off) and copying them is most of init's time.
  await git('/', ['init', '--bare', '--quiet', '--template=', `--object-format=${objectFormat}`, '--', tmp], ctx, QUIET);
  await rename(tmp, dir);
}

/** True when the commit object is present in the store. */
export async function hasCommit(gitDir: string, commitId: string, ctx: GitContext): Promise<boolean> {
  const r = await git(gitDir, ['cat-file', '-e', `${commitId}^{commit}`], ctx, { okCodes: [1, 128] });
  return r.code === 0;
}

/** Git's words for a repository it could not reach at all (as opposed to a server refusing fetch-by-id). */
const UNREACHABLE = /could not read from remote|unable to access|does not appear to be a git repository|repository '[^']*' not found|connection refused|could not resolve host/i;
/** A connection cut under the fetch (a server down behind a proxy, killed mid-transfer): not a refusal of shallow fetches (issue 22, chaos seed 31337). */
const CUT_OFF = /remote end hung up unexpectedly|connection reset by peer|early EOF|unexpected disconnect/i;

/**
 * The ref each fetch points at the commit it fetched. Git offers the store's
 * refs as "haves" when it negotiates the next fetch; a store without refs has
 * none to offer, and the server then sends the whole history every time
 * (bench/FINDINGS.md, "The fetched ref").
 */
export const FETCHED_REF = 'refs/zkdeploy/fetched';

/**
 * Fetch settings: no `git maintenance run --auto` child after every fetch
 * (the agent runs gc itself after the deploy, off the critical path, when the
 * store needs it: see store-maintenance.ts), no walk to report forced
 * updates nobody reads (nor git's advice that it was skipped, written to
 * stderr on every fetch), and every fetch kept as one pack
 * (`fetch.unpackLimit=1`). Below 100 objects git would otherwise write each
 * object as a file of its own (`unpack-objects`), and creating those files
 * was most of an update's fetch (bench/FINDINGS.md, "Fetches kept as one pack").
 * The small packs are consolidated by the agent's gc (store-maintenance.ts).
 */
const KEEP_AS_PACK = ['-c', 'fetch.unpackLimit=1'];
const FETCH_CONFIG = ['-c', 'maintenance.auto=false', '-c', 'fetch.showForcedUpdates=false', '-c', 'advice.fetchShowForcedUpdates=false', ...KEEP_AS_PACK];

/**
 * Whether the agent fetches from `url` with `git fetch-pack` rather than
 * `git fetch`: only from a repository on this host (`file://` or a path).
 * fetch-pack always has the server list its refs first (protocol v2's
 * `ls-refs`, every ref the server has, before the fetch itself); `git fetch`
 * of an exact id with `--no-tags` asks for the object straight away. Over the
 * network that listing is one more round trip, which `git daemon` here also
 * held for a delayed acknowledgement (bench/FINDINGS.md, "git fetch over the
 * network"). From this host
 * there is no round trip to save, and fetch-pack spares `git fetch`'s
 * connectivity walk and ref transaction ("fetch-pack instead of fetch").
 */
export function fetchesWithFetchPack(url: string): boolean {
  return /^file:\/\//i.test(url) || url.startsWith('/');
}

/** How a fetch went: `shallow` when only the commit itself came (`--depth 1`), `refused` when the server could not serve that and a full fetch was made instead. */
export interface FetchResult {
  shallow: boolean;
  refused: boolean;
}

/**
 * Fetches exactly one object by URL (no remote) into {@link FETCHED_REF}.
 * With `shallow`, only the commit itself is asked for (`--depth 1`): its
 * tree, none of its history, and on a store that already holds a release
 * only the objects the store lacks (the fetched ref is offered as "have",
 * and the pack is thin: see {@link fetchPackCommit}). A server that cannot
 * serve a shallow fetch by id (a dumb http server, an old or restricted
 * upload-pack) gets a full fetch by id instead (`refused` is then set); one
 * that refuses fetch-by-id gets a fetch of all branches. The id may name a
 * tree or blob, which fetches fine: the checkout that follows fails on it,
 * and the caller then asks `hasCommit` (so the common case costs no extra
 * git process). From a repository on this host this is `git fetch-pack`, over
 * the network `git fetch` (see {@link fetchesWithFetchPack}).
 */
export async function fetchCommit(gitDir: string, url: string, commitId: string, ctx: GitContext, options: { shallow: boolean } = { shallow: false }): Promise<FetchResult> {
  if (options.shallow) {
    if (await fetchById(gitDir, url, commitId, ctx, true)) return { shallow: true, refused: false };
    await fetchFull(gitDir, url, commitId, ctx);
    return { shallow: false, refused: true };
  }
  await fetchFull(gitDir, url, commitId, ctx);
  return { shallow: false, refused: false };
}

/** A full fetch by id, else of all branches. */
async function fetchFull(gitDir: string, url: string, commitId: string, ctx: GitContext): Promise<void> {
  if (await fetchById(gitDir, url, commitId, ctx, false)) return;
  const base = [...FETCH_CONFIG, 'fetch', '--quiet', '--no-tags', '--no-recurse-submodules', '--no-write-fetch-head', '--'];
  await git(gitDir, [...base, url, '+refs/heads/*:refs/zkdeploy/heads/*'], ctx, QUIET);
  if (!(await hasCommit(gitDir, commitId, ctx))) throw commitNotFound(url, commitId);
}

/**
 * One fetch of the id; false when the server refused it (the caller falls
 * back), an error when it could not be reached or the fetch was stopped.
 */
async function fetchById(gitDir: string, url: string, commitId: string, ctx: GitContext, shallow: boolean): Promise<boolean> {
  const depth = shallow ? ['--depth=1'] : [];
  try {
    if (fetchesWithFetchPack(url)) await fetchPackCommit(gitDir, url, commitId, ctx, depth);
    else {
      const base = [...FETCH_CONFIG, 'fetch', '--quiet', '--no-tags', '--no-recurse-submodules', '--no-write-fetch-head', ...depth, '--'];
      await git(gitDir, [...base, url, `+${commitId}:${FETCHED_REF}`], ctx, QUIET);
    }
    return true;
  } catch (err) {
    if (!(err instanceof GitError) || err.code === ErrorCode.GIT_TIMEOUT || ctx.signal?.aborted) throw err;
    if (UNREACHABLE.test(err.stderr) || (CUT_OFF.test(err.stderr) && !/remote error/i.test(err.stderr))) {
      throw new ZkDeployError(ErrorCode.GIT_FAILED, `could not fetch from ${redactUrl(url)}: ${err.message}`, {
        cause: err,
        hint: 'check that the repository exists and this host can reach it (credentials, network)',
        failure: 'transient',
      });
    }
    return false;
  }
}

/**
 * The fetch of one commit as `git fetch-pack`, the plumbing `git fetch` runs
 * in-process, without what `git fetch` adds around it: a `git rev-list`
 * process walking the new objects to check they connect to the store's refs,
 * and a ref transaction (lock file, rename), both on every deploy
 * (bench/FINDINGS.md, "fetch-pack instead of fetch").
 *
 * `--thin`, as `git fetch` asks: the server may send the new objects as
 * deltas against objects the store has, and fetch-pack completes the pack.
 * Without it a shallow fetch (`--depth=1`) is sent the commit's whole tree
 * again, even with the store's commit acknowledged as common
 * (bench/FINDINGS.md, "Shallow fetches are thin").
 *
 * What the connectivity walk guarded against, a server sending an
 * incomplete pack, still cannot deploy a wrong tree: index-pack names every
 * object by the hash of its contents, the checkout reads every object of the
 * commit it writes (and fails on a missing one), and HEAD is verified. The
 * store's history is walked whole by the agent's gc every 20 deploys
 * (store-maintenance.ts).
 *
 * fetch-pack keeps the pack with a `.keep` file until its caller has pointed
 * a ref at it (gc leaves a kept pack alone); here the ref is written, then
 * the `.keep` removed. The ref file is rewritten in place (one write of the
 * id, see sync-fs.ts). A crash in between leaves a `.keep` that the store's
 * recovery removes (ReleaseStore).
 */
async function fetchPackCommit(gitDir: string, url: string, commitId: string, ctx: GitContext, depth: string[]): Promise<void> {
  const r = await git(gitDir, [...KEEP_AS_PACK, 'fetch-pack', '--quiet', '--no-progress', '--thin', ...depth, url, commitId], ctx);
  const ref = join(gitDir, FETCHED_REF);
  await makeDir(dirname(ref), { recursive: true });
  await overwriteFile(ref, Buffer.from(`${commitId}\n`), { create: true });
  for (const line of r.stdout.split('\n')) {
    const kept = /^keep\t([0-9a-f]{40,64})$/.exec(line)?.[1];
    if (kept) await removeFile(join(gitDir, 'objects', 'pack', `pack-${kept}.keep`), { force: true });
  }
}

/** The stalling error for a commit the repository does not have. */
export function commitNotFound(url: string, commitId: string): ZkDeployError {
  return new ZkDeployError(ErrorCode.COMMIT_NOT_FOUND, `commit ${commitId} was not found in ${redactUrl(url)}`, {
    hint: 'push the commit before publishing it, or publish a commit that exists',
    failure: 'stalling',
  });
}

/** A release directory already holding another release's tree (release-seed.ts): its commit and the index that describes it. */
export interface SeededTree {
  head: string;
  index: string;
}

/**
 * Adds a release worktree at `path`, checked out detached at the commit. The
 * worktree is registered by hand, as `git worktree add` does it (see
 * gitrepository-layout: `<store>/worktrees/<name>/` holding `gitdir`,
 * `commondir` and `HEAD`, and the release's `.git` file naming that dir),
 * followed by one forced checkout: `git worktree add` runs two more git
 * processes (update-ref, reset) for the same result (bench/FINDINGS.md,
 * "Worktrees registered by hand"). With `seeded`, `path` already holds the
 * tree of `seeded.head` as links (release-seed.ts): the worktree starts at
 * that commit with a copy of that release's index, so the checkout finds
 * every unchanged file up to date and writes only the others. A commit the
 * checkout cannot use leaves nothing behind.
 */
export async function addWorktree(gitDir: string, path: string, commitId: string, ctx: GitContext, seeded?: SeededTree): Promise<void> {
  const admin = join(gitDir, 'worktrees', basename(path));
  await rm(admin, { recursive: true, force: true });
  await mkdir(admin, { recursive: true });
  try {
    if (!seeded) await mkdir(path);
    await Promise.all([
      writeFile(join(admin, 'commondir'), '../..\n'),
      writeFile(join(admin, 'gitdir'), `${join(path, '.git')}\n`),
      writeFile(join(admin, 'HEAD'), `${seeded?.head ?? commitId}\n`),
      writeFile(join(path, '.git'), `gitdir: ${admin}\n`),
      seeded ? copyFile(seeded.index, join(admin, 'index')) : undefined,
    ]);
    await git(path, ['checkout', '--quiet', '--force', '--detach', commitId, '--'], ctx, QUIET);
  } catch (err) {
    await Promise.all([rm(path, { recursive: true, force: true }), rm(admin, { recursive: true, force: true })]);
    throw err;
  }
}

/**
 * Runs `git gc --auto` in the foreground (gc.autoDetach=false: no background
 * gc may hold locks into the next deploy), with the store's pack limits (see
 * store-maintenance.ts).
 */
export async function collectGarbage(gitDir: string, ctx: GitContext): Promise<void> {
  await git(gitDir, [...GC_CONFIG, 'gc', '--auto', '--quiet'], ctx, QUIET);
}

/** Runs `git gc --prune=now`: every pack rewritten with only what refs, worktrees and indexes hold (store-maintenance.ts). */
export async function collectAllGarbage(gitDir: string, ctx: GitContext): Promise<void> {
  await git(gitDir, ['gc', '--prune=now', '--quiet'], ctx, QUIET);
}

/** Forgets worktrees whose directories are gone. */
export async function pruneWorktrees(gitDir: string, ctx: GitContext): Promise<void> {
  await git(gitDir, ['worktree', 'prune'], ctx, QUIET);
}

/**
 * Moves a checkout to the commit, forced and detached: git rewrites only the
 * files that differ, then untracked files are removed so the tree is exactly
 * the commit (`untracked: 'none-present'`: the caller has proven there are
 * none, and the `git clean` process is skipped). Verifies HEAD from its files.
 */
export async function checkoutExact(
  dir: string,
  commitId: string,
  ctx: GitContext,
  untracked: 'all' | 'not-ignored' | 'none-present',
): Promise<void> {
  await git(dir, ['checkout', '--quiet', '--force', '--detach', commitId, '--'], ctx, QUIET);
  if (untracked !== 'none-present') await git(dir, ['clean', '-q', '-f', '-f', '-d', ...(untracked === 'all' ? ['-x'] : []), '--'], ctx, QUIET);
  await verifyHead(dir, commitId);
}

/** Reads the checkout's HEAD from its files and throws HEAD_MISMATCH unless it is the commit. */
export async function verifyHead(dir: string, commitId: string): Promise<void> {
  const head = await readDetachedHead(dir);
  if (head !== commitId) {
    throw new ZkDeployError(ErrorCode.HEAD_MISMATCH, `HEAD is ${head ?? 'unknown'} after checkout, expected ${commitId}`, { failure: 'stalling' });
  }
}

/** Paths with local changes (tracked files modified, added or deleted; untracked files not ignored). */
export async function localChanges(dir: string, ctx: GitContext): Promise<string[]> {
  const r = await git(dir, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--ignore-submodules=all'], ctx);
  return r.stdout
    .split('\0')
    .filter(Boolean)
    .map((entry) => entry.slice(3));
}
