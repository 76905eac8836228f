#!/usr/bin/env node
/**
 * CPU per update of one agent of each kind (zkdeploy, the floor agent, the
 * baseline), precisely: `pnpm bench -- agent-cpu
 * [--rounds 40] [--kinds zkdeploy,floor,baseline] [--prof] [--trace] [--log]`.
 * A kind may carry a label and zkdeploy agent flags, to compare settings in
 * the same rounds: `--kinds 'keep3=zkdeploy,keep2=zkdeploy:--keep-releases 2,baseline'`,
 * or another build or node flags (`label=zkdeploy@/path/to/agent-bin`).
 * One single-node ZooKeeper, a 200-file repository (`--large`: the large
 * workload's, 2,000 files over 3,000 commits, served over git://), one agent of each kind,
 * never two deploying at the same time: each round commits 5 changed files
 * and publishes it to each kind in turn (who goes first rotates, so the
 * machine's moods fall on all alike), waits until that agent has finished,
 * and reads the agent's CPU (its own, and its reaped git children's) from
 * /proc before and after. Prints a table of mean CPU per update; `--trace`
 * adds the git processes each kind ran and their wall times. `--prof` also writes a V8 CPU profile of the
 * zkdeploy agent (node --cpu-prof) to bench/.agent-cpu-prof/.
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ZkClient } from '@zkdeploy/shared';
import { GitRepo } from '@zkdeploy/test-support';
import { ZkCluster } from '@zkdeploy/test-support';
import { parseBenchArgs } from '../lib/args.mjs';
import { Fleet, agentBin, traceHome } from '../lib/fleet.mjs';
import { clearTrace, commandWords, parseTime } from '../lib/git-trace.mjs';
import { procStats } from '../lib/proc-stats.mjs';
import { parseKindsOrExit } from '../lib/kind-spec.mjs';
import { startLargeRepo } from '../lib/large-repo.mjs';
import { initApp, publish } from '../lib/publish.mjs';
import { median } from '../lib/stats.mjs';
import { waitStatusOk } from '../lib/status-wait.mjs';

const flags = parseBenchArgs({
  name: 'agent-cpu',
  usage: 'pnpm bench -- agent-cpu [flags]',
  summary: 'CPU per update of one agent of each kind, one deploying at a time, from /proc.',
  flags: {
    kinds: { type: 'string', default: 'zkdeploy,floor,baseline', help: 'the agents: label=kind@bin:flags, comma-separated (bench/lib/kind-spec.mjs)' },
    'agent-bin': { type: 'string', help: "another build's agent bin for the zkdeploy kinds" },
    rounds: { type: 'int', min: 1, max: 1000, default: 40, help: 'update rounds' },
    large: { type: 'boolean', help: "the large workload's repository (2,000 files, 3,000 commits; bench/lib/large-repo.mjs) instead of 200 small files" },
    prof: { type: 'boolean', help: 'write a V8 CPU profile of the zkdeploy agent to bench/.agent-cpu-prof/' },
    trace: { type: 'boolean', help: 'also list the git processes each kind ran' },
    log: { type: 'boolean', help: "print the zkdeploy agent's log" },
  },
});
const ROUNDS = flags.rounds;
if (flags['agent-bin']) agentBin.path = flags['agent-bin'];
const AGENT = agentBin.path;
const TICK_MS = 1000 / 100;
const kinds = parseKindsOrExit('agent-cpu', flags.kinds);

/** CPU ms of each thread of `pid`, by thread name (main thread, libuv pool, V8 workers…). */
async function threadCpu(pid) {
  const out = {};
  for (const tid of await readdir(`/proc/${pid}/task`).catch(() => [])) {
    const text = await readFile(`/proc/${pid}/task/${tid}/stat`, 'utf8').catch(() => null);
    if (!text) continue;
    const name = text.slice(text.indexOf('(') + 1, text.lastIndexOf(')'));
    const f = text.slice(text.lastIndexOf(') ') + 2).split(' ');
    const key = tid === String(pid) ? 'main' : name;
    out[key] = (out[key] ?? 0) + (Number(f[11]) + Number(f[12])) * TICK_MS;
  }
  return out;
}


