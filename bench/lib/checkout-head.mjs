/**
 * Reads a checkout's HEAD from disk without spawning git, the way git itself
 * resolves it: `<dir>/.git` is a directory or a `gitdir:` file (a linked
 * worktree), `<dir>` itself may be a symlink (a release layout), HEAD is a
 * commit id or a symbolic ref resolved through loose refs and packed-refs in
 * the common dir. Used to time both fleets by the same method.
 */
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

async function readText(path) {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return null;
  }
}

/** The git dir of a checkout (following a `gitdir:` file), or null when there is none. */
export async function gitDirOf(dir) {
  const dotGit = join(dir, '.git');
  const st = await stat(dotGit).catch(() => null);
  if (!st) return null;
  if (st.isDirectory()) return dotGit;
  const text = await readText(dotGit);
  const m = /^gitdir: (.+)$/m.exec(text ?? '');
  if (!m) return null;
  return isAbsolute(m[1].trim()) ? m[1].trim() : resolve(dir, m[1].trim());
}

/** The common dir (where refs live) of a git dir. */
async function commonDirOf(gitDir) {
  const text = await readText(join(gitDir, 'commondir'));
  if (!text) return gitDir;
  const c = text.trim();
  return isAbsolute(c) ? c : resolve(gitDir, c);
}

async function resolveRef(gitDir, ref, depth = 0) {
  if (depth > 5) return null;
  const common = ref.startsWith('refs/') ? await commonDirOf(gitDir) : gitDir;
  const loose = (await readText(join(common, ref)))?.trim();
  if (loose) {
    if (SHA.test(loose)) return loose;
    const sym = /^ref: (.+)$/.exec(loose);
    return sym ? resolveRef(gitDir, sym[1], depth + 1) : null;
  }
  const packed = await readText(join(common, 'packed-refs'));
  for (const line of (packed ?? '').split('\n')) {
    const [sha, name] = line.split(' ');
    if (name === ref && SHA.test(sha)) return sha;
  }
  return null;
}

/**
 * HEAD of the checkout at `dir` and whether its checkout is complete: the
 * index exists and no `index.lock` is held. (`git clone` writes HEAD before it
 * populates the work tree; an update writes the index before HEAD.)
 */
export async function readCheckoutHead(dir) {
  const gitDir = await gitDirOf(dir);
  if (!gitDir) return { head: null, complete: false, gitDir: null };
  const text = (await readText(join(gitDir, 'HEAD')))?.trim() ?? '';
  let head = null;
  if (SHA.test(text)) head = text;
  else {
    const sym = /^ref: (.+)$/.exec(text);
    if (sym) head = await resolveRef(gitDir, sym[1]);
  }
  const [index, lock] = await Promise.all([stat(join(gitDir, 'index')).catch(() => null), stat(join(gitDir, 'index.lock')).catch(() => null)]);
  return { head, complete: index !== null && lock === null, gitDir };
}
