#!/usr/bin/env node
/**
 * Idle memory and CPU per deploy of agent variants, side by side in one run
 * (`pnpm bench -- agent-memory`). Every variant gets its own
 * fleet of real agent processes on one real ZooKeeper; each round commits
 * once and publishes that commit to every fleet in turn (order rotating), so
 * load from elsewhere on the machine falls on all alike. After the last round
 * each fleet's resident set (VmRSS) is sampled 1.5 s and 4.5 s after its
 * last status `ok` — the same idle window as `pnpm bench`.
 *
 * Flags: --agents N (per variant, default 10), --updates K (update rounds
 * after the first clone, default 4), --variant "label=command args…"
 * (repeatable; the agent's own flags are appended; default: this checkout's
 * bin, as installed), --files N (files in the deployed tree, default 200),
 * --ref <bin> (adds a variant "ref" run from another
 * build, e.g. main's, to report ratios against).
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ZkClient } from '@zkdeploy/shared';
import { GitRepo } from '@zkdeploy/test-support';
import { AGENT_BIN } from '@zkdeploy/test-support';
import { ZkCluster } from '@zkdeploy/test-support';
import { fail, parseBenchArgs } from '../lib/args.mjs';
import { procStatsAll } from '../lib/proc-stats.mjs';
import { initApp, publish } from '../lib/publish.mjs';
import { fmtMb, fmtMs, max, median, nowMs } from '../lib/stats.mjs';
import { waitStatusOk } from '../lib/status-wait.mjs';

const flags = parseBenchArgs({
  name: 'agent-memory',
  usage: 'pnpm bench -- agent-memory [flags]',
  summary: 'Idle memory and CPU per deploy of agent variants, a fleet each, in the same rounds.',
  flags: {
    agents: { type: 'int', min: 1, max: 200, default: 10, help: 'agents per variant' },
    updates: { type: 'int', min: 0, max: 100, default: 4, help: 'update rounds after the first clone' },
    variant: { type: 'string', multiple: true, help: '"label=command args…" (the agent\'s own flags are appended; default: this build\'s bin)' },
    ref: { type: 'string', help: 'another build\'s agent bin, a variant "ref" to report ratios against' },
    files: { type: 'int', min: 5, max: 100_000, default: 200, help: 'files in the deployed tree' },
  },
});
const nAgents = flags.agents;
const nUpdates = flags.updates;
const nFiles = flags.files;
const variants = flags.variant.map((spec) => {
  const eq = spec.indexOf('=');
  const argv = spec.slice(eq + 1).trim().split(/\s+/);
  if (eq < 1 || !argv[0]) fail('agent-memory', `--variant must be "label=command args…", got "${spec}"`);
  return { label: spec.slice(0, eq), argv };
});
if (variants.length === 0) variants.push({ label: 'this build', argv: [AGENT_BIN] });
if (flags.ref) variants.unshift({ label: 'ref', argv: [resolve(flags.ref)] });

const log = (line) => process.stderr.write(`${line}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const children = new Set();
process.once('exit', () => {
  for (const c of children) c.kill('SIGKILL');
});

function cleanEnv() {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('ZKDEPLOY_') && !k.startsWith('GIT_') && k !== 'NODE_OPTIONS'));
}

async function startFleet(variant, index, zk, connectString, root) {
  const app = `/mem/v${index}`;
  await initApp(zk, app);
  const agents = [];
  for (let i = 0; i < nAgents; i++) {
    const host = `v${index}h${i}`;
    const baseDir = join(root, host);
    await mkdir(baseDir, { recursive: true });
    const logFd = openSync(join(root, `${host}.log`), 'w');
    const [cmd, ...pre] = variant.argv;
    const child = spawn(cmd, [...pre, '--zk', connectString, '--app', app, '--host', host, '--base-dir', baseDir, '--log-level', 'info'], {
      env: cleanEnv(),
      stdio: ['ignore', logFd, logFd],
    });
    closeSync(logFd);
    children.add(child);
    child.once('exit', () => children.delete(child));
    agents.push({ host, pid: child.pid, child });
  }
  const deadline = Date.now() + 60_000;
  while (((await zk.children(`${app}/agents`).catch(() => null)) ?? []).length < nAgents) {
    if (Date.now() > deadline) throw new Error(`${variant.label}: not all ${nAgents} agents registered (logs in ${root})`);
    await sleep(50);
  }
  return { ...variant, app, agents, cpu: [], cloneCpu: [], doneMax: [], lastDone: 0 };
}

/** Publishes `commit` at `relativePath` to one fleet; records CPU per agent and time to the last `ok`. */
async function deploy(fleet, zk, repoUrl, commit, relativePath, kind) {
  const pids = fleet.agents.map((a) => a.pid);
  const before = await procStatsAll(pids);
  const { version, t0 } = await publish(zk, fleet.app, { url: repoUrl, commitId: commit, relativePath });
  const done = await waitStatusOk(zk, fleet.app, fleet.agents.map((a) => a.host), version);
  if (done.includes(null)) throw new Error(`${fleet.label}: not every agent reached ok for version ${version}`);
  fleet.lastDone = nowMs();
  await sleep(100); // the status write is the last step; let the CPU counters settle
  const after = await procStatsAll(pids);
  const cpu = after.map((p, i) => p.cpuMs - before[i].cpuMs);
  if (kind === 'clone') fleet.cloneCpu.push(...cpu);
  else {
    // Per agent, summed over the update rounds: /proc counts CPU in 10 ms ticks, too coarse for one update.
    cpu.forEach((ms, i) => (fleet.cpu[i] = (fleet.cpu[i] ?? 0) + ms));
    fleet.doneMax.push(max(done) - t0);
  }
}