/**
 * Every git process in a trace2 event file (children too), by command word:
 * how many per update, and their mean wall time per update (nested
 * processes overlap their parents).
 */
async function processStats(file) {
  const started = new Map();
  const counts = {};
  const times = {};
  for (const line of (await readFile(file, 'utf8')).split('\n')) {
    if (!line) continue;
    const e = JSON.parse(line);
    if (e.event === 'start') {
      const word = commandWords(e.argv)[0];
      // upload-pack for a file:// URL runs as `git-upload-pack '<path>'`, whose first word is the path.
      const name = word?.startsWith('/') ? 'upload-pack' : word ?? '?';
      counts[name] = (counts[name] ?? 0) + 1 / ROUNDS;
      started.set(e.sid, { name, t: parseTime(e.time) });
    } else if (e.event === 'exit' && started.has(e.sid)) {
      const { name, t } = started.get(e.sid);
      started.delete(e.sid);
      times[name] = (times[name] ?? 0) + (parseTime(e.time) - t) / ROUNDS;
    }
  }
  const show = (o, digits) =>
    Object.entries(o)
      .map(([k, v]) => `${k} ${v.toFixed(digits)}`)
      .join(', ');
  return { processes: show(counts, 2), times: show(times, 1) };
}

/** The repository every round commits to: `{ url, commit(round) → id, stop() }`. */
async function startRepo() {
  if (flags.large) {
    const large = await startLargeRepo();
    return { url: large.url, commit: () => large.commit(), stop: () => large.stop() };
  }
  const files = {};
  for (let i = 0; i < 200; i++) files[`src/file-${i}.txt`] = `line ${i}\n`.repeat(20);
  const small = await GitRepo.create({ files });
  return {
    url: small.url,
    commit(round) {
      const change = {};
      for (let i = 0; i < 5; i++) change[`src/file-${(round * 5 + i) % 200}.txt`] = `round ${round} ${i}\n`;
      return small.commit(change, `round ${round}`);
    },
    stop: () => small.remove(),
  };
}

