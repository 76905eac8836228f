/**
 * The floor under any agent: the bare git commands, run from Node the way an
 * agent spawns them, on the same repository, one after another with nothing
 * else (no ZooKeeper, no status). The fastest possible update is one fetch of
 * the commit plus one forced checkout; the fastest first deploy is a clone.
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
    for (let r = 0; r < runs; r++) {
      add('git --version (spawn)', await timeGit(root, ['--version']));
      const commit = await nextCommit();
      const fetch = await timeGit(detached, ['fetch', '-q', '--no-tags', repo.url, commit]);
      const checkout = await timeGit(detached, ['-c', 'advice.detachedHead=false', 'checkout', '-q', '-f', '--detach', commit]);
      add('git fetch <url> <commit>', fetch);
      add('git checkout -f --detach', checkout);
      add('= update floor: fetch + checkout', fetch + checkout);
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
      await rm(c1, { recursive: true, force: true });
      await rm(c2, { recursive: true, force: true });
    }
    return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
