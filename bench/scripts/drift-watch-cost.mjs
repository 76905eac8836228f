#!/usr/bin/env node
/**
 * What arming the drift watcher on a release costs the agent, per deploy:
 * chokidar on the release (its initial scan) vs the agent's DriftWatcher
 * (one fs.watch per directory, found with readdir). A 200-file tree in 10
 * directories, like the benchmark's repository:
 *   pnpm bench -- drift-watch-cost [--rounds 5]
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { watch } from 'chokidar';
import { DriftWatcher } from '@zkdeploy/agent/store';
import { parseBenchArgs } from '../lib/args.mjs';

const flags = parseBenchArgs({
  name: 'drift-watch-cost',
  usage: 'pnpm bench -- drift-watch-cost [flags]',
  summary: "Wall and CPU time of arming chokidar vs the agent's DriftWatcher on a 200-file tree.",
  flags: { rounds: { type: 'int', min: 1, max: 1000, default: 5, help: 'arms of each watcher' } },
});

const root = mkdtempSync(join(tmpdir(), 'zkdeploy-drift-cost-'));
for (let d = 0; d < 10; d++) {
  mkdirSync(join(root, `d${d}`));
  for (let f = 0; f < 20; f++) writeFileSync(join(root, `d${d}`, `f${f}.txt`), 'x\n');
}
const log = { debug() {}, warn() {} };
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
async function measure(arm) {
  const c0 = cpuMs();
  const t0 = performance.now();
  const stop = await arm();
  const result = { wall: performance.now() - t0, cpu: cpuMs() - c0 };
  await stop();
  return result;
}
const rows = [];
for (let round = 0; round < flags.rounds; round++) {
  const chokidar = await measure(async () => {
    const w = watch(root, { ignoreInitial: true, persistent: false, followSymlinks: false });
    await new Promise((r) => w.once('ready', r));
    return () => w.close();
  });
  const fsWatch = await measure(async () => {
    const d = new DriftWatcher({ debounceMs: 100, log, onDrift() {} });
    await d.setActive(root, null);
    return () => d.stop();
  });
  rows.push({ chokidar, fsWatch });
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x) => `${x.toFixed(1)} ms`;
console.log('| watcher armed on a 200-file release | wall, median | CPU, median |');
console.log('|---|---|---|');
console.log(`| chokidar 5 (ignoreInitial) | ${fmt(median(rows.map((r) => r.chokidar.wall)))} | ${fmt(median(rows.map((r) => r.chokidar.cpu)))} |`);
console.log(`| DriftWatcher (fs.watch per directory) | ${fmt(median(rows.map((r) => r.fsWatch.wall)))} | ${fmt(median(rows.map((r) => r.fsWatch.cpu)))} |`);
rmSync(root, { recursive: true, force: true });
