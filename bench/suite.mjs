/**
 * The full benchmark suite, run by bench/run.mjs (`pnpm bench`; `pnpm bench
 * --quick` for N = 1, 10). Prints a markdown report and, in a full run,
 * writes it to BENCHMARKS.md; `pnpm bench -- --help` lists its flags.
 * `--agent-bin` / `--cli-bin` measure another build's binaries,
 * `--agent-args` adds flags to every zkdeploy agent (to see what a feature
 * costs), `--render` measures nothing and renders the saved results of an
 * earlier run (e.g. bench/.last-results.json) with the current
 * bench/FINDINGS.md.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fail, parseBenchArgs } from './lib/args.mjs';
import { cliBin, cliFeatures } from './lib/cli.mjs';
import { agentBin } from './lib/fleet.mjs';
import { loadNow, machineInfo } from './lib/machine.mjs';
import { renderReport } from './lib/report.mjs';
import { startBenchEnv } from './lib/bench-env.mjs';
import { nowMs } from './lib/stats.mjs';
import { fleetComparison } from './phases/fleet-latency.mjs';
import { gitFloor } from './phases/git-floor.mjs';
import { largeRepo } from './phases/large-repo.mjs';
import { memoryFloor } from './phases/memory-floor.mjs';
import { publishTime } from './phases/publish-time.mjs';
import { statusScale } from './phases/status-scale.mjs';
import { stepProfile } from './phases/step-profile.mjs';
import { waitRounds } from './phases/wait-return.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const PHASES = ['floor', 'memory', 'publish', 'status', 'profile', 'large'];

/** The suite's flags (`pnpm bench -- --help`). */
export const SUITE_ARGS = {
  name: 'bench',
  usage: 'pnpm bench [-- flags]  (or: pnpm bench -- <script> [flags]; see the scripts above)',
  summary: 'The full suite: every phase and fleet size, a report on stdout, written to BENCHMARKS.md in a full run.',
  flags: {
    quick: { type: 'boolean', help: 'fleets of N = 1, 10 only, fewer rounds; prints without writing BENCHMARKS.md' },
    n: { type: 'ints', min: 1, max: 500, help: 'fleet sizes (default 1,10,50,100; 1,10 with --quick)' },
    'large-n': { type: 'ints', min: 1, max: 500, help: 'fleet sizes of the large-repository workload (default 1,10,100; 1,10 with --quick)' },
    out: { type: 'string', help: 'write the report here (also with --quick)' },
    'no-write': { type: 'boolean', help: 'print the report only' },
    skip: { type: 'string', default: '', help: `phases to leave out, comma-separated: ${PHASES.join(',')}` },
    'agent-bin': { type: 'string', help: "measure another build's agent bin" },
    'cli-bin': { type: 'string', help: "measure another build's CLI bin" },
    'agent-args': { type: 'string', default: '', help: 'extra flags for every zkdeploy agent' },
    'large-kinds': { type: 'string', help: 'the large workload\'s fleets (default: zkdeploy, the shallow floor agent, the baseline; bench/lib/kind-spec.mjs)' },
    render: { type: 'string', help: 'measure nothing: render the saved results file of an earlier run' },
  },
};

const log = (line) => process.stderr.write(`${line}\n`);
const SMALL_N = 10;

/** Runs the suite with `argv` (the runner's arguments). */
export async function runSuite(argv) {
  const flags = parseBenchArgs(SUITE_ARGS, argv);
  if (flags['agent-bin']) agentBin.path = resolve(flags['agent-bin']);
  if (flags['cli-bin']) cliBin.path = resolve(flags['cli-bin']);
  agentBin.args = flags['agent-args'].split(/\s+/).filter(Boolean);
  ignoreUnknownZkCodes();
  if (flags.render) return renderSaved(flags);
  const plan = planOf(flags);
  const started = nowMs();
  log(`bench: starting a 3-node ZooKeeper ensemble (fleets N = ${plan.ns.join(', ')})`);
  const env = await startBenchEnv();
  try {
    const command = `pnpm bench${argv.length ? ` ${argv.map((a) => (/\s/.test(a) ? JSON.stringify(a) : a)).join(' ')}` : ''}`;
    const results = await measure(env, plan, command);
    results.elapsedMs = nowMs() - started;
    await writeReport(results, plan.out);
    log(`bench: done in ${((nowMs() - started) / 1000).toFixed(0)} s`);
  } finally {
    await env.stop();
  }
}

/** Fleet sizes, rounds, skipped phases and report file of a run. */
function planOf(flags) {
  const quick = flags.quick;
  const skip = new Set(flags.skip.split(',').filter(Boolean));
  const unknownPhase = [...skip].find((p) => !PHASES.includes(p));
  if (unknownPhase) fail('bench', `--skip names no phase "${unknownPhase}" (one of ${PHASES.join(', ')})`);
  // Small fleets get more rounds: they are cheap, and their medians move most with the machine's load.
  const rounds = quick
    ? { clone: 2, update: 5, smallN: { clone: 2, update: 5 }, wait: 2, profile: 5, runs: 3 }
    : { clone: 5, update: 11, smallN: { clone: 9, update: 31 }, wait: 3, profile: 8, runs: 7 };
  return {
    ns: flags.n ?? (quick ? [1, 10] : [1, 10, 50, 100]),
    largeNs: flags['large-n'] ?? (quick ? [1, 10] : [1, 10, 100]),
    largeKinds: flags['large-kinds'],
    rounds,
    skip,
    out: flags.out ?? (quick || flags['no-write'] ? null : `${ROOT}BENCHMARKS.md`),
  };
}

