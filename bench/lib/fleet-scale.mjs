/**
 * The fleet-scale measurement (issue 18), shared by bench/scripts/fleet-scale.mjs
 * and the reduced CI case (test/e2e/fleet-scale.test.ts): N live agents in a
 * few worker processes (agent-pool.mjs, the same few at every N) against a 3-node ensemble and a
 * counting git daemon, real publishes. Per fleet size: registration, a first
 * clone, a warm-up update (the workers' code compiled, the stores' first
 * releases made), then updates (each started on a quiet machine) timed from the
 * publish to each host's `ok` (status mtimes, set by the ensemble), with the
 * servers' `mntr` sampled and the git daemon's fetches counted. At the largest size (`faults`):
 * status/status --json/wait over the live fleet, the leader killed under
 * every session, all agents restarted at once, and an update with --splay.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ZkClient, parseStatus, ZnodeLayout } from '@zkdeploy/shared';
import { GitRepo, ZkCluster, fourLetterWord } from '@zkdeploy/test-support';
import { AgentPool } from './agent-pool.mjs';
import { zkdeploy } from './cli.mjs';
import { CountingGitDaemon } from './counting-git-daemon.mjs';
import { initApp, publish } from './publish.mjs';
import { machineBusyMs, procStatsAll, waitMachineQuiet } from './proc-stats.mjs';
import { median } from './stats.mjs';
import { waitStatusOk } from './status-wait.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The q-quantile (nearest rank) of numbers. */
export function quantile(values, q) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

function repoFiles() {
  const files = {};
  for (let i = 0; i < 200; i++) files[`src/file-${String(i).padStart(3, '0')}.txt`] = `file ${i}\nrevision 0\n${'x'.repeat(200)}\n`;
  return files;
}

function parseMntr(text) {
  const out = {};
  for (const line of text.split('\n')) {
    const [k, v] = line.split('\t');
    if (k && v !== undefined) out[k] = v;
  }
  return out;
}

/** Samples every live member's `mntr` until stopped; summarizes latency, outstanding requests and watches. */
function sampleMntr(cluster, intervalMs = 250) {
  const samples = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const live = cluster.members.filter((m) => m.process);
      const rows = await Promise.all(live.map((m) => fourLetterWord(m.clientPort, 'mntr', 2000).then(parseMntr, () => null)));
      samples.push(rows.filter(Boolean));
      await sleep(intervalMs);
    }
  })();
  return async () => {
    running = false;
    await loop;
    const all = samples.flat();
    const num = (k) => all.map((r) => Number(r[k])).filter((n) => Number.isFinite(n));
    const watchesPerSample = samples.map((rows) => rows.reduce((n, r) => n + Number(r.zk_watch_count ?? 0), 0));
    return {
      avgLatencyMs: Math.max(0, ...num('zk_avg_latency')),
      maxLatencyMs: Math.max(0, ...num('zk_max_latency')),
      maxOutstanding: Math.max(0, ...num('zk_outstanding_requests')),
      watches: Math.max(0, ...watchesPerSample),
      connections: Math.max(0, ...samples.map((rows) => rows.reduce((n, r) => n + Number(r.zk_num_alive_connections ?? 0), 0))),
    };
  };
}

async function resetServerStats(cluster) {
  await Promise.all(cluster.members.filter((m) => m.process).map((m) => fourLetterWord(m.clientPort, 'srst', 2000).catch(() => '')));
}

async function until(what, check, timeoutMs, intervalMs = 100) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(intervalMs);
  }
}

/** Status records of `hosts` that are `ok` for `version`, and how many exist at all. */
async function statusCounts(zk, layout, hosts, version) {
  const nodes = await Promise.all(hosts.map((h) => zk.get(layout.hostStatus(h)).catch(() => null)));
  let ok = 0;
  let present = 0;
  nodes.forEach((node, i) => {
    if (!node) return;
    present++;
    const rec = parseStatus(node.data, hosts[i]);
    if (rec?.state === 'ok' && rec.configVersion === version) ok++;
  });
  return { ok, present };
}

