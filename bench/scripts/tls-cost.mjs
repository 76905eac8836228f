#!/usr/bin/env node
/**
 * What TLS to ZooKeeper costs (issue 19): publish → every host `ok`, over
 * TLS against plain, at each fleet size; and an agent process's idle
 * resident set with TLS against plain.
 * `pnpm bench -- tls-cost [--sizes 10,100] [--rounds 5] [--nodes 3] [--rss-agents 5] [--jvm test]`.
 *
 * Two ensembles of the same shape (test/support/zk-server.ts): one plain, one
 * TLS-only (secureClientPort, ssl.clientAuth=need, a CA made for the run).
 * Per size, a plain fleet and a TLS fleet of live agents (startAgent, many
 * per worker process: bench/lib/agent-pool.mjs) deploy the same commits; each
 * round publishes to both fleets in turn, who goes first rotating, so load
 * from elsewhere falls on both alike. A round's figure is the write of the
 * config to the last host's `ok` record (its ZooKeeper mtime). The memory
 * figure is VmRSS of real agent processes, 3 s after their last `ok`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ZkClient } from '@zkdeploy/shared';
import { AgentProcess, GitRepo, ZkCluster } from '@zkdeploy/test-support';
import { AgentPool } from '../lib/agent-pool.mjs';
import { parseBenchArgs } from '../lib/args.mjs';
import { procStatsAll } from '../lib/proc-stats.mjs';
import { initApp, publish } from '../lib/publish.mjs';
import { fmtMb, fmtMs, fmtRatio, median, ratio } from '../lib/stats.mjs';
import { waitStatusOk } from '../lib/status-wait.mjs';

const flags = parseBenchArgs({
  name: 'tls-cost',
  usage: 'pnpm bench -- tls-cost [flags]',
  summary: 'publish → all ok and idle agent memory, over TLS against plain, in the same rounds.',
  flags: {
    sizes: { type: 'string', default: '10,100', help: 'fleet sizes, comma-separated' },
    rounds: { type: 'int', min: 1, max: 100, default: 5, help: 'update rounds per size' },
    nodes: { type: 'int', min: 1, max: 3, default: 3, help: 'ensemble members (1 or 3)' },
    'rss-agents': { type: 'int', min: 1, max: 50, default: 5, help: 'agent processes per mode for the memory figure' },
    jvm: { type: 'string', choices: ['server', 'test'], default: 'test', help: "the ensembles' JVM settings (ZkClusterOptions.jvm)" },
  },
});
const sizes = flags.sizes.split(',').map((s) => Number(s.trim())).filter((n) => Number.isInteger(n) && n > 0);
const log = (line) => process.stderr.write(`${line}\n`);
const nodes = flags.nodes === 1 ? 1 : 3;

const plain = await ZkCluster.start({ nodes, jvm: flags.jvm });
const secure = await ZkCluster.start({ nodes, jvm: flags.jvm, tls: true });
const agentCert = await secure.tls.authority.clientCertificate('bench-agent');
const repo = await GitRepo.create({ files: Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`f${i}.txt`, `file ${i}\n`])) });
const baseRoot = await mkdtemp(join(tmpdir(), 'zkdeploy-tls-cost-'));
const modes = [
  { label: 'plain', cluster: plain, agentArgs: [], zk: await ZkClient.connect({ connectString: plain.connectString() }) },
  {
    label: 'tls',
    cluster: secure,
    agentArgs: ['--zk-tls', '--zk-tls-ca', secure.tls.ca, '--zk-tls-cert', agentCert.cert, '--zk-tls-key', agentCert.key],
    zk: await ZkClient.connect({ connectString: secure.connectString(), tls: secure.clientTls }),
  },
];
const argsOf = (mode, app, host) => ['--zk', mode.cluster.connectString(), '--app', app, '--host', host, '--base-dir', join(baseRoot, mode.label, app.replaceAll('/', '_'), host), '--log-level', 'silent', ...mode.agentArgs];

/** Publishes `commit` to a fleet and resolves with the ms from the write to the last host's ok. */
async function deploy(mode, app, hosts, commitId) {
  const { version, t0 } = await publish(mode.zk, app, { url: repo.url, commitId, relativePath: 'srv/app' });
  const mtimes = await waitStatusOk(mode.zk, app, hosts, version, { timeoutMs: 120_000 });
  if (mtimes.some((m) => m === null)) throw new Error(`${mode.label} ${app}: ${mtimes.filter((m) => m === null).length} hosts not ok`);
  return Math.max(...mtimes) - t0;
}

