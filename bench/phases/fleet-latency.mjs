/**
 * Publish → every checkout's HEAD at the commit, for both kinds of agent at
 * one fleet size: first clones (each round publishes a new relativePath) and
 * updates (5 of 200 files changed). Also per-round completion (zkdeploy:
 * status `ok` written; baseline: script finished), ZooKeeper operations per
 * host, agent CPU per deploy, and RSS idle and peak.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Fleet } from '../lib/fleet.mjs';
import { parseKinds } from '../lib/kind-spec.mjs';
import { watchCheckouts } from '../lib/checkout-watch.mjs';
import { initApp, publish } from '../lib/publish.mjs';
import { procStatsAll, waitMachineQuiet } from '../lib/proc-stats.mjs';
import { waitStatusOk } from '../lib/status-wait.mjs';
import { categorize, diffCounts } from '../lib/zk-proxy-client.mjs';
import { max, median, nowMs } from '../lib/stats.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const diskUsage = (dir) => Number(execFileSync('du', ['-sk', dir], { encoding: 'utf8' }).split('\t')[0]) * 1024;

async function waitLiveAgents(zk, app, n, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const live = await zk.children(`${app}/agents`).catch(() => null);
    if ((live ?? []).length >= n) return;
    await sleep(50);
  }
  throw new Error(`only ${((await zk.children(`${app}/agents`)) ?? []).length} of ${n} zkdeploy agents registered under ${app}/agents`);
}

/** One publish and everything measured about it. */
async function round(ctx, relativePath, commit) {
  const { fleet, zk, proxy, app, kind, infraPids } = ctx;
  const hosts = fleet.agents.map((a) => a.host);
  const pids = fleet.agents.map((a) => a.pid);
  // No round inherits another's dirty pages: zkdeploy syncs its file system before each swap (durable activation), which
  // would otherwise write back what the fleet before it left in the page cache (the baseline's clones of a large repository).
  execFileSync('sync');
  const before = { ops: await proxy.snapshot(app), proc: await procStatsAll(pids), infra: await procStatsAll(infraPids), bytes: ctx.serverBytes?.() };
  const watch = watchCheckouts(fleet.agents.map((a) => ({ root: a.baseDir, dir: join(a.baseDir, relativePath) })), commit, ctx.watchTimeoutMs ? { timeoutMs: ctx.watchTimeoutMs } : undefined);
  await watch.armed;
  const { version, t0 } = await publish(zk, app, { url: ctx.repo.url, commitId: commit, relativePath });
  const heads = await watch.done;
  const completions = kind === 'zkdeploy' ? await waitStatusOk(zk, app, hosts, version) : await fleet.scriptsDone(commit);
  await sleep(150); // stragglers: the baseline's last rev-parse, late ZooKeeper calls
  const after = { ops: await proxy.snapshot(app), proc: await procStatsAll(pids), infra: await procStatsAll(infraPids), bytes: ctx.serverBytes?.() };
  const missing = heads.filter((t) => t === null).length;
  if (missing) throw new Error(`${kind} N=${hosts.length}: ${missing} checkouts did not reach ${commit} at ${relativePath} (logs: ${fleet.agents[0].logFile})`);
  const headMs = heads.map((t) => t - t0);
  const doneMs = completions.map((t) => (t === null ? null : t - t0));
  const cpu = after.proc.map((p, i) => (p && before.proc[i] ? p.cpuMs - before.proc[i].cpuMs : null));
  const childCpu = after.proc.map((p, i) => (p && before.proc[i] ? p.childCpuMs - before.proc[i].childCpuMs : null));
  // The ensemble's JVMs and the counting proxy, summed: what serving this round's ZooKeeper traffic cost the machine.
  const infraCpu = after.infra.reduce((sum, p, i) => (p && before.infra[i] ? sum + p.cpuMs - before.infra[i].cpuMs : sum), 0);
  return {
    version,
    headMedian: median(headMs),
    headMax: max(headMs),
    doneMedian: median(doneMs),
    doneMax: doneMs.includes(null) ? null : max(doneMs),
    ops: categorize(diffCounts(after.ops, before.ops)),
    cpuMs: median(cpu),
    childCpuMs: median(childCpu),
    // Per host, and summed over every agent of the round (10 ms ticks add up).
    infraCpuMsPerHost: infraCpu / hosts.length,
    fleetCpuMsPerHost: (cpu.reduce((a, x) => a + (x ?? 0), 0) + childCpu.reduce((a, x) => a + (x ?? 0), 0)) / hosts.length,
    t0,
    completions,
    // What the git server sent this round, per host (only a workload whose server counts it: the large one).
    serverBytesPerHost: after.bytes === undefined ? undefined : (after.bytes - before.bytes) / hosts.length,
  };
}

let fileCounter = 0;
/** A commit that changes 5 of the 200 files. */
function nextCommit(repo) {
  const files = {};
  for (let i = 0; i < 5; i++) {
    const f = (fileCounter * 5 + i) % 200;
    files[`src/file-${String(f).padStart(3, '0')}.txt`] = `file ${f}\nrevision ${fileCounter}\n${'x'.repeat(200)}\n`;
  }
  fileCounter++;
  return repo.commit(files, `bench change ${fileCounter}`);
}

