#!/usr/bin/env node
/**
 * The dashboard at scale, measured in the browser (Debian's chromium, driven
 * by playwright-core): one app of `--hosts` hosts (default 10,000) and a
 * baseline app of 100, records written straight to ZooKeeper (live agent
 * nodes held by the benchmark's session, status records mostly ok, some
 * failed). Per run, a fresh page:
 *   - first table: navigation start → the page's `zkd:first-table` mark (the
 *     snapshot received, the model built, the first rows painted);
 *   - filter: the `zkd:filter-start` → `zkd:filter-done` marks around one
 *     input (a host name), and around choosing a state;
 *   - one host: a status write → its row changed on the open page.
 * Plus the server's own first complete read (start → /api/state has hosts).
 *
 *   pnpm bench -- dashboard-scale [--hosts 10000] [--runs 5]
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ZkClient, ZnodeLayout, encodeStatus } from '@zkdeploy/shared';
import { CLI_BIN, ZkCluster } from '@zkdeploy/test-support';
import { parseBenchArgs } from '../lib/args.mjs';
import { initApp, publish } from '../lib/publish.mjs';
import { fmtMs, fmtRatio, max, median, nowMs, ratio } from '../lib/stats.mjs';

const flags = parseBenchArgs({
  name: 'dashboard-scale',
  usage: 'pnpm bench -- dashboard-scale [flags]',
  summary: 'The dashboard page at a large fleet against 100 hosts: first table, filter, one host change, in headless chromium.',
  flags: {
    hosts: { type: 'int', min: 100, max: 50_000, default: 10_000, help: 'hosts of the large app' },
    runs: { type: 'int', min: 1, max: 100, default: 5, help: 'pages opened per app' },
    chromium: { type: 'string', default: '/usr/bin/chromium', help: "the browser (Debian's chromium; never downloaded)" },
  },
});
const COMMIT = 'c0ffee'.padEnd(40, '0');
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('ZKDEPLOY_')));
const host = (i) => `web-${String(i).padStart(5, '0')}`;

function record(name, i, version, failed = i % 50 === 7) {
  return encodeStatus({
    host: name, state: failed ? 'failed' : 'ok', commitId: failed ? null : COMMIT, desiredCommitId: COMMIT, configVersion: version,
    error: failed ? { code: 'ERR_GIT_FAILED', message: 'git fetch failed (exit 128): fatal: unable to access the repository' } : null,
    updatedAt: new Date().toISOString(), durationMs: 120 + (i % 300), attempts: 1, agentVersion: '0.1.0',
  });
}

async function inBatches(count, size, fn) {
  for (let i = 0; i < count; i += size) await Promise.all(Array.from({ length: Math.min(size, count - i) }, (_, k) => fn(i + k)));
}

async function fillApp(zk, app, count) {
  const layout = new ZnodeLayout(app);
  await initApp(zk, app);
  const { version } = await publish(zk, app, { url: 'https://git.example.com/app.git', commitId: COMMIT, relativePath: 'srv/app' });
  const started = new Date().toISOString();
  await inBatches(count, 500, (i) => zk.create(layout.agent(host(i)), Buffer.from(JSON.stringify({ host: host(i), pid: i + 1, version: '0.1.0', startedAt: started, baseDir: '/srv' })), 'ephemeral'));
  await inBatches(count, 500, (i) => zk.create(layout.hostStatus(host(i)), record(host(i), i, version)));
  return version;
}

/** Starts a dashboard on a free port and times its first complete read of ZooKeeper. */
async function startDashboard(zkConnect, app) {
  const t = nowMs();
  const child = spawn(process.execPath, [CLI_BIN, 'dashboard', '--zk', zkConnect, '--app', app, '--listen', '127.0.0.1:0'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (c) => (out += c));
  for (;;) {
    const url = /http:\/\/[\d.]+:\d+\//.exec(out)?.[0];
    if (url) {
      const state = await fetch(`${url}api/state`).then((r) => r.json());
      if (state.apps[0]?.hosts) return { child, url, readMs: nowMs() - t };
    }
    if (child.exitCode !== null) throw new Error(`zkdeploy dashboard exited ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function measurePage(context, url, zk, app, count, version, run) {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction((n) => document.body.dataset.hosts === String(n), count, { timeout: 120_000 });
  const firstTable = await page.evaluate(() => performance.getEntriesByName('zkd:first-table')[0].startTime);
  const filterMs = async (act) => {
    await act();
    await page.waitForFunction(() => performance.getEntriesByName('zkd:filter-done').length === performance.getEntriesByName('zkd:filter-start').length);
    return page.evaluate(() => {
      const starts = performance.getEntriesByName('zkd:filter-start');
      const dones = performance.getEntriesByName('zkd:filter-done');
      return dones.at(-1).startTime - starts.at(-1).startTime;
    });
  };
  const target = host(Math.floor(count / 2) + 1);
  const filterText = await filterMs(() => page.locator('#filter').fill(target));
  await filterMs(() => page.locator('#filter').fill(''));
  const filterState = await filterMs(() => page.locator('#state-filter').selectOption('failed'));
  await filterMs(() => page.locator('#state-filter').selectOption(''));
  await filterMs(() => page.locator('#filter').fill(target));
  const layout = new ZnodeLayout(app);
  const failed = run % 2 === 0;
  const t = nowMs();
  await zk.set(layout.hostStatus(target), record(target, 0, version, failed), -1);
  await page.waitForFunction(([h, s]) => document.querySelector(`.host-row[data-host="${h}"]`)?.dataset.state === s, [target, failed ? 'failed' : 'ok'], { polling: 'raf', timeout: 30_000 });
  const change = nowMs() - t;
  await page.close();
  return { firstTable, filterText, filterState, change };
}

const cluster = await ZkCluster.start({ nodes: 1 });
const profile = await mkdtemp(join(tmpdir(), 'zkdeploy-bench-chromium-'));
let zk;
let context;
const dashboards = [];
try {
  zk = await ZkClient.connect({ connectString: cluster.connectString(), operationTimeoutMs: 30_000 });
  const apps = [{ app: '/bench/dash-100', count: 100 }, { app: `/bench/dash-${flags.hosts}`, count: flags.hosts }];
  for (const a of apps) {
    a.version = await fillApp(zk, a.app, a.count);
    const d = await startDashboard(cluster.connectString(), a.app);
    dashboards.push(d.child);
    Object.assign(a, { url: d.url, readMs: d.readMs, samples: [] });
    process.stderr.write(`dashboard-scale: ${a.count} hosts written; the server's first complete read took ${fmtMs(d.readMs)}\n`);
  }
  context = await chromium.launchPersistentContext(profile, { executablePath: flags.chromium, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1400, height: 1000 } });
  // Interleaved, so that load from elsewhere on the machine falls on both apps alike.
  for (let r = 0; r < flags.runs; r++) {
    for (const a of apps) a.samples.push(await measurePage(context, a.url, zk, a.app, a.count, a.version, r));
    process.stderr.write(`dashboard-scale: round ${r + 1}/${flags.runs}\n`);
  }
  const [small, large] = apps;
  const rows = [
    ['server: first complete read of ZooKeeper (once)', small.readMs, large.readMs, small.readMs, large.readMs],
    ...[['page: navigation → first table painted', 'firstTable'], ['filter by host name → rows painted', 'filterText'], ['filter by state (failed) → rows painted', 'filterState'], ['one host\'s status written → its row changed', 'change']].map(([label, key]) => [
      label, median(small.samples.map((s) => s[key])), median(large.samples.map((s) => s[key])), max(small.samples.map((s) => s[key])), max(large.samples.map((s) => s[key])),
    ]),
  ];
  const lines = [
    `| what | 100 hosts median | ${flags.hosts} hosts median | ${flags.hosts} hosts max | ${flags.hosts} / 100 |`,
    '|---|---|---|---|---|',
    ...rows.map(([label, s, l, , lmax]) => `| ${label} | ${fmtMs(s)} | ${fmtMs(l)} | ${fmtMs(lmax)} | ${fmtRatio(ratio(l, s))} |`),
  ];
  process.stdout.write(`${lines.join('\n')}\n\n${flags.runs} pages per app, ${process.version}, chromium ${context.browser()?.version() ?? ''}\n`);
} finally {
  await context?.close();
  for (const child of dashboards) child.kill('SIGTERM');
  await zk?.close();
  await cluster.stop();
  await rm(profile, { recursive: true, force: true });
}