/** Publishes `commit` and waits for every host's ok; per-host ms from the publish to its ok record. */
async function deploy(ctx, commit, timeoutMs, during = async () => undefined) {
  const { zk, app, hosts, url } = ctx;
  const sentAt = Date.now();
  const { version } = await publish(zk, app, { url, commitId: commit, relativePath: 'srv/app' });
  const side = during(version);
  const mtimes = await waitStatusOk(zk, app, hosts, version, { timeoutMs });
  const missing = hosts.filter((_, i) => mtimes[i] === null);
  if (missing.length > 0) throw new Error(`${missing.length} of ${hosts.length} hosts not ok for version ${version} within ${timeoutMs} ms (first: ${missing.slice(0, 5).join(', ')})`);
  const ms = mtimes.map((t) => Math.max(0, t - sentAt));
  const lastOkAt = Math.max(...mtimes);
  return { version, p50: quantile(ms, 0.5), p99: quantile(ms, 0.99), last: Math.max(...ms), lastOkAt, side: await side };
}

async function timedCli(args, runs) {
  const samples = [];
  let last;
  for (let r = 0; r < runs; r++) {
    last = await zkdeploy(args);
    samples.push(last.ms);
  }
  return { median: median(samples), code: last.code, stdout: last.stdout, stderr: last.stderr };
}

/**
 * CPU ms used so far: the whole machine, the agents' workers (with the git
 * processes they ran), the ensemble's JVMs, and the git daemon (with the
 * upload-packs it ran). Differences over a deploy, per host, show which
 * side's cost grows with the fleet.
 */
async function cpuSplit(env, pool) {
  const total = async (pids) => (await procStatsAll(pids.filter(Boolean))).reduce((a, p) => a + (p ? p.cpuMs + p.childCpuMs : 0), 0);
  const [machine, agents, zookeeper, gitServer] = await Promise.all([
    machineBusyMs(),
    total(pool.workers.map((w) => w.child.pid)),
    total(env.cluster.members.map((m) => m.process?.pid)),
    total([env.git.child.pid]),
  ]);
  return { machine, agents, zookeeper, gitServer };
}

const fmtCpu = (c) => `${c.machine.toFixed(1)} ms (agents and their git ${c.agents.toFixed(1)}, ZooKeeper ${c.zookeeper.toFixed(1)}, git server ${c.gitServer.toFixed(1)})`;

/**
 * Measures one fleet size on a running environment; `faults` adds the
 * largest size's CLI, leader-kill, restart-storm and splay measurements.
 */