async function startFleet({ label, kind, bin, extraArgs, appSuffix }, { n, zk, proxy }) {
  const app = `/bench/${label}${appSuffix ? `-${appSuffix}` : ''}-n${n}`;
  await initApp(zk, app);
  const root = await mkdtemp(join(tmpdir(), `zkdeploy-bench-${label}-${n}-`));
  const startedAt = nowMs();
  const fleet = await Fleet.start({
    kind,
    n,
    zk: proxy.connectString(),
    app,
    root,
    bin,
    extraArgs,
    waitLive: kind === 'zkdeploy' ? () => waitLiveAgents(zk, app, n) : undefined,
  });
  return { label, kind, n, app, root, fleet, startupMs: nowMs() - startedAt, clones: [], updates: [] };
}

/**
 * The fleets `pnpm bench` compares, each of N agents: zkdeploy, the baseline,
 * and the floor agent without and with a status write. zkdeploy's periodic
 * resync (one read of the config per agent every 4–6 minutes, the level-
 * triggered safety net) is set beyond the run: at N = 100 it averages one
 * read every 3 s across the fleet, which would fall into the rounds' windows
 * and be counted as a deploy's.
 */
export const KINDS = parseKinds('zkdeploy:--resync 3600,baseline,floor,floor+status=floor:--write-status');

/**
 * Runs a fleet of each kind at size n. The fleets are up at once but only
 * one deploys at a time: each round commits once and publishes the same
 * commit to each fleet in turn (who goes first rotates), so load from
 * elsewhere on the machine falls on all alike.
 */
export async function fleetComparison({ n, zk, proxy, repo, cloneRounds, updateRounds, extraRounds, log, infraPids = [], kinds = KINDS, commitFor = () => nextCommit(repo), serverBytes, measureDisk = false, watchTimeoutMs }) {
  const sides = [];
  try {
    for (const spec of kinds) {
      log(`  starting ${n} ${spec.label} agent${n > 1 ? 's' : ''}`);
      sides.push(await startFleet(spec, { n, zk, proxy }));
    }
    await sleep(1000);
    const settled = await waitMachineQuiet();
    log(`  fleets started; machine ${settled.quiet ? 'quiet' : 'still busy'} after ${(settled.waitedMs / 1000).toFixed(1)} s more`);
    for (const side of sides) side.idleBefore = await procStatsAll(side.fleet.agents.map((a) => a.pid));
    const plan = [
      ...Array.from({ length: cloneRounds }, (_, k) => ['clones', `srv/c${k + 1}`]),
      ...Array.from({ length: updateRounds }, () => ['updates', `srv/c${cloneRounds}`]),
    ];
    for (const [i, [list, relativePath]] of plan.entries()) {
      const commit = await commitFor();
      const order = [...sides.slice(i % sides.length), ...sides.slice(0, i % sides.length)];
      for (const side of order) {
        const r = await round({ ...side, zk, proxy, repo, infraPids, serverBytes, watchTimeoutMs }, relativePath, commit);
        side[list].push(r);
      }
      log(`  N=${n} ${list === 'clones' ? 'clone ' : 'update'} ${i + 1}: ${sides.map((s) => `${s.label} ${s[list].at(-1).headMax.toFixed(0)} ms`).join(', ')}`);
    }
    // Idle: RSS after deploying, CPU over a quiet window.
    await sleep(1500);
    const pidsOf = (side) => side.fleet.agents.map((a) => a.pid);
    const idle0 = await Promise.all(sides.map((s) => procStatsAll(pidsOf(s))));
    const idleWindowMs = 3000;
    await sleep(idleWindowMs);
    const idle1 = await Promise.all(sides.map((s) => procStatsAll(pidsOf(s))));
    const results = [];
    for (const [j, side] of sides.entries()) {
      const idleCpuPct = idle1[j].map((p, i) => (p && idle0[j][i] ? ((p.cpuMs - idle0[j][i].cpuMs) / idleWindowMs) * 100 : null));
      const extra = extraRounds?.[side.kind]
        ? await extraRounds[side.kind]({ ...side, zk, repo, nextCommit: () => nextCommit(repo), relativePath: `srv/c${cloneRounds}` })
        : null;
      const final = await procStatsAll(pidsOf(side));
      results.push({
        // One host's base dir as `du` counts it (hard links once), after every round: the targets it deployed.
        diskBytes: measureDisk ? diskUsage(side.fleet.agents[0].baseDir) : undefined,
        kind: side.kind,
        label: side.label,
        n,
        startupMs: side.startupMs,
        clones: side.clones,
        updates: side.updates,
        rssBeforeDeploy: median(side.idleBefore.map((p) => p?.rss)),
        rssIdleMedian: median(idle1[j].map((p) => p?.rss)),
        rssIdleMax: max(idle1[j].map((p) => p?.rss)),
        rssPeakMax: max(final.map((p) => p?.hwm)),
        idleCpuPct: median(idleCpuPct),
        extra,
      });
    }
    return results;
  } finally {
    for (const side of sides) {
      await side.fleet.stop();
      await rm(side.root, { recursive: true, force: true });
    }
  }
}
