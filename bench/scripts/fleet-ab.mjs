#!/usr/bin/env node
/**
 * Compares agent builds or settings as whole fleets, in the same rounds:
 * `pnpm bench -- fleet-ab --n 10 --kinds 'zkdeploy,d1=zkdeploy:--deploying-after 1,baseline'
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
import { startBenchEnv } from '../lib/bench-env.mjs';
import { parseBenchArgs } from '../lib/args.mjs';
import { parseKindsOrExit } from '../lib/kind-spec.mjs';
import { median } from '../lib/stats.mjs';
import { fleetComparison } from '../phases/fleet-latency.mjs';

const flags = parseBenchArgs({
  name: 'fleet-ab',
  usage: 'pnpm bench -- fleet-ab [flags]',
  summary: 'Agent builds or settings compared as whole fleets in the same rounds (no report file).',
  flags: {
    n: { type: 'int', min: 1, max: 500, default: 10, help: 'agents per fleet' },
    kinds: { type: 'string', default: 'zkdeploy,floor,baseline', help: 'the fleets: label=kind@bin:flags, comma-separated (bench/lib/kind-spec.mjs)' },
    updates: { type: 'int', min: 1, max: 500, default: 31, help: 'update rounds' },
    clones: { type: 'int', min: 1, max: 500, default: 3, help: 'first-clone rounds' },
    jvm: { type: 'string', choices: ['server', 'test'], default: 'server', help: "the ensemble's JVM settings (ZkClusterOptions.jvm)" },
  },
});
const kinds = parseKindsOrExit('fleet-ab', flags.kinds);
const n = flags.n;
const updateRounds = flags.updates;
const cloneRounds = flags.clones;

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