async function fleetRound(n) {
  const fleets = [];
  for (const mode of modes) {
    const app = `/bench/${mode.label}-${n}`;
    await initApp(mode.zk, app);
    const hosts = Array.from({ length: n }, (_, i) => `${mode.label}-${i + 1}`);
    const pool = await AgentPool.create(hosts.map((host) => ({ host, args: argsOf(mode, app, host) })), n > 20 ? 2 : 1);
    await pool.startAll();
    fleets.push({ mode, app, hosts, pool, times: [] });
  }
  try {
    const first = await repo.commit({ 'app.txt': `clone ${n}\n` }, `clone ${n}`);
    for (const f of fleets) await deploy(f.mode, f.app, f.hosts, first);
    for (let r = 0; r < flags.rounds; r++) {
      const commit = await repo.commit({ 'app.txt': `n ${n} round ${r}\n` }, `n ${n} round ${r}`);
      const order = r % 2 === 0 ? fleets : [...fleets].reverse();
      for (const f of order) f.times.push(await deploy(f.mode, f.app, f.hosts, commit));
      log(`N=${n} round ${r + 1}/${flags.rounds}: ${fleets.map((f) => `${f.mode.label} ${fmtMs(f.times.at(-1))}`).join(', ')}`);
    }
  } finally {
    await Promise.all(fleets.map((f) => f.pool.close()));
  }
  return Object.fromEntries(fleets.map((f) => [f.mode.label, median(f.times)]));
}

async function idleRss() {
  const out = {};
  const commit = await repo.commit({ 'app.txt': 'rss\n' }, 'rss');
  for (const mode of modes) {
    const app = `/bench/rss-${mode.label}`;
    await initApp(mode.zk, app);
    const hosts = Array.from({ length: flags['rss-agents'] }, (_, i) => `rss-${mode.label}-${i + 1}`);
    const agents = await Promise.all(
      hosts.map((host) => AgentProcess.start({ zk: mode.cluster.connectString(), host, app, args: ['--log-level', 'error', ...mode.agentArgs] })),
    );
    try {
      await deploy(mode, app, hosts, commit);
      await new Promise((r) => setTimeout(r, 3000));
      const stats = await procStatsAll(agents.map((a) => a.pid));
      out[mode.label] = median(stats.map((s) => s?.rss ?? NaN));
    } finally {
      await Promise.all(agents.map((a) => a.stop()));
    }
  }
  return out;
}

try {
  const rows = [];
  for (const n of sizes) rows.push({ n, ...(await fleetRound(n)) });
  const rss = await idleRss();
  console.log(`\n${nodes}-node ensembles (jvm ${flags.jvm}), ${flags.rounds} update rounds per size, medians; ratios TLS / plain\n`);
  console.log('| fleet | publish → all ok, plain | over TLS | ratio |');
  console.log('|---|---|---|---|');
  for (const r of rows) console.log(`| N = ${r.n} | ${fmtMs(r.plain)} | ${fmtMs(r.tls)} | ${fmtRatio(ratio(r.tls, r.plain))} |`);
  console.log(`\n| agent idle RSS (median of ${flags['rss-agents']} processes) | plain | TLS | ratio |`);
  console.log('|---|---|---|---|');
  console.log(`| after a deploy, 3 s idle | ${fmtMb(rss.plain)} | ${fmtMb(rss.tls)} | ${fmtRatio(ratio(rss.tls, rss.plain))} |`);
} finally {
  await Promise.all(modes.map((m) => m.zk.close()));
  await plain.stop();
  await secure.stop();
  await repo.remove();
  await rm(baseRoot, { recursive: true, force: true });
}
