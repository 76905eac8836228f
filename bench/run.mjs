#!/usr/bin/env node
/**
 * zkdeploy benchmarks (`pnpm bench`; `pnpm bench --quick` for N = 1, 10).
 * Prints a markdown report and, in a full run, writes it to BENCHMARKS.md.
 *
 * Flags: --quick, --n 1,10,50 (fleet sizes), --out <file> (write the report
 * there, also in quick mode), --no-write, --skip profile,status,publish,floor,memory,
 * --agent-bin / --cli-bin <path> (measure another build's binaries),
 * --agent-args="<flags>" (extra flags for every zkdeploy agent, e.g. to see
 * what a feature costs), --render <results.json> (no measuring: render the
 * saved results of an earlier run, e.g. bench/.last-results.json, with the
 * current bench/FINDINGS.md, to --out or BENCHMARKS.md).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { cliBin, cliFeatures } from './lib/cli.mjs';
import { agentBin } from './lib/fleet.mjs';
import { loadNow, machineInfo } from './lib/machine.mjs';
import { renderReport } from './lib/report.mjs';
import { startBenchEnv } from './lib/bench-env.mjs';
import { nowMs } from './lib/stats.mjs';
import { fleetComparison } from './phases/fleet-latency.mjs';
import { gitFloor } from './phases/git-floor.mjs';
import { memoryFloor } from './phases/memory-floor.mjs';
import { publishTime } from './phases/publish-time.mjs';
import { statusScale } from './phases/status-scale.mjs';
import { stepProfile } from './phases/step-profile.mjs';
import { waitRounds } from './phases/wait-return.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const { values: flags } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    n: { type: 'string' },
    out: { type: 'string' },
    'no-write': { type: 'boolean', default: false },
    skip: { type: 'string', default: '' },
    'agent-bin': { type: 'string' },
    'cli-bin': { type: 'string' },
    'agent-args': { type: 'string', default: '' },
    render: { type: 'string' },
  },
});
const quick = flags.quick;
const ns = (flags.n ?? (quick ? '1,10' : '1,10,50,100')).split(',').map(Number);
if (ns.some((n) => !Number.isInteger(n) || n < 1 || n > 500)) {
  process.stderr.write(`bench: --n must list fleet sizes between 1 and 500, got "${flags.n}"\n`);
  process.exit(2);
}
if (flags['agent-bin']) agentBin.path = resolve(flags['agent-bin']);
if (flags['cli-bin']) cliBin.path = resolve(flags['cli-bin']);
agentBin.args = flags['agent-args'].split(/\s+/).filter(Boolean);
const skip = new Set(flags.skip.split(',').filter(Boolean));
// Small fleets get more rounds: they are cheap, and their medians move most with the machine's load.
const rounds = quick
  ? { clone: 2, update: 5, smallN: { clone: 2, update: 5 }, wait: 2, profile: 5, runs: 3 }
  : { clone: 5, update: 11, smallN: { clone: 9, update: 31 }, wait: 3, profile: 8, runs: 7 };
const SMALL_N = 10;
const out = flags.out ?? (quick || flags['no-write'] ? null : `${ROOT}BENCHMARKS.md`);
const log = (line) => process.stderr.write(`${line}\n`);

// node-zookeeper-client 1.1.3 throws from its socket handler on an error code
// it does not know, which would end the whole run; the call that got it times
// out instead and the benchmark's polling loops try again.
process.on('uncaughtException', (err) => {
  if (/^Unknown code: /.test(err?.message ?? '')) {
    log(`bench: ZooKeeper client library: ${err.message} (ignored; the call times out and is retried)`);
    return;
  }
  throw err;
});

if (flags.render) {
  const results = JSON.parse(await readFile(resolve(flags.render), 'utf8'));
  results.findings = await readFile(`${ROOT}bench/FINDINGS.md`, 'utf8').catch(() => null);
  const report = renderReport(results);
  process.stdout.write(report);
  if (!flags['no-write']) await writeFile(flags.out ?? `${ROOT}BENCHMARKS.md`, report);
  process.exit(0);
}

const started = nowMs();
log(`bench: starting a 3-node ZooKeeper ensemble (fleets N = ${ns.join(', ')})`);
const { cluster, proxy, zk, repo, infraPids, stop } = await startBenchEnv();
try {
  let extraCommits = 0;
  const nextCommit = () => repo.commit({ [`src/file-${String(extraCommits % 200).padStart(3, '0')}.txt`]: `extra ${extraCommits++}\n` }, 'bench extra');
  const machine = await machineInfo(ROOT, cluster.members[0].clientPort);
  const features = await cliFeatures();
  log(`bench: measuring ${machine.head} (main ${machine.main}); CLI wait: ${features.wait}, publish --wait: ${features.publishWait}`);
  const builds = { agent: agentBin.path, agentArgs: agentBin.args, cli: cliBin.path };
  const results = { machine, builds, ns, rounds, command: `pnpm bench${process.argv.slice(2).length ? ` ${process.argv.slice(2).map((a) => (/\s/.test(a) ? JSON.stringify(a) : a)).join(' ')}` : ''}`, fleets: [] };

  if (!skip.has('floor')) {
    log('bench: git floor');
    results.gitFloor = await gitFloor({ repo, nextCommit, runs: rounds.runs + 4 });
  }
  if (!skip.has('memory')) {
    log('bench: memory floor');
    results.memoryFloor = await memoryFloor({ runs: 3 });
  }
  if (!skip.has('publish')) {
    log('bench: publish wall time');
    results.publish = await publishTime({ zk, zkConnect: cluster.connectString(), repo, runs: rounds.runs + 2 });
  }
  if (!skip.has('status')) {
    log('bench: status with 1,000 hosts');
    results.status = await statusScale({ zk, zkConnect: cluster.connectString(), repoUrl: repo.url, commit: await repo.head(), runs: rounds.runs, log });
  }
  if (!skip.has('profile')) {
    log('bench: per-step profile at N = 1');
    results.profile = await stepProfile({ zk, proxy, repo, nextCommit, rounds: rounds.profile, log });
  }
  for (const n of ns) {
    log(`bench: fleets of N = ${n}`);
    const extraRounds = { zkdeploy: waitRounds({ features, zkConnect: cluster.connectString(), rounds: rounds.wait }) };
    const r = n <= SMALL_N ? rounds.smallN : rounds;
    results.fleets.push(...(await fleetComparison({ n, zk, proxy, repo, cloneRounds: r.clone, updateRounds: r.update, extraRounds, log, infraPids })));
  }
  results.loadEnd = loadNow();
  results.elapsedMs = nowMs() - started;
  results.findings = await readFile(`${ROOT}bench/FINDINGS.md`, 'utf8').catch(() => null);
  const report = renderReport(results);
  process.stdout.write(report);
  // Beside the report it belongs to, so concurrent runs with --out do not overwrite each other's.
  await writeFile(out ? `${out}.results.json` : `${ROOT}bench/.last-results.json`, JSON.stringify(results, null, 1));
  if (out) {
    await writeFile(out, report);
    log(`bench: wrote ${out}`);
  }
  log(`bench: done in ${((nowMs() - started) / 1000).toFixed(0)} s`);
} finally {
  await stop();
}
