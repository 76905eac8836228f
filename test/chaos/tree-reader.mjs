/**
 * Checkers 1 and 5 on a host's disk: a reader keeps reading the deploy path.
 * Each read resolves the link once, then reads the manifest and every file
 * inside that one release; the tree must be exactly the manifest's files
 * with its hashes, and its label a commit some publisher was handed. A
 * release pruned away mid-read is not a torn tree (the link had already moved).
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

const sha = (buf) => createHash('sha256').update(buf).digest('hex');

async function listFiles(dir, root = dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.git')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full, root)));
    else out.push(relative(root, full));
  }
  return out;
}

const gone = async (dir) => (await stat(dir).catch(() => null)) === null;

/** One read: null when fine (or nothing to judge), else what was wrong. */
export async function readTree(target, commits) {
  const dir = await realpath(target).catch(() => null);
  if (!dir) return null;
  try {
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    if (!commits.has(manifest.label)) return { checker: 5, message: `${dir} holds commit ${manifest.label}, never published` };
    for (const [path, hash] of Object.entries(manifest.files)) {
      const got = sha(await readFile(join(dir, path)));
      if (got !== hash) return { checker: 1, message: `${dir}: ${path} is not ${manifest.label}'s (torn tree)` };
    }
    const expected = new Set([...Object.keys(manifest.files), 'manifest.json']);
    const present = await listFiles(dir);
    const extra = present.filter((p) => !expected.has(p));
    if (extra.length > 0 || present.length !== expected.size) return { checker: 1, message: `${dir}: ${manifest.label}'s tree with files ${extra.join(',') || '(some missing)'} (torn tree)` };
    return null;
  } catch (err) {
    if (await gone(dir)) return null;
    return { checker: 1, message: `${dir}: ${err.code ?? ''} ${err.message} (incomplete tree)` };
  }
}

export class TreeReader {
  reads = 0;
  #stop = false;

  constructor(agent, target, commits, history) {
    Object.assign(this, { agent, target, commits, history });
  }

  start() {
    this.done = (async () => {
      while (!this.#stop) {
        const problem = await readTree(this.target, this.commits);
        this.reads++;
        if (problem) this.history.violate(problem.checker, `${this.agent.host}: ${problem.message}`);
        await new Promise((r) => setTimeout(r, problem ? 2000 : 150));
      }
    })();
  }

  async stop() {
    this.#stop = true;
    await this.done;
  }
}
