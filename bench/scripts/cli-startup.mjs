#!/usr/bin/env node
/**
 * CLI startup: wall time from spawn to exit of the commands a push or an
 * operator waits for, for two builds side by side (`--base`: another build's
 * publisher/bin/zkdeploy.js, e.g. main's; the other is this checkout's, or
 * `--cli`). Floors: `node -e ""` (Node's own startup) and, for the ZooKeeper
 * commands, what is left once module loading is gone.
 *
 *   pnpm bench -- cli-startup --base /tmp/zkd-main/publisher/bin/zkdeploy.js [--runs 15]
 *
 * One single-node ZooKeeper; `publish` writes to its own app per build; the
 * `status --json` and `wait` app has a few live, converged hosts, so both
 * exit 0 at once and what is timed is startup plus a handful of reads.
 * Runs are interleaved (every command of every build per round) so that load
 * from elsewhere on the machine falls on every figure alike.
 */
import { resolve } from 'node:path';
import { ZkClient, ZnodeLayout, encodeStatus } from '@zkdeploy/shared';
import { CLI_BIN } from '@zkdeploy/test-support';
import { ZkCluster } from '@zkdeploy/test-support';
import { parseBenchArgs } from '../lib/args.mjs';
import { initApp, publish } from '../lib/publish.mjs';
import { fmtMs, fmtRatio, median, ratio } from '../lib/stats.mjs';
import { timedRun } from '../lib/timed-process.mjs';

const flags = parseBenchArgs({
  name: 'cli-startup',
  usage: 'pnpm bench -- cli-startup [flags]',
  summary: 'Wall time from spawn to exit of the CLI commands, for two builds side by side.',
  flags: {
    base: { type: 'string', help: "another build's publisher/bin/zkdeploy.js to compare with" },
    cli: { type: 'string', default: CLI_BIN, help: 'the CLI measured as "this"' },
    runs: { type: 'int', min: 1, max: 1000, default: 15, help: 'runs of every command' },
    hosts: { type: 'int', min: 1, max: 1000, default: 5, help: 'live, converged hosts of the status/wait app' },
  },
});
const runs = flags.runs;
const hostCount = flags.hosts;
const builds = [
  ...(flags.base ? [{ name: 'base', bin: resolve(flags.base) }] : []),
  { name: 'this', bin: resolve(flags.cli) },
];
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('ZKDEPLOY_')));
const URL = 'https://git.example.com/app.git';
const COMMIT = 'c0ffee'.padEnd(40, '0');

/** Fills `app` with a published config and `hostCount` live, ok hosts at it. */
async function convergedApp(zk, app) {
  const layout = new ZnodeLayout(app);
  await initApp(zk, app);
  const { version } = await publish(zk, app, { url: URL, commitId: COMMIT, relativePath: 'srv/app' });
  for (let i = 0; i < hostCount; i++) {
    const host = `web-${i}`;
    const agent = { host, pid: 10_000 + i, version: '0.1.0', startedAt: new Date().toISOString(), baseDir: '/srv/zkdeploy' };
    await zk.create(layout.agent(host), Buffer.from(JSON.stringify(agent)), 'ephemeral');
    const record = { host, state: 'ok', commitId: COMMIT, desiredCommitId: COMMIT, configVersion: version, error: null, updatedAt: new Date().toISOString(), durationMs: 100, attempts: 1, agentVersion: '0.1.0' };
    await zk.create(layout.hostStatus(host), encodeStatus(record), 'persistent');
  }
}

/** The commands timed, each as `(build, round) => [command, args]` with the exit code it must end with. */
function commands(zkConnect) {
  const on = (app) => ['--zk', zkConnect, '--app', app];
  return [
    { name: 'node -e ""', run: () => [process.execPath, ['-e', '']], code: 0, once: true },
    { name: 'zkdeploy --version', run: (b) => [process.execPath, [b.bin, '--version']], code: 0 },
    { name: 'zkdeploy --help', run: (b) => [process.execPath, [b.bin, '--help']], code: 0 },
    {
      name: 'zkdeploy publish',
      run: (b, r) => [process.execPath, [b.bin, ...on(`/bench/cli-${b.name}`), 'publish', '--url', URL, '--commit', COMMIT, '--path', 'srv/app', '--message', `run ${r}`]],
      code: 0,
    },
    { name: `zkdeploy status --json (${hostCount} hosts)`, run: (b) => [process.execPath, [b.bin, ...on('/bench/cli-fleet'), 'status', '--json']], code: 0 },
    { name: `zkdeploy status (table)`, run: (b) => [process.execPath, [b.bin, ...on('/bench/cli-fleet'), 'status']], code: 0 },
    { name: 'zkdeploy wait (converged)', run: (b) => [process.execPath, [b.bin, ...on('/bench/cli-fleet'), 'wait', '--timeout', '10']], code: 0 },
  ];
}

async function measure(zkConnect) {
  const list = commands(zkConnect);
  const samples = new Map(list.map((c) => [c.name, new Map(builds.map((b) => [b.name, []]))]));
  for (let r = 0; r < runs; r++) {
    for (const c of list) {
      for (const b of c.once ? builds.slice(0, 1) : builds) {
        const [cmd, args] = c.run(b, r);
        const run = await timedRun(cmd, args, { env });
        if (run.code !== c.code) throw new Error(`${c.name} (${b.name}) exited ${run.code}, expected ${c.code}: ${run.stderr.trim()}`);
        samples.get(c.name).get(b.name).push(run.ms);
      }
    }
    process.stderr.write(`cli-startup: round ${r + 1}/${runs}\n`);
  }
  return list.map((c) => ({ name: c.name, medians: Object.fromEntries(builds.map((b) => [b.name, c.once ? median(samples.get(c.name).get(builds[0].name)) : median(samples.get(c.name).get(b.name))])) }));
}

function render(rows) {
  const floor = rows[0].medians[builds[0].name];
  const head = ['command', ...builds.map((b) => `${b.name} median`), ...builds.map((b) => `${b.name} − node`), ...(builds.length === 2 ? ['this / base'] : [])];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`];
  for (const row of rows) {
    const m = builds.map((b) => row.medians[b.name]);
    const above = m.map((x) => fmtMs(x - floor));
    const r = builds.length === 2 ? [fmtRatio(ratio(m[1], m[0]))] : [];
    lines.push(`| ${[row.name, ...m.map(fmtMs), ...above, ...r].join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}

const cluster = await ZkCluster.start({ nodes: 1 });
let zk;
try {
  zk = await ZkClient.connect({ connectString: cluster.connectString() });
  for (const b of builds) await initApp(zk, `/bench/cli-${b.name}`);
  await convergedApp(zk, '/bench/cli-fleet');
  process.stderr.write(`cli-startup: ${runs} runs each; ${builds.map((b) => `${b.name} = ${b.bin}`).join(', ')}; ${process.version}\n`);
  process.stdout.write(render(await measure(cluster.connectString())));
} finally {
  await zk?.close();
  await cluster.stop();
}