const root = await mkdtemp(join(tmpdir(), 'zkdeploy-agent-cpu-'));
const cluster = await ZkCluster.start({ nodes: 1 });
const repo = await startRepo();
const zk = await ZkClient.connect({ connectString: cluster.connectString(), sessionTimeoutMs: 10_000 });
const results = {};
const sides = [];
try {
  for (const { label, kind, bin, extraArgs } of kinds) {
    let agentPath = bin ?? AGENT;
    const app = `/cpu-${label}`;
    await initApp(zk, app);
    const profDir = fileURLToPath(new URL('../.agent-cpu-prof/', import.meta.url));
    const traceFile = join(root, `${label}.trace`);
    const home = flags.trace ? await traceHome(join(root, `${label}-home`), traceFile) : undefined;
    if (flags.prof && kind === 'zkdeploy') {
      // --cpu-prof is refused in NODE_OPTIONS: a wrapper runs the agent's script with it (and its shebang's flags).
      const wrapper = join(root, 'agent-prof.sh');
      const shebangFlags = (await readFile(agentPath, 'utf8')).split('\n')[0].split(/\s+/).filter((f) => f.startsWith('--'));
      await writeFile(wrapper, `#!/bin/sh\nexec '${process.execPath}' --cpu-prof --cpu-prof-interval=100 --cpu-prof-dir='${profDir}' ${shebangFlags.join(' ')} '${agentPath}' "$@"\n`, { mode: 0o755 });
      agentPath = wrapper;
    }
    const fleet = await Fleet.start({ kind, n: 1, zk: cluster.connectString(), app, root: join(root, label), home, extraArgs, bin: agentPath });
    sides.push({ label, kind, app, fleet, agent: fleet.agents[0], traceFile, latencies: [], publishTimes: [], own: 0, git: 0, threads: {} });
  }
  let round = 0;
  /** One commit, published to every kind in turn (who goes first rotates); CPU read around each agent's own deploy. */
  const deployAll = async (measure) => {
    round++;
    const commitId = await repo.commit(round);
    const order = [...sides.slice(round % sides.length), ...sides.slice(0, round % sides.length)];
    for (const side of order) {
      const before = measure ? await procStats(side.agent.pid) : null;
      const threadsBefore = measure ? await threadCpu(side.agent.pid) : null;
      const { version, t0 } = await publish(zk, side.app, { url: repo.url, commitId, relativePath: 'srv/app' });
      side.publishTimes.push(t0);
      // Done: zkdeploy's `ok` record written (its ZooKeeper mtime), the others' `deployed` line printed.
      const [doneAt] = side.kind === 'zkdeploy' ? await waitStatusOk(zk, side.app, [side.agent.host], version) : await side.fleet.scriptsDone(commitId);
      await new Promise((r) => setTimeout(r, 50));
      if (!measure) continue;
      side.latencies.push(doneAt - t0);
      const after = await procStats(side.agent.pid);
      side.own += after.cpuMs - before.cpuMs;
      side.git += after.childCpuMs - before.childCpuMs;
      for (const [k, v] of Object.entries(await threadCpu(side.agent.pid))) side.threads[k] = (side.threads[k] ?? 0) + v - (threadsBefore[k] ?? 0);
    }
  };
  for (let i = 0; i < 3; i++) await deployAll(false); // first clone and warm-up
  if (flags.trace) for (const side of sides) await clearTrace(side.traceFile);
  for (let i = 0; i < ROUNDS; i++) await deployAll(true);
  for (const side of sides) {
    const threads = Object.entries(side.threads)
      .map(([k, v]) => [k, v / ROUNDS])
      .filter(([, v]) => v > 0)
      .map(([k, v]) => `${k} ${v.toFixed(1)}`)
      .join(', ');
    results[side.label] = { own: side.own / ROUNDS, git: side.git / ROUNDS, threads, latency: median(side.latencies) };
    if (flags.trace) Object.assign(results[side.label], await processStats(side.traceFile));
    if (flags.log && side.kind === 'zkdeploy') {
      // The agent's log of the last rounds, times relative to each publish.
      const lines = (await readFile(side.agent.logFile, 'utf8')).trim().split('\n').slice(-24);
      for (const line of lines) {
        const e = JSON.parse(line);
        e.time = typeof e.time === 'string' ? Date.parse(e.time) : e.time;
        const t0 = side.publishTimes.filter((t) => t <= e.time).at(-1) ?? e.time;
        console.log(`+${String(Math.round(e.time - t0)).padStart(4)} ms ${e.msg}`);
      }
    }
  }
} finally {
  for (const side of sides) await side.fleet.stop();
  await zk.close();
  await cluster.stop();
  await repo.stop();
  await rm(root, { recursive: true, force: true });
}
console.log(`| agent | publish → done, median | agent CPU / update | by thread (ms) | git CPU / update | total CPU | CPU ratio | git processes / update |\n|---|---|---|---|---|---|---|---|`);
const baseline = results.baseline ?? Object.values(results).at(-1);
const base = baseline.own + baseline.git;
for (const [kind, r] of Object.entries(results)) {
  console.log(`| ${kind} | ${r.latency.toFixed(1)} ms (${(r.latency / baseline.latency).toFixed(2)}×) | ${r.own.toFixed(1)} ms | ${r.threads} | ${r.git.toFixed(1)} ms | ${(r.own + r.git).toFixed(1)} ms | ${((r.own + r.git) / base).toFixed(2)}× | ${r.processes ?? ''} |`);
}
if (flags.trace) {
  console.log('\nWall ms per update of each git process (children included, so nested times overlap):');
  for (const [kind, r] of Object.entries(results)) console.log(`- ${kind}: ${r.times}`);
}
if (flags.prof) console.log('\nCPU profile of the zkdeploy agent in bench/.agent-cpu-prof/ (open in Chrome DevTools or speedscope)');
