/**
 * Where the time goes inside one agent (N = 1): every git command it runs
 * (git's own trace2 timestamps, enabled through a HOME whose .gitconfig sets
 * trace2.eventTarget) and every ZooKeeper request and watch event on its
 * connection (the counting proxy's timeline), placed on one time axis that
 * starts at the publish write.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Fleet, traceHome } from '../lib/fleet.mjs';
import { watchCheckouts } from '../lib/checkout-watch.mjs';
import { clearTrace, readGitCommands } from '../lib/git-trace.mjs';
import { initApp, publish } from '../lib/publish.mjs';
import { waitStatusOk } from '../lib/status-wait.mjs';
import { median } from '../lib/stats.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Step name of a git command. */
function gitStep(cmd) {
  if (['fetch', 'clone', 'pull', 'remote'].includes(cmd.name)) return `git ${cmd.name}`;
  if (cmd.name === 'checkout' || cmd.name === 'switch' || cmd.name === 'read-tree') return 'git checkout';
  if (cmd.name === 'worktree') return `git worktree ${cmd.args[1] ?? ''}`.trim();
  return `git ${cmd.name}`;
}

/**
 * Folds one round's events into steps (ms): notification delay, agent work
 * before git, each git command, JS gaps between them, HEAD on disk, status.
 */
function steps({ t0, headAt, doneAt, timeline, git }) {
  const out = {};
  const add = (k, v) => (out[k] = (out[k] ?? 0) + v);
  const note = timeline.find((e) => e.dir === 'event' && e.t >= t0);
  if (note) add('ZooKeeper: publish → watch event at agent', note.t - t0);
  const firstGit = git[0];
  const writes = timeline.filter((e) => e.dir === 'req' && (e.op === 'setData' || e.op === 'create') && e.t >= t0);
  const reads = timeline.filter((e) => e.dir === 'req' && (e.op === 'getData' || e.op === 'exists') && e.t >= t0);
  if (note && firstGit) add('agent: watch event → first git command', firstGit.start - note.t);
  if (firstGit) {
    const before = timeline.filter((e) => e.dir === 'req' && e.t >= t0 && e.t < firstGit.start).map((e) => e.op);
    out['  ZooKeeper requests before git'] = before.join(', ') || 'none';
  }
  out['  ZooKeeper requests in the round'] = `${reads.length} read${reads.length === 1 ? '' : 's'}, ${writes.length} write${writes.length === 1 ? '' : 's'}`;
  let prevEnd = null;
  for (const c of git) {
    if (prevEnd !== null && c.start > prevEnd) add('agent: between git commands', c.start - prevEnd);
    add(gitStep(c), c.end - c.start);
    prevEnd = c.end;
  }
  if (prevEnd !== null && doneAt) add('agent: last git → done (zkdeploy: status ok written; baseline: printed)', doneAt - prevEnd);
  out['= publish → HEAD on disk'] = headAt - t0;
  if (doneAt) out['= publish → done'] = doneAt - t0;
  out['  git commands run'] = git.length;
  out['  git commands (list)'] = git.map((c) => c.name).join(', ');
  return out;
}

async function profileKind({ kind, zk, proxy, repo, nextCommit, rounds, log }) {
  const app = `/bench/profile-${kind}`;
  await initApp(zk, app);
  const root = await mkdtemp(join(tmpdir(), `zkdeploy-bench-profile-${kind}-`));
  const traceFile = join(root, 'git-trace.json');
  const home = await traceHome(join(root, 'home'), traceFile);
  const fleet = await Fleet.start({
    kind,
    n: 1,
    zk: proxy.connectString(),
    app,
    root,
    home,
    waitLive: kind === 'zkdeploy' ? async () => { while (((await zk.children(`${app}/agents`)) ?? []).length < 1) await sleep(20); } : undefined,
  });
  const agent = fleet.agents[0];
  const results = { clone: [], update: [] };
  try {
    await sleep(500);
    for (let r = 0; r < rounds + 1; r++) {
      const kindOfRound = r === 0 ? 'clone' : 'update';
      const relativePath = 'srv/app';
      const commit = await nextCommit();
      await clearTrace(traceFile);
      await proxy.trace(true);
      const watch = watchCheckouts([{ root: agent.baseDir, dir: join(agent.baseDir, relativePath) }], commit);
      await watch.armed;
      const { version, t0 } = await publish(zk, app, { url: repo.url, commitId: commit, relativePath });
      const [headAt] = await watch.done;
      const [doneAt] = kind === 'zkdeploy' ? await waitStatusOk(zk, app, [agent.host], version) : await fleet.scriptsDone(commit);
      await sleep(200);
      const timeline = await proxy.trace(false);
      const git = (await readGitCommands(traceFile)).filter((c) => c.start >= t0 - 5);
      results[kindOfRound].push(steps({ t0, headAt, doneAt, timeline, git }));
    }
  } finally {
    await fleet.stop();
    await rm(root, { recursive: true, force: true });
  }
  log(`  profiled ${kind}: ${results.update.at(-1)?.['  git commands (list)']}`);
  return results;
}

/** Median of each numeric step over the rounds (text fields from the last round). */
export function medianSteps(rounds) {
  const keys = [...new Set(rounds.flatMap((r) => Object.keys(r)))];
  return Object.fromEntries(
    keys.map((k) => {
      const vals = rounds.map((r) => r[k]);
      return [k, typeof vals.find((v) => v !== undefined) === 'number' ? median(vals.map((v) => v ?? 0)) : vals.at(-1)];
    }),
  );
}

/** Profiles both kinds at N = 1: one clone and `rounds` updates each. */
export async function stepProfile(opts) {
  const out = {};
  for (const kind of ['zkdeploy', 'baseline']) {
    const r = await profileKind({ ...opts, kind });
    out[kind] = { clone: medianSteps(r.clone), update: medianSteps(r.update) };
  }
  return out;
}
