/**
 * Limits on what a commit would put on disk, checked from the object store
 * before anything is checked out. A repository of a few hundred kilobytes
 * can hold a tree of hundreds of thousands of files, or one large blob
 * named a thousand times (git stores it once, a checkout writes it a
 * thousand times): deployed, either fills the disk and the inode table, and
 * makes every later listing and watch of the release expensive.
 *
 * `git ls-tree -r -l -z` lists every file of the commit with its size, read
 * from the object headers (no file is written, no blob is inflated); the
 * listing is streamed and counted as it comes, and git is stopped once the
 * count is far past a limit. A commit over a limit is a stalling failure
 * (ERR_TREE_TOO_LARGE, with the figure and the limit): only a new commit, or
 * a higher limit on the agent, changes the answer.
 */
import { ErrorCode, ZkDeployError, runGit } from '@zkdeploy/shared';
import type { GitContext } from './git-checkout.js';

/** What a commit's tree may hold on this agent. */
export interface TreeLimits {
  /** Files, symlinks and submodule entries (`--max-tree-files`). */
  maxFiles: number;
  /** Sum of the sizes of every file as checked out (`--max-tree-bytes`). */
  maxBytes: number;
}

/** The defaults of `--max-tree-files` and `--max-tree-bytes`. */
export const DEFAULT_TREE_LIMITS: TreeLimits = { maxFiles: 100_000, maxBytes: 2 * 1024 ** 3 };

/** What the listing counted; `partial` when it stopped early, far past a limit (the figures are then lower bounds). */
export interface TreeSize {
  files: number;
  bytes: number;
  partial: boolean;
}

/** How far past a limit the listing goes on counting, so that the error gives a real figure without reading an endless listing. */
const COUNT_PAST_LIMIT = 10;

/** Counts the `-z` records of `git ls-tree -r -l` as they arrive. */
class TreeCounter {
  readonly size: TreeSize = { files: 0, bytes: 0, partial: false };
  private rest: Buffer = Buffer.alloc(0);

  constructor(private readonly limits: TreeLimits) {}

  /** Takes one chunk of the listing; `'stop'` once the count is far enough past a limit. */
  take(chunk: Buffer): 'stop' | void {
    const data = this.rest.length > 0 ? Buffer.concat([this.rest, chunk]) : chunk;
    let start = 0;
    for (let end = data.indexOf(0, start); end >= 0; end = data.indexOf(0, start)) {
      this.record(data, start, end);
      start = end + 1;
    }
    this.rest = data.subarray(start);
    if (this.size.files > this.limits.maxFiles * COUNT_PAST_LIMIT || this.size.bytes > this.limits.maxBytes * COUNT_PAST_LIMIT) {
      this.size.partial = true;
      return 'stop';
    }
  }

  /** `<mode> SP <type> SP <object> SP+ <size> TAB <path>`: the size is the last word before the tab (`-` for a submodule). */
  private record(data: Buffer, start: number, end: number): void {
    const tab = data.indexOf(9, start);
    if (tab < 0 || tab > end) return;
    const header = data.toString('latin1', start, tab);
    const size = Number(header.slice(header.lastIndexOf(' ') + 1));
    this.size.files++;
    if (Number.isFinite(size)) this.size.bytes += size;
  }
}

function figure(n: number, partial: boolean): string {
  return `${partial ? 'more than ' : ''}${n.toLocaleString('en-US')}`;
}

/** The error of a tree over a limit: stalling, since only a new commit (or a higher limit) changes it. */
export function treeTooLarge(commitId: string, size: TreeSize, limits: TreeLimits): ZkDeployError | null {
  const over =
    size.files > limits.maxFiles
      ? `has ${figure(size.files, size.partial)} files, over this agent's limit of ${figure(limits.maxFiles, false)} (--max-tree-files)`
      : size.bytes > limits.maxBytes
        ? `would write ${figure(size.bytes, size.partial)} bytes, over this agent's limit of ${figure(limits.maxBytes, false)} bytes (--max-tree-bytes)`
        : null;
  if (over === null) return null;
  return new ZkDeployError(ErrorCode.TREE_TOO_LARGE, `commit ${commitId} ${over}; nothing was checked out`, {
    hint: 'publish a commit with a smaller tree, or raise the limit on the agents if the tree is meant to be that large',
    failure: 'stalling',
    details: { files: size.files, bytes: size.bytes, partial: size.partial, maxFiles: limits.maxFiles, maxBytes: limits.maxBytes },
  });
}

/**
 * Counts the files and bytes of `commitId`'s tree in the bare store
 * `gitDir` (the commit must be in it) and throws ERR_TREE_TOO_LARGE when
 * either is over `limits`; resolves with the counts otherwise. Writes
 * nothing. Git failures (an id that names no commit or tree) reject with
 * the GitError.
 */
export async function checkTreeLimits(gitDir: string, commitId: string, limits: TreeLimits, ctx: GitContext): Promise<TreeSize> {
  const counter = new TreeCounter(limits);
  await runGit(['ls-tree', '-r', '-l', '-z', '--full-tree', commitId], {
    cwd: gitDir,
    timeoutMs: ctx.timeoutMs,
    signal: ctx.signal,
    onStdout: (chunk) => counter.take(chunk),
  });
  const error = treeTooLarge(commitId, counter.size, limits);
  if (error) throw error;
  return counter.size;
}
