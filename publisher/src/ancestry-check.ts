/**
 * Asks the repository the hook runs in whether the published commit is an
 * ancestor of the pushed one (`git merge-base --is-ancestor`), through
 * shared's runGit. runGit scrubs GIT_DIR, so the repository is named with
 * `--git-dir`.
 */
import { runGit } from '@zkdeploy/shared/git';

export type Ancestry = 'descendant' | 'not-descendant' | 'unknown-published';

const GIT_TIMEOUT_MS = 30_000;

function git(gitDir: string, args: string[], okCodes: number[] = []) {
  return runGit(['--git-dir', gitDir, ...args], { cwd: gitDir, timeoutMs: GIT_TIMEOUT_MS, okCodes });
}

/** How `candidate` relates to `published` in the repository at `gitDir`. */
export async function ancestry(gitDir: string, published: string, candidate: string): Promise<Ancestry> {
  const known = await git(gitDir, ['cat-file', '-e', `${published}^{commit}`], [1, 128]);
  if (known.code !== 0) return 'unknown-published';
  const r = await git(gitDir, ['merge-base', '--is-ancestor', published, candidate], [1]);
  return r.code === 0 ? 'descendant' : 'not-descendant';
}

/** The subject line of a commit, for the payload's message ('' when git cannot say). */
export async function commitSubject(gitDir: string, commit: string): Promise<string> {
  try {
    return (await git(gitDir, ['log', '-1', '--format=%s', commit, '--'])).stdout.trim();
  } catch {
    return '';
  }
}
