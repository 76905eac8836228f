/**
 * What a killed git leaves in a release store, cleared by the store's
 * recovery on its first use by a new agent process (only this agent uses
 * the store: base-dir lock).
 */
import { join } from 'node:path';
import { readFile, readdir, unlink } from './sync-fs.js';

/** Lock files a killed git leaves in the store and its worktree dirs; only this agent uses the store (base-dir lock). */
export async function removeLockFiles(gitDir: string): Promise<void> {
  const dirs = [gitDir, join(gitDir, 'refs', 'zkdeploy', 'heads')];
  for (const name of await readdir(join(gitDir, 'worktrees')).catch(() => [] as string[])) dirs.push(join(gitDir, 'worktrees', name));
  for (const dir of dirs) {
    const names = await readdir(dir).catch(() => [] as string[]);
    await Promise.all(names.filter((n) => n.endsWith('.lock')).map((n) => unlink(join(dir, n), { force: true })));
  }
}

/**
 * `.keep` files a fetch killed before it pointed a ref at its pack left in
 * the store (git fetch and fetch-pack write "fetch-pack <pid> on <host>" in
 * them). A kept pack is one gc never consolidates; only the agent fetches
 * into its store, so at start none of them is still in use.
 */
export async function removeFetchKeeps(gitDir: string): Promise<void> {
  const pack = join(gitDir, 'objects', 'pack');
  const keeps = (await readdir(pack).catch(() => [] as string[])).filter((n) => n.endsWith('.keep'));
  for (const name of keeps) {
    const text = await readFile(join(pack, name), 'utf8').catch(() => '');
    if (text.startsWith('fetch-pack ')) await unlink(join(pack, name), { force: true });
  }
}