async function measureSize(env, n, { faults, workers, warmupRounds, updateRounds, quietWaitMs, sessionTimeoutMs, splayMs, timeoutMs, cliRuns, log }) {
  const app = `/fleet/n${n}`;
  const layout = new ZnodeLayout(app);
  await initApp(env.zk, app);
  const hosts = Array.from({ length: n }, (_, i) => `h${n}-${String(i).padStart(4, '0')}`);
  const baseRoot = await mkdtemp(join(tmpdir(), `zkdeploy-fleet-${n}-`));
  const argsOf = (host, extra = []) => ['--zk', env.cluster.connectString(), '--app', app, '--host', host, '--base-dir', join(baseRoot, host), '--log-level', 'silent', '--session-timeout', String(sessionTimeoutMs), ...extra];
  const pool = await AgentPool.create(hosts.map((host) => ({ host, args: argsOf(host) })), workers);
  const ctx = { zk: env.zk, app, hosts, url: env.url };
  const row = { agents: n, workers };
  try {
    const bare = await pool.stats();
    const t = Date.now();
    await pool.startAll();
    await until('every agent registered', async () => (await env.zk.children(layout.agents)).length === n, timeoutMs);
    row.startMs = Date.now() - t;
    log(`  n=${n}: ${n} agents registered in ${row.startMs} ms`);
    const clone = await deploy(ctx, env.commits[0], timeoutMs);
    row.cloneLastMs = clone.last;
    log(`  n=${n}: first clone, last ok after ${clone.last} ms`);
    const idle = await pool.stats();
    // What the agents add to their workers, after a deploy: the workers' own Node runtime is not the agents'.
    row.rssPerAgentMb = (idle.rss - bare.rss) / n / 2 ** 20;
    row.heapPerAgentMb = (idle.heapUsed - bare.heapUsed) / n / 2 ** 20;
    row.rssTotalMb = idle.rss / 2 ** 20;

    const stopMntr = sampleMntr(env.cluster);
    const updates = [];
    let waitRun = null;
    for (let k = 1; k <= warmupRounds + updateRounds; k++) {
      const warmup = k <= warmupRounds;
      // Each update starts on a quiet machine: the deploy before it and its writeback are not charged to it.
      const settled = await waitMachineQuiet({ maxMs: quietWaitMs });
      await resetServerStats(env.cluster);
      env.git.reset();
      const cpuBefore = await cpuSplit(env, pool);
      const lastRound = k === warmupRounds + updateRounds;
      const update = await deploy(ctx, env.commits[k], timeoutMs, async () => {
        if (!faults || !lastRound) return null;
        waitRun = await zkdeploy(['--zk', env.cluster.connectString(), '--app', app, 'wait', '--timeout', String(Math.ceil(timeoutMs / 1000))]);
        return { exitedAt: Date.now(), code: waitRun.code };
      });
      const cpuAfter = await cpuSplit(env, pool);
      const git = env.git.reset();
      const cpuPerHostMs = Object.fromEntries(Object.keys(cpuAfter).map((key) => [key, (cpuAfter[key] - cpuBefore[key]) / n]));
      if (!warmup) updates.push({ ...update, git, cpuPerHostMs });
      log(`  n=${n}: ${warmup ? 'warm-up update' : 'update'} ${k} (machine ${settled.quiet ? 'quiet' : 'still busy'} after ${(settled.waitedMs / 1000).toFixed(1)} s): p50 ${update.p50} p99 ${update.p99} last ${update.last} ms; git ${git.fetches} fetches, peak ${git.peak}; machine CPU per host ${fmtCpu(cpuPerHostMs)}`);
    }
    row.mntr = await stopMntr();
    // One update is one sample of a noisy machine: the row has each size's median over its updates.
    const update = updates.at(-1);
    row.update = { p50: median(updates.map((u) => u.p50)), p99: median(updates.map((u) => u.p99)), last: median(updates.map((u) => u.last)), lasts: updates.map((u) => u.last) };
    row.cpuPerHostMs = Object.fromEntries(Object.keys(update.cpuPerHostMs).map((key) => [key, median(updates.map((u) => u.cpuPerHostMs[key]))]));
    row.gitNoSplay = { fetchesPerDeploy: Math.min(...updates.map((u) => u.git.fetches)), peakConcurrent: Math.max(...updates.map((u) => u.git.peak)) };
    const counts = await statusCounts(env.zk, layout, hosts, update.version);
    row.okAfterUpdate = counts.ok;
    const after = await pool.stats();
    row.sessionsLost = after.sessionsLost;
    row.loopDelayMaxMs = after.loopDelayMaxMs;
    row.startupRestarts = after.restarts;
    if (faults) {
      row.wait = { code: update.side.code, afterLastOkMs: update.side.exitedAt - update.lastOkAt, stdout: waitRun?.stdout.trim().split('\n').at(-1) ?? '' };
      const base = ['--zk', env.cluster.connectString(), '--app', app];
      const table = await timedCli([...base, 'status'], cliRuns);
      const json = await timedCli([...base, 'status', '--json'], cliRuns);
      row.status = { tableMs: table.median, tableCode: table.code, jsonMs: json.median, jsonHosts: JSON.parse(json.stdout).hosts?.length };
      log(`  n=${n}: status ${table.median} ms, --json ${json.median} ms, wait ${row.wait.afterLastOkMs} ms after the last ok`);
      row.leaderKill = await leaderKill(env, pool, layout, hosts, update.version, sessionTimeoutMs, 60_000);
      log(`  n=${n}: leader killed: all healthy again after ${row.leaderKill.allHealthyMs} ms (${row.leaderKill.healthyAtEnd} healthy, ${row.leaderKill.registeredAtEnd} registered at the end), ${row.leaderKill.sessionsLost} sessions lost, ${row.leaderKill.statusLost} status records lost`);
      row.storm = await restartStorm(env, pool, layout, n, (spec) => argsOf(spec.host, ['--splay', String(splayMs)]), timeoutMs);
      log(`  n=${n}: restart storm: all registered again after ${row.storm.allRegisteredMs} ms`);
      env.git.reset();
      const splayed = await deploy(ctx, env.commits[warmupRounds + updateRounds + 1], timeoutMs);
      const g = env.git.reset();
      row.splay = { splayMs, last: splayed.last, p50: splayed.p50, fetchesPerDeploy: g.fetches, peakConcurrent: g.peak };
      log(`  n=${n}: update with --splay ${splayMs}: last ok ${splayed.last} ms; git ${g.fetches} fetches, peak ${g.peak}`);
    }
    return row;
  } finally {
    await pool.close();
    await rm(baseRoot, { recursive: true, force: true });
  }
}

/**
 * Kills the leader; times until every agent is connected and registered
 * again (giving up after the session timeout + `graceMs`, with what was
 * reached recorded), and counts what was lost.
 */
