/**
 * The floor under any agent: the bare git commands, run from Node the way an
 * agent spawns them, on the same repository, one after another with nothing
 * else (no ZooKeeper, no status). The fastest possible exact-commit update is
 * one fetch of the commit plus one forced checkout; the fastest first deploy
 * is a clone. Also the same steps in zkdeploy's release layout (a bare store
 * per target, releases as its worktrees).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { median, nowMs } from '../lib/stats.mjs';

const exec = promisify(execFile);
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_')));

async function timeGit(cwd, args) {
  const t = nowMs();
  await exec('git', args, { cwd, env });
  return nowMs() - t;
}

/** Medians over `runs` of each command and of the minimal sequences. */
export async function gitFloor({ repo, nextCommit, runs }) {
  const root = await mkdtemp(join(tmpdir(), 'zkdeploy-bench-git-'));
  try {
    const samples = {};
    const add = (k, v) => (samples[k] ??= []).push(v);
    const detached = join(root, 'detached');
    const pulled = join(root, 'pulled');
    await exec('git', ['clone', '-q', repo.url, detached], { env });
    await exec('git', ['clone', '-q', repo.url, pulled], { env });
    // zkdeploy's layout: a bare store per target, releases as its worktrees.
    const store = join(root, 'store.git');
    const release = join(root, 'release');
    await exec('git', ['init', '-q', '--bare', store], { env });
    await exec('git', ['fetch', '-q', '--no-tags', '--no-write-fetch-head', repo.url, await repo.head()], { cwd: store, env });
    await exec('git', ['worktree', 'add', '-q', '--force', '--detach', release, await repo.head()], { cwd: store, env });
    for (let r = 0; r < runs; r++) {
      add('git --version (spawn)', await timeGit(root, ['--version']));
      const commit = await nextCommit();
      const fetch = await timeGit(detached, ['fetch', '-q', '--no-tags', repo.url, commit]);
      const checkout = await timeGit(detached, ['-c', 'advice.detachedHead=false', 'checkout', '-q', '-f', '--detach', commit]);
      add('git fetch <url> <commit>', fetch);
      add('git checkout -f --detach', checkout);
      add('= update floor: fetch + checkout', fetch + checkout);
      const relFetch = await timeGit(store, ['fetch', '-q', '--no-tags', '--no-write-fetch-head', repo.url, commit]);
      const relCheckout = await timeGit(release, ['-c', 'advice.detachedHead=false', 'checkout', '-q', '-f', '--detach', commit]);
      const relClean = await timeGit(release, ['clean', '-q', '-ffdx']);
      add('= release update floor: store fetch + checkout -f + clean', relFetch + relCheckout + relClean);
      add('git status', await timeGit(detached, ['status', '--porcelain']));
      add('git rev-parse HEAD', await timeGit(detached, ['rev-parse', 'HEAD']));
      const st = await timeGit(pulled, ['status']);
      const pull = await timeGit(pulled, ['pull', '-q']);
      const rp = await timeGit(pulled, ['rev-parse', 'HEAD']);
      add('git pull', pull);
      add('= baseline update: status + pull + rev-parse', st + pull + rp);
      const c1 = join(root, `clone-${r}`);
      add('= clone floor: git clone (with checkout)', await timeGit(root, ['clone', '-q', repo.url, c1]));
      const c2 = join(root, `clone-nc-${r}`);
      const nc = await timeGit(root, ['clone', '-q', '--no-checkout', repo.url, c2]);
      const co = await timeGit(c2, ['-c', 'advice.detachedHead=false', 'checkout', '-q', '-f', '--detach', commit]);
      add('git clone --no-checkout + checkout', nc + co);
      const c3 = join(root, `store-${r}.git`);
      const init = await timeGit(root, ['init', '-q', '--bare', c3]);
      const f3 = await timeGit(c3, ['fetch', '-q', '--no-tags', '--no-write-fetch-head', repo.url, commit]);
      const wt = await timeGit(c3, ['worktree', 'add', '-q', '--force', '--detach', join(root, `release-${r}`), commit]);
      add('= release first-deploy floor: init --bare + fetch + worktree add', init + f3 + wt);
      await rm(c3, { recursive: true, force: true });
      await rm(join(root, `release-${r}`), { recursive: true, force: true });
      await rm(c1, { recursive: true, force: true });
      await rm(c2, { recursive: true, force: true });
    }
    return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