/**
 * node-zookeeper-client 1.1.3 throws from its socket handler on an error code
 * it does not know, which would end the whole run; the call that got it times
 * out instead and the benchmark's polling loops try again.
 */
function ignoreUnknownZkCodes() {
  process.on('uncaughtException', (err) => {
    if (/^Unknown code: /.test(err?.message ?? '')) {
      log(`bench: ZooKeeper client library: ${err.message} (ignored; the call times out and is retried)`);
      return;
    }
    throw err;
  });
}

/** `--render`: the saved results of an earlier run with the current findings, nothing measured. */
async function renderSaved(flags) {
  const results = JSON.parse(await readFile(resolve(flags.render), 'utf8'));
  results.findings = await readFile(`${ROOT}bench/FINDINGS.md`, 'utf8').catch(() => null);
  const report = renderReport(results);
  process.stdout.write(report);
  if (!flags['no-write']) await writeFile(flags.out ?? `${ROOT}BENCHMARKS.md`, report);
}

/** Every phase not skipped, then the fleets of each size. */
async function measure({ cluster, proxy, zk, repo, infraPids }, { ns, largeNs, largeKinds, rounds, skip }, command) {
  let extraCommits = 0;
  const nextCommit = () => repo.commit({ [`src/file-${String(extraCommits % 200).padStart(3, '0')}.txt`]: `extra ${extraCommits++}\n` }, 'bench extra');
  const machine = await machineInfo(ROOT, cluster.members[0].clientPort);
  const features = await cliFeatures();
  log(`bench: measuring ${machine.head} (main ${machine.main}); CLI wait: ${features.wait}, publish --wait: ${features.publishWait}`);
  const builds = { agent: agentBin.path, agentArgs: agentBin.args, cli: cliBin.path };
  const results = { machine, builds, ns, rounds, command, fleets: [] };
  const zkConnect = cluster.connectString();
  const phases = {
    floor: ['git floor', async () => (results.gitFloor = await gitFloor({ repo, nextCommit, runs: rounds.runs + 4 }))],
    memory: ['memory floor', async () => (results.memoryFloor = await memoryFloor({ runs: 3 }))],
    publish: ['publish wall time', async () => (results.publish = await publishTime({ zk, zkConnect, repo, runs: rounds.runs + 2 }))],
    status: ['status with 1,000 hosts', async () => (results.status = await statusScale({ zk, zkConnect, repoUrl: repo.url, commit: await repo.head(), runs: rounds.runs, log }))],
    profile: ['per-step profile at N = 1', async () => (results.profile = await stepProfile({ zk, proxy, repo, nextCommit, rounds: rounds.profile, log }))],
    large: ['large repository (3,000 commits, 2,000 files)', async () => (results.large = await largeRepo({ ns: largeNs, rounds: largeRounds(rounds), zk, proxy, infraPids, log, ...(largeKinds ? { kinds: largeKinds } : {}) }))],
  };
  for (const name of PHASES) {
    if (skip.has(name)) continue;
    log(`bench: ${phases[name][0]}`);
    await phases[name][1]();
  }
  for (const n of ns) {
    log(`bench: fleets of N = ${n}`);
    const extraRounds = { zkdeploy: waitRounds({ features, zkConnect, rounds: rounds.wait }) };
    const r = n <= SMALL_N ? rounds.smallN : rounds;
    results.fleets.push(...(await fleetComparison({ n, zk, proxy, repo, cloneRounds: r.clone, updateRounds: r.update, extraRounds, log, infraPids })));
  }
  results.loadEnd = loadNow();
  return results;
}

/** Rounds of the large-repository workload: its first deploys cost seconds at N = 100, so fewer of them. */
function largeRounds(rounds) {
  const quick = rounds.clone < 5;
  return (n) => (n <= SMALL_N ? { clone: quick ? 2 : 4, update: quick ? 3 : 7 } : { clone: 2, update: 3 });
}

/** Prints the report and writes it (and the results beside it) where the run asked. */
async function writeReport(results, out) {
  results.findings = await readFile(`${ROOT}bench/FINDINGS.md`, 'utf8').catch(() => null);
  const report = renderReport(results);
  process.stdout.write(report);
  // Beside the report it belongs to, so concurrent runs with --out do not overwrite each other's.
  await writeFile(out ? `${out}.results.json` : `${ROOT}bench/.last-results.json`, JSON.stringify(results, null, 1));
  if (out) {
    await writeFile(out, report);
    log(`bench: wrote ${out}`);
  }
}
