/**
 * Reads a checkout's HEAD from its files, without spawning git, so that a
 * resync with nothing to do costs no process. Understands both a plain
 * checkout (`.git` directory) and a linked worktree (`.git` file naming its
 * git dir), which is what the agent's releases are.
 */
import { readFile, stat } from './sync-fs.js';
import { isAbsolute, join, resolve } from 'node:path';

const OBJECT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/** The git dir of a checkout (following a worktree's `gitdir:` file), or null when `dir` is not a checkout. */
export async function gitDirOf(dir: string): Promise<string | null> {
  const dotGit = join(dir, '.git');
  const info = await stat(dotGit).catch(() => null);
  if (!info) return null;
  if (info.isDirectory()) return dotGit;
  const text = await readFile(dotGit, 'utf8').catch(() => '');
  const match = /^gitdir: (.+)$/m.exec(text);
  if (!match?.[1]) return null;
  const gitDir = match[1].trim();
  return isAbsolute(gitDir) ? gitDir : resolve(dir, gitDir);
}

/** HEAD of the checkout at `dir` when it is detached (the state the agent leaves it in); null otherwise. */
export async function readDetachedHead(dir: string): Promise<string | null> {
  const gitDir = await gitDirOf(dir);
  if (!gitDir) return null;
  const head = (await readFile(join(gitDir, 'HEAD'), 'utf8').catch(() => '')).trim();
  return OBJECT_ID.test(head) ? head : null;
}

/** True when `dir` holds a git checkout (a `.git` directory or worktree file). */
export async function isCheckout(dir: string): Promise<boolean> {
  return (await gitDirOf(dir)) !== null;
}

/** HEAD of a checkout, following a branch (`ref: refs/heads/main`) through loose or packed refs; null when unknown. */
export async function readHead(dir: string): Promise<string | null> {
  const gitDir = await gitDirOf(dir);
  if (!gitDir) return null;
  const head = (await readFile(join(gitDir, 'HEAD'), 'utf8').catch(() => '')).trim();
  if (OBJECT_ID.test(head)) return head;
  const ref = /^ref: (refs\/[^\s]+)$/.exec(head)?.[1];
  if (!ref || ref.includes('..')) return null;
  const loose = (await readFile(join(gitDir, ref), 'utf8').catch(() => '')).trim();
  if (OBJECT_ID.test(loose)) return loose;
  const packed = await readFile(join(gitDir, 'packed-refs'), 'utf8').catch(() => '');
  for (const line of packed.split('\n')) {
    const [sha, name] = line.split(' ');
    if (name === ref && sha && OBJECT_ID.test(sha)) return sha;
  }
  return null;
}