async function sampleIdle(fleet) {
  const pids = fleet.agents.map((a) => a.pid);
  const at = async (ms) => {
    await sleep(Math.max(0, fleet.lastDone + ms - nowMs()));
    return (await procStatsAll(pids)).map((p) => p.rss);
  };
  const [early, late] = await Promise.all([at(1500), at(4500)]);
  fleet.idleEarly = early;
  fleet.idleLate = late;
  fleet.hwm = (await procStatsAll(pids)).map((p) => p.hwm);
}

/** Path of file `f`: 20 files per directory, so a large tree has many directories to watch. */
const filePath = (f) => `src/d${Math.floor(f / 20)}/file-${f}.txt`;

/** The 5 files a round changes (round 0: the whole tree, as the first commit). */
function commitFiles(round) {
  const files = {};
  const changed = round === 0 ? Array.from({ length: nFiles }, (_, f) => f) : Array.from({ length: 5 }, (_, i) => (round * 5 + i) % nFiles);
  for (const f of changed) files[filePath(f)] = `file ${f}\nrevision ${round}\n${'x'.repeat(200)}\n`;
  return files;
}

function report(fleets) {
  const ref = fleets.find((f) => f.label === 'ref');
  const ratio = (a, b) => (ref && b ? ` (${(a / b).toFixed(2)}×)` : '');
  const rows = fleets.map((f) => {
    const both = [...f.idleEarly, ...f.idleLate];
    // Mean over every update of every agent: /proc counts in 10 ms ticks, so a per-agent median moves in steps.
    const perUpdate = (fl) => (nUpdates ? fl.cpu.reduce((a, b) => a + b, 0) / (fl.cpu.length * nUpdates) : null);
    const cpu = perUpdate(f);
    const refCpu = ref ? perUpdate(ref) : null;
    return [
      f.label,
      fmtMb(median(f.startRss)),
      fmtMb(median(f.idleLate)) + ratio(median(f.idleLate), ref && median(ref.idleLate)),
      fmtMb(max(both)) + ratio(max(both), ref && max([...ref.idleEarly, ...ref.idleLate])),
      fmtMb(max(f.hwm)),
      fmtMs(median(f.cloneCpu)),
      fmtMs(cpu) + ratio(cpu, refCpu),
      fmtMs(median(f.doneMax)),
    ];
  });
  const head = ['variant', 'RSS before deploys (median)', 'RSS idle 4.5 s (median)', 'RSS idle 1.5–4.5 s (max)', 'peak RSS (max)', 'CPU per clone', 'CPU per update (mean)', 'update → last ok (median)'];
  const lines = [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`);
  return `${lines.join('\n')}\n\n${nAgents} agents per variant, 1 clone + ${nUpdates} updates (5 of ${nFiles} files changed, 20 files per directory); CPU is the agent process's own (user + system), not its git children's.\n${fleets.map((f) => `- ${f.label}: \`${f.argv.join(' ')}\``).join('\n')}\n`;
}

const cluster = await ZkCluster.start({ nodes: 1 });
const root = await mkdtemp(join(tmpdir(), 'zkdeploy-agent-memory-'));
let zk;
let repo;
const fleets = [];
try {
  zk = await ZkClient.connect({ connectString: cluster.connectString() });
  repo = await GitRepo.create({ files: commitFiles(0) });
  for (const [i, v] of variants.entries()) {
    log(`agent-memory: starting ${nAgents} agents: ${v.label}`);
    fleets.push(await startFleet(v, i, zk, cluster.connectString(), root));
  }
  await sleep(1500);
  for (const f of fleets) f.startRss = (await procStatsAll(f.agents.map((a) => a.pid))).map((p) => p.rss);
  for (let r = 0; r <= nUpdates; r++) {
    const commit = r === 0 ? await repo.head() : await repo.commit(commitFiles(r), `round ${r}`);
    const order = fleets.map((_, i) => fleets[(i + r) % fleets.length]);
    for (const f of order) await deploy(f, zk, repo.url, commit, 'srv/app', r === 0 ? 'clone' : 'update');
    log(`agent-memory: round ${r + 1}/${nUpdates + 1} done`);
  }
  await Promise.all(fleets.map(sampleIdle));
  process.stdout.write(report(fleets));
} finally {
  for (const c of children) c.kill('SIGTERM');
  await sleep(500);
  for (const c of children) c.kill('SIGKILL');
  await zk?.close();
  await cluster.stop();
  await repo?.remove();
  await rm(root, { recursive: true, force: true });
}
