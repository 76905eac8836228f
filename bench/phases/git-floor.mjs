/**
 * The floor under any agent: the bare git commands, run from Node the way an
 * agent spawns them, on the same repository, one after another with nothing
 * else (no ZooKeeper, no status). The fastest possible exact-commit update is
 * one fetch of the commit (`git fetch-pack`, the plumbing of `git fetch`,
 * into a bare repository whose one ref is then pointed at it) plus one forced
 * checkout; the fastest first deploy
 * is a clone. Also zkdeploy's own git steps alone, run through the agent's
 * functions (a bare store per target fetched into by exact commit, releases
 * as its worktrees). Each row has its wall time and the CPU of the git
 * processes it ran (their own and their children's: upload-pack and
 * pack-objects serve a file:// URL from the same machine).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { addWorktree, checkoutExact, fetchCommit, initBareStore } from '@zkdeploy/agent/store';
import { procStats } from '../lib/proc-stats.mjs';
import { median, nowMs } from '../lib/stats.mjs';

const exec = promisify(execFile);
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_')));
const AGENT_GIT = { timeoutMs: 120_000 };

/** CPU ms of this process's reaped children (git and what it ran), from /proc; 10 ms ticks. */
async function childCpu() {
  return (await procStats(process.pid)).childCpuMs;
}

/** Runs `step` and returns { wall, cpu } in ms. */
async function measure(step) {
  const c = await childCpu();
  const t = nowMs();
  await step();
  const wall = nowMs() - t;
  return { wall, cpu: (await childCpu()) - c };
}

function timeGit(cwd, args) {
  return measure(() => exec('git', args, { cwd, env }));
}

const sum = (...xs) => ({ wall: xs.reduce((a, x) => a + x.wall, 0), cpu: xs.reduce((a, x) => a + x.cpu, 0) });

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
    // zkdeploy's layout, made by the agent's own functions: a bare store per target, releases as its worktrees.
    const store = join(root, 'store.git');
    const releases = [join(root, 'release-a'), join(root, 'release-b')];
    await initBareStore(store, 'sha1', AGENT_GIT);
    await fetchCommit(store, repo.url, await repo.head(), AGENT_GIT);
    for (const release of releases) await addWorktree(store, release, await repo.head(), AGENT_GIT);
    // The least a fetch of one commit can be: fetch-pack into a bare repository, its one ref pointed at the commit (so the next fetch negotiates).
    const bare = join(root, 'fetch-pack.git');
    await exec('git', ['init', '-q', '--bare', bare], { env });
    const fetchPack = async (commit) => {
      await exec('git', ['-c', 'fetch.unpackLimit=1', 'fetch-pack', '-q', '--no-progress', repo.url, commit], { cwd: bare, env });
      await writeFile(join(bare, 'refs', 'heads', 'main'), `${commit}\n`);
    };
    await fetchPack(await repo.head());
    for (let r = 0; r < runs; r++) {
      add('git --version (spawn)', await timeGit(root, ['--version']));
      const commit = await nextCommit();
      const fetch = await timeGit(detached, ['fetch', '-q', '--no-tags', repo.url, commit]);
      const packFetch = await measure(() => fetchPack(commit));
      const checkout = await timeGit(detached, ['-c', 'advice.detachedHead=false', 'checkout', '-q', '-f', '--detach', commit]);
      add('git fetch <url> <commit>', fetch);
      add('git fetch-pack <url> <commit> + the ref', packFetch);
      add('git checkout -f --detach', checkout);
      add('= update floor: fetch-pack + checkout', sum(packFetch, checkout));
      const relFetch = await measure(() => fetchCommit(store, repo.url, commit, AGENT_GIT));
      const relCheckout = await measure(() => checkoutExact(releases[r % 2], commit, AGENT_GIT, 'none-present'));
      add("= zkdeploy's update, git alone: store fetch + checkout -f of an inactive release", sum(relFetch, relCheckout));
      add('git status', await timeGit(detached, ['status', '--porcelain']));
      add('git rev-parse HEAD', await timeGit(detached, ['rev-parse', 'HEAD']));
      const st = await timeGit(pulled, ['status']);
      const pull = await timeGit(pulled, ['pull', '-q']);
      const rp = await timeGit(pulled, ['rev-parse', 'HEAD']);
      add('git pull', pull);
      add('= baseline update: status + pull + rev-parse', sum(st, pull, rp));
      const c1 = join(root, `clone-${r}`);
      add('= clone floor: git clone (with checkout)', await timeGit(root, ['clone', '-q', repo.url, c1]));
      const c2 = join(root, `clone-nc-${r}`);
      const nc = await timeGit(root, ['clone', '-q', '--no-checkout', repo.url, c2]);
      const co = await timeGit(c2, ['-c', 'advice.detachedHead=false', 'checkout', '-q', '-f', '--detach', commit]);
      add('git clone --no-checkout + checkout', sum(nc, co));
      const c3 = join(root, `store-${r}.git`);
      const first = await measure(async () => {
        await initBareStore(c3, 'sha1', AGENT_GIT);
        await fetchCommit(c3, repo.url, commit, AGENT_GIT);
        await addWorktree(c3, join(root, `first-${r}`), commit, AGENT_GIT);
      });
      add("= zkdeploy's first deploy, git alone: init --bare + fetch + a release worktree", first);
      await rm(c3, { recursive: true, force: true });
      await rm(join(root, `first-${r}`), { recursive: true, force: true });
      await rm(c1, { recursive: true, force: true });
      await rm(c2, { recursive: true, force: true });
    }
    return Object.fromEntries(
      Object.entries(samples).map(([k, v]) => [k, { wall: median(v.map((x) => x.wall)), cpu: v.reduce((a, x) => a + x.cpu, 0) / v.length }]),
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
