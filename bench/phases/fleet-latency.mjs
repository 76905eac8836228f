/**
 * Publish → every checkout's HEAD at the commit, for one kind of agent at one
 * fleet size: first clones (each round publishes a new relativePath) and
 * updates (5 of 200 files changed). Also per-round completion (zkdeploy:
 * status `ok` written; baseline: script finished), ZooKeeper operations per
 * host, agent CPU per deploy, and RSS idle and peak.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Fleet } from '../lib/fleet.mjs';
import { watchCheckouts } from '../lib/checkout-watch.mjs';
import { initApp, publish } from '../lib/publish.mjs';
import { procStatsAll } from '../lib/proc-stats.mjs';
import { waitStatusOk } from '../lib/status-wait.mjs';
import { categorize, diffCounts } from '../lib/zk-proxy-client.mjs';
import { max, median, nowMs } from '../lib/stats.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitLiveAgents(zk, app, n, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (((await zk.children(`${app}/agents`)) ?? []).length >= n) return;
    await sleep(50);
  }
  throw new Error(`only ${((await zk.children(`${app}/agents`)) ?? []).length} of ${n} zkdeploy agents registered under ${app}/agents`);
}

/** One publish and everything measured about it. */
async function round(ctx, relativePath, commit) {
  const { fleet, zk, proxy, app, kind } = ctx;
  const hosts = fleet.agents.map((a) => a.host);
  const pids = fleet.agents.map((a) => a.pid);
  const before = { ops: await proxy.snapshot(), proc: await procStatsAll(pids) };
  const watch = watchCheckouts(fleet.agents.map((a) => ({ root: a.baseDir, dir: join(a.baseDir, relativePath) })), commit);
  await watch.armed;
  const { version, t0 } = await publish(zk, app, { url: ctx.repo.url, commitId: commit, relativePath });
  const heads = await watch.done;
  const completions = kind === 'zkdeploy' ? await waitStatusOk(zk, app, hosts, version) : await fleet.baselineDone(commit);
  await sleep(150); // stragglers: the baseline's last rev-parse, late ZooKeeper calls
  const after = { ops: await proxy.snapshot(), proc: await procStatsAll(pids) };
  const missing = heads.filter((t) => t === null).length;
  if (missing) throw new Error(`${kind} N=${hosts.length}: ${missing} checkouts did not reach ${commit} at ${relativePath} (logs: ${fleet.agents[0].logFile})`);
  const headMs = heads.map((t) => t - t0);
  const doneMs = completions.map((t) => (t === null ? null : t - t0));
  const cpu = after.proc.map((p, i) => (p && before.proc[i] ? p.cpuMs - before.proc[i].cpuMs : null));
  const childCpu = after.proc.map((p, i) => (p && before.proc[i] ? p.childCpuMs - before.proc[i].childCpuMs : null));
  return {
    version,
    headMedian: median(headMs),
    headMax: max(headMs),
    doneMedian: median(doneMs),
    doneMax: doneMs.includes(null) ? null : max(doneMs),
    ops: categorize(diffCounts(after.ops, before.ops)),
    cpuMs: median(cpu),
    childCpuMs: median(childCpu),
    t0,
    completions,
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

/** Runs the whole measurement for one kind at fleet size n. */
export async function fleetLatency({ kind, n, zk, proxy, repo, cloneRounds, updateRounds, extraRounds, log }) {
  const app = `/bench/${kind}-n${n}`;
  await initApp(zk, app);
  const root = await mkdtemp(join(tmpdir(), `zkdeploy-bench-${kind}-${n}-`));
  const startedAt = nowMs();
  const fleet = await Fleet.start({
    kind,
    n,
    zk: proxy.connectString(),
    app,
    root,
    waitLive: kind === 'zkdeploy' ? () => waitLiveAgents(zk, app, n) : undefined,
  });
  const startupMs = nowMs() - startedAt;
  const ctx = { fleet, zk, proxy, app, kind, repo };
  try {
    await sleep(1000);
    const idleBefore = await procStatsAll(fleet.agents.map((a) => a.pid));
    const clones = [];
    for (let k = 1; k <= cloneRounds; k++) {
      clones.push(await round(ctx, `srv/c${k}`, await nextCommit(repo)));
      log(`  ${kind} N=${n} clone ${k}: all HEAD ${clones.at(-1).headMax.toFixed(0)} ms, median ${clones.at(-1).headMedian.toFixed(0)} ms`);
    }
    const updates = [];
    for (let u = 1; u <= updateRounds; u++) {
      updates.push(await round(ctx, `srv/c${cloneRounds}`, await nextCommit(repo)));
      log(`  ${kind} N=${n} update ${u}: all HEAD ${updates.at(-1).headMax.toFixed(0)} ms, median ${updates.at(-1).headMedian.toFixed(0)} ms`);
    }
    // Idle: RSS after deploying, CPU over a quiet window.
    await sleep(1500);
    const idle0 = await procStatsAll(fleet.agents.map((a) => a.pid));
    const idleWindowMs = 3000;
    await sleep(idleWindowMs);
    const idle1 = await procStatsAll(fleet.agents.map((a) => a.pid));
    const idleCpuPct = idle1.map((p, i) => (p && idle0[i] ? ((p.cpuMs - idle0[i].cpuMs) / idleWindowMs) * 100 : null));
    const extra = extraRounds ? await extraRounds({ ...ctx, nextCommit: () => nextCommit(repo), relativePath: `srv/c${cloneRounds}`, round }) : null;
    const final = await procStatsAll(fleet.agents.map((a) => a.pid));
    return {
      kind,
      n,
      startupMs,
      clones,
      updates,
      rssBeforeDeploy: median(idleBefore.map((p) => p?.rss)),
      rssIdleMedian: median(idle1.map((p) => p?.rss)),
      rssIdleMax: max(idle1.map((p) => p?.rss)),
      rssPeakMax: max(final.map((p) => p?.hwm)),
      idleCpuPct: median(idleCpuPct),
      extra,
    };
  } finally {
    await fleet.stop();
    await rm(root, { recursive: true, force: true });
  }
}
