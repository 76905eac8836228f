#!/usr/bin/env node
/**
 * Compares agent builds or settings as whole fleets, in the same rounds:
 * `node bench/fleet-ab.mjs --n 10 --kinds 'zkdeploy,d1=zkdeploy:--deploying-after 1,baseline'
 * [--updates 31] [--clones 3] [--jvm server|test]`. The same 3-node ensemble, counting proxy and
 * 200-file repository as `pnpm bench`, and the same rounds (bench/phases/
 * fleet-latency.mjs: each commit is published to every fleet in turn, who goes
 * first rotating), but any set of fleets (bench/lib/kind-spec.mjs) and no
 * report file: it prints, per fleet, publish → all N checkouts at the commit
 * (median over rounds), the ratio to the last fleet listed (or `baseline`),
 * and CPU per host per update (agents with their git; ensemble and proxy; mean
 * over rounds). The ensemble runs with production JVM settings unless
 * `--jvm test` (test/support/zk-server.ts).
 * For deciding a change by measurement; BENCHMARKS.md comes from `pnpm bench`.
 */
import { parseArgs } from 'node:util';
import { startBenchEnv } from './lib/bench-env.mjs';
import { parseKinds } from './lib/kind-spec.mjs';
import { median } from './lib/stats.mjs';
import { fleetComparison } from './phases/fleet-latency.mjs';

const { values: flags } = parseArgs({
  options: {
    n: { type: 'string', default: '10' },
    kinds: { type: 'string', default: 'zkdeploy,floor,baseline' },
    updates: { type: 'string', default: '31' },
    clones: { type: 'string', default: '3' },
    jvm: { type: 'string', default: 'server' },
  },
});
if (!['test', 'server'].includes(flags.jvm)) {
  process.stderr.write(`fleet-ab: --jvm must be test or server (ZkClusterOptions.jvm), got "${flags.jvm}"\n`);
  process.exit(2);
}
let kinds;
try {
  kinds = parseKinds(flags.kinds);
} catch (err) {
  process.stderr.write(`fleet-ab: ${err.message}\n`);
  process.exit(2);
}
const n = Number(flags.n);
const updateRounds = Number(flags.updates);
const cloneRounds = Number(flags.clones);
for (const [name, v, lo] of [['--n', n, 1], ['--updates', updateRounds, 1], ['--clones', cloneRounds, 1]]) {
  if (!Number.isInteger(v) || v < lo || v > 500) {
    process.stderr.write(`fleet-ab: ${name} must be a whole number from ${lo} to 500\n`);
    process.exit(2);
  }
}

const { cluster, proxy, zk, repo, infraPids, stop } = await startBenchEnv({ jvm: flags.jvm });
try {
  const log = (line) => process.stderr.write(`${line}\n`);
  const results = await fleetComparison({ n, zk, proxy, repo, cloneRounds, updateRounds, log, infraPids, kinds });
  const base = results.find((r) => r.label === 'baseline') ?? results.at(-1);
  const fleetMedian = (r, list) => median(r[list].map((x) => x.headMax));
  // Means, not medians: a host's share of a round's CPU comes in 10 ms clock ticks / N.
  const cpu = (r, key) => r.updates.reduce((sum, x) => sum + x[key], 0) / r.updates.length;
  console.log(`\nN = ${n}, ${updateRounds} updates and ${cloneRounds} first clones per fleet; ratios against ${base.label}\n`);
  console.log('| fleet | update, all at commit (median) | ratio | first clone (median) | ratio | CPU / host / update: agents + git | ensemble + proxy | total |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    const [u, c] = [fleetMedian(r, 'updates'), fleetMedian(r, 'clones')];
    const [a, z] = [cpu(r, 'fleetCpuMsPerHost'), cpu(r, 'infraCpuMsPerHost')];
    const ratio = (x, y) => `${(x / y).toFixed(2)}×`;
    console.log(`| ${r.label} | ${u.toFixed(1)} ms | ${ratio(u, fleetMedian(base, 'updates'))} | ${c.toFixed(1)} ms | ${ratio(c, fleetMedian(base, 'clones'))} | ${a.toFixed(1)} ms | ${z.toFixed(1)} ms | ${(a + z).toFixed(1)} ms |`);
  }
} finally {
  await stop();
}
