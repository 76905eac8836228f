#!/usr/bin/env node
/**
 * What one small-file call costs the agent's process in CPU: node:fs/promises
 * (through libuv's thread pool and back) against the synchronous call, for
 * `readFile` and `stat` of a HEAD-sized file. The agent's store does its
 * hot-path file operations synchronously (agent/src/store/sync-fs.ts) by
 * this measurement:
 *   pnpm bench -- fs-call-cost [--calls 2000] [--rounds 5]
 * Prints the median over rounds of CPU µs per call (user + system, all
 * threads of this process, from process.cpuUsage).
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseBenchArgs } from '../lib/args.mjs';
import { median } from '../lib/stats.mjs';

const flags = parseBenchArgs({
  name: 'fs-call-cost',
  usage: 'pnpm bench -- fs-call-cost [flags]',
  summary: 'CPU per call of fs/promises vs synchronous readFile and stat on a small file.',
  flags: {
    calls: { type: 'int', min: 100, max: 1_000_000, default: 2000, help: 'calls per round and kind' },
    rounds: { type: 'int', min: 1, max: 100, default: 5, help: 'rounds (the median is printed)' },
  },
});

const dir = mkdtempSync(join(tmpdir(), 'zkdeploy-fs-cost-'));
const file = join(dir, 'HEAD');
writeFileSync(file, `${'0'.repeat(40)}\n`);
const cpuUs = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

/** CPU µs per call of `call`, the calls made one after another as the agent makes them. */
async function perCall(call) {
  const c0 = cpuUs();
  for (let i = 0; i < flags.calls; i++) await call();
  return (cpuUs() - c0) / flags.calls;
}

const kinds = {
  'fs/promises readFile': () => readFile(file),
  readFileSync: () => readFileSync(file),
  'fs/promises stat': () => stat(file),
  statSync: () => statSync(file),
};
const samples = Object.fromEntries(Object.keys(kinds).map((k) => [k, []]));
try {
  for (const call of Object.values(kinds)) await perCall(call); // warm-up
  for (let r = 0; r < flags.rounds; r++) for (const [name, call] of Object.entries(kinds)) samples[name].push(await perCall(call));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`| call (${process.version}) | CPU per call, median of ${flags.rounds} |`);
console.log('|---|---|');
for (const [name, xs] of Object.entries(samples)) console.log(`| ${name} | ${median(xs).toFixed(1)} µs |`);