async function leaderKill(env, pool, layout, hosts, version, sessionTimeoutMs, graceMs) {
  const before = await pool.stats();
  const t = Date.now();
  const leader = await env.cluster.killLeader();
  const deadline = sessionTimeoutMs + graceMs;
  await until('an agent to notice the lost leader', async () => (await pool.stats()).healthy < hosts.length, 10_000, 20).catch(() => undefined);
  const allHealthyMs = await until('every agent healthy again', async () => (await pool.stats()).healthy === hosts.length, deadline, 50).then(() => Date.now() - t, () => null);
  const registeredMs = await until('the agents node to list every host', async () => (await env.zk.children(layout.agents).catch(() => [])).length === hosts.length, Math.max(1000, deadline - (Date.now() - t))).then(() => Date.now() - t, () => null);
  const after = await pool.stats();
  const registered = (await env.zk.children(layout.agents).catch(() => [])).length;
  const counts = await statusCounts(env.zk, layout, hosts, version);
  await env.cluster.startMember(leader);
  await env.cluster.waitServing();
  return {
    allHealthyMs,
    registeredMs,
    withinTimeoutPlus5s: allHealthyMs !== null && registeredMs !== null && Math.max(allHealthyMs, registeredMs) <= sessionTimeoutMs + 5000,
    healthyAtEnd: after.healthy,
    registeredAtEnd: registered,
    sessionsLost: after.sessionsLost - before.sessionsLost,
    statusLost: hosts.length - counts.present,
    statusOk: counts.ok,
  };
}

/** Stops every agent, then starts them all at once: the registration storm after a fleet-wide restart. */
async function restartStorm(env, pool, layout, n, argsOf, timeoutMs) {
  await pool.stopAll();
  await until('every registration gone', async () => (await env.zk.children(layout.agents)).length === 0, timeoutMs);
  await resetServerStats(env.cluster);
  const stopMntr = sampleMntr(env.cluster);
  const t = Date.now();
  await pool.startAll(argsOf);
  const startedMs = Date.now() - t;
  const allRegisteredMs = await until('every agent registered again', async () => (await env.zk.children(layout.agents)).length === n, Math.min(timeoutMs, 120_000)).then(() => Date.now() - t, () => null);
  const registeredAtEnd = (await env.zk.children(layout.agents)).length;
  return { allRegisteredMs, registeredAtEnd, startedMs, mntr: await stopMntr() };
}

/** Starts the ensemble, the git daemon and the repository (`commitCount` commits, each changing 5 files). */
export async function startFleetEnv({ jvm = 'server', commitCount = 3 } = {}) {
  const cluster = await ZkCluster.start({ nodes: 3, jvm, tickTimeMs: 200 });
  const repo = await GitRepo.create({ files: repoFiles() });
  const git = await CountingGitDaemon.start(repo.bare);
  const commits = [];
  for (let r = 1; r <= commitCount; r++) {
    const change = {};
    for (let i = 0; i < 5; i++) change[`src/file-${String(i * 40 + r).padStart(3, '0')}.txt`] = `file ${i}\nrevision ${r}\n`;
    commits.push(await repo.commit(change, `revision ${r}`));
  }
  const zk = await ZkClient.connect({ connectString: cluster.connectString(), sessionTimeoutMs: 30_000 });
  return {
    cluster, repo, git, zk, commits, url: git.urlOf(repo.bare),
    async stop() {
      await zk.close();
      await git.stop();
      await cluster.stop();
      await repo.remove();
    },
  };
}

/**
 * Runs every size (the largest with the fault measurements); returns one row
 * per size. The fleet runs in the same number of worker processes at every
 * size, so what the harness's own processes cost (their runtimes, and the
 * machine switching between them) does not grow with the fleet.
 */
export async function fleetScale({ sizes, workers = 4, warmupRounds = 1, updateRounds = 3, quietWaitMs = 60_000, sessionTimeoutMs = 10_000, splayMs = 2000, timeoutMs = 600_000, cliRuns = 3, jvm = 'server', log = () => undefined }) {
  // A first clone, the warm-up and measured updates, and the update with --splay: each a commit of its own.
  const env = await startFleetEnv({ jvm, commitCount: warmupRounds + updateRounds + 2 });
  const rows = [];
  try {
    const largest = Math.max(...sizes);
    for (const n of sizes) {
      rows.push(await measureSize(env, n, { faults: n === largest, workers: Math.min(workers, n), warmupRounds, updateRounds, quietWaitMs, sessionTimeoutMs, splayMs, timeoutMs, cliRuns, log }));
    }
  } finally {
    await env.stop();
  }
  return rows;
}
