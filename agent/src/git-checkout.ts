/**
 * Git steps on one checkout: clone into a temporary directory and rename into
 * place, fetch an exact commit, check it out forced and detached, verify HEAD,
 * and look for local changes. Every call goes through the shared git runner.
 */
import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ErrorCode, GitError, ZkDeployError, runGit, type GitRunOptions } from '@zkdeploy/shared';

export interface GitContext {
  timeoutMs: number;
  signal?: AbortSignal;
  env?: Record<string, string>;
}

function opts(cwd: string, ctx: GitContext, extra: Partial<GitRunOptions> = {}): GitRunOptions {
  return { cwd, timeoutMs: ctx.timeoutMs, signal: ctx.signal, env: ctx.env, ...extra };
}

/** True when `dir` holds a git checkout (a `.git` entry). */
export async function isCheckout(dir: string): Promise<boolean> {
  return (await stat(join(dir, '.git')).catch(() => null)) !== null;
}

/** True when `dir` exists at all. */
export async function pathExists(dir: string): Promise<boolean> {
  return (await stat(dir).catch(() => null)) !== null;
}

/**
 * HEAD of a checkout read from `.git/HEAD` without spawning git, when it is
 * detached (the state the agent leaves it in); null otherwise.
 */
export async function readDetachedHead(dir: string): Promise<string | null> {
  const head = await readFile(join(dir, '.git', 'HEAD'), 'utf8').catch(() => null);
  const sha = head?.trim() ?? '';
  return /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha) ? sha : null;
}

/** HEAD via git (also when not detached). */
export async function revParseHead(dir: string, ctx: GitContext): Promise<string | null> {
  try {
    return (await runGit(['rev-parse', '--verify', '-q', 'HEAD^{commit}'], opts(dir, ctx))).stdout.trim() || null;
  } catch {
    return null;
  }
}

/** True when the commit object is present locally. */
export async function hasCommit(dir: string, commitId: string, ctx: GitContext): Promise<boolean> {
  const r = await runGit(['cat-file', '-e', `${commitId}^{commit}`], opts(dir, ctx, { okCodes: [1, 128] }));
  return r.code === 0;
}

/** Fetches the exact commit; falls back to all branches and tags for servers that refuse fetch-by-id. */
export async function fetchCommit(dir: string, url: string, commitId: string, ctx: GitContext): Promise<void> {
  await runGit(['remote', 'set-url', 'origin', '--', url], opts(dir, ctx));
  try {
    await runGit(['fetch', '--quiet', '--no-tags', '--no-recurse-submodules', 'origin', '--', commitId], opts(dir, ctx));
  } catch (err) {
    if (!(err instanceof GitError) || err.code === ErrorCode.GIT_TIMEOUT) throw err;
    await runGit(
      ['fetch', '--quiet', '--tags', '--no-recurse-submodules', 'origin', '--', '+refs/heads/*:refs/remotes/origin/*'],
      opts(dir, ctx),
    );
  }
  if (!(await hasCommit(dir, commitId, ctx))) throw commitNotFound(url, commitId);
}

/** The stalling error for a commit the repository does not have. */
export function commitNotFound(url: string, commitId: string): ZkDeployError {
  return new ZkDeployError(ErrorCode.COMMIT_NOT_FOUND, `commit ${commitId} was not found in ${url}`, {
    hint: 'push the commit before publishing it, or publish a commit that exists',
  });
}

/**
 * Clones into a temporary sibling of `target`, checks out the commit, then
 * renames it into place, so a partial clone is never visible at `target`.
 */
export async function cloneInto(target: string, url: string, commitId: string, ctx: GitContext): Promise<void> {
  const tmp = join(dirname(target), `.${basename(target)}.zkdeploy-clone-${randomBytes(4).toString('hex')}`);
  try {
    await runGit(['clone', '--quiet', '--no-checkout', '--no-recurse-submodules', '--', url, tmp], opts(dirname(target), ctx));
    if (!(await hasCommit(tmp, commitId, ctx))) await fetchCommit(tmp, url, commitId, ctx);
    await checkoutDetached(tmp, commitId, ctx);
    await rename(tmp, target);
  } catch (err) {
    await rm(tmp, { recursive: true, force: true });
    if (err instanceof GitError && /not found|does not exist|not a git repository|Could not read from remote/i.test(err.stderr)) {
      throw new ZkDeployError(ErrorCode.GIT_FAILED, `could not clone ${url}: ${err.message}`, { cause: err });
    }
    throw err;
  }
}

/** Checks out the commit forced and detached, then verifies HEAD. */
export async function checkoutDetached(dir: string, commitId: string, ctx: GitContext): Promise<void> {
  await runGit(['checkout', '--quiet', '--force', '--detach', commitId, '--'], opts(dir, ctx));
  const head = await revParseHead(dir, ctx);
  if (head !== commitId) {
    throw new ZkDeployError(ErrorCode.HEAD_MISMATCH, `HEAD is ${head ?? 'unknown'} after checkout, expected ${commitId}`);
  }
}

/** Paths with local changes (tracked files modified, added or deleted; untracked files). */
export async function localChanges(dir: string, ctx: GitContext): Promise<string[]> {
  const r = await runGit(['status', '--porcelain=v1', '-z', '--untracked-files=normal', '--ignore-submodules=all'], opts(dir, ctx));
  return r.stdout
    .split('\0')
    .filter(Boolean)
    .map((entry) => entry.slice(3));
}
