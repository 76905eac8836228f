/**
 * `zkdeploy status` and `status --json` with 1,000 hosts (or `hosts`: the
 * fleet-scale bench's 10,000): as many live agent nodes (ephemeral, held by
 * the benchmark's session) and status records (mostly ok, some failed,
 * deploying and pending) under their own app, then each command timed from
 * spawn to exit. Floors: Node's bare startup, the CLI's `--version` (module
 * loading), and the same reads done in-process over one warm session.
 * `waitAfterLastOk` adds `zkdeploy wait` over the same hosts: started while
 * every record is ok for the previous version, it must return once the
 * last record is rewritten ok for the current one (timed from that record's
 * mtime).
 */
import { ZnodeLayout } from '@zkdeploy/shared';
import { zkdeploy } from '../lib/cli.mjs';
import { initApp, publish } from '../lib/publish.mjs';
import { max, median, nowMs } from '../lib/stats.mjs';
import { timedRun } from '../lib/timed-process.mjs';

const HOSTS = 1000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function inBatches(items, size, fn) {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(fn));
}

function statusRecord(host, i, version, commit) {
  const state = i % 50 === 7 ? 'failed' : i % 97 === 3 ? 'deploying' : 'ok';
  return {
    host,
    state,
    commitId: state === 'ok' ? commit : null,
    desiredCommitId: commit,
    configVersion: i % 89 === 5 ? version - 1 : version,
    error: state === 'failed' ? { code: 'ERR_GIT_FAILED', message: 'git fetch failed (exit 128): fatal: unable to access the repository' } : null,
    updatedAt: new Date().toISOString(),
    durationMs: 120 + (i % 300),
    attempts: 1,
    agentVersion: '0.1.0',
  };
}

/** Creates the 1,000-host app, times the commands, removes the nodes. */
export async function statusScale({ zk, zkConnect, repoUrl, commit, runs, log, hosts: count = HOSTS, waitAfterLastOk = false }) {
  const HOSTS = count;
  const app = `/bench/status-${HOSTS}`;
  const layout = new ZnodeLayout(app);
  await initApp(zk, app);
  const { version } = await publish(zk, app, { url: repoUrl, commitId: commit, relativePath: 'srv/app' });
  const hosts = Array.from({ length: HOSTS }, (_, i) => `web-${String(i).padStart(HOSTS > 10_000 ? 5 : 4, '0')}`);
  await inBatches(hosts, 200, (host) => {
    const i = hosts.indexOf(host);
    const agent = { host, pid: 10_000 + i, version: '0.1.0', startedAt: new Date().toISOString(), baseDir: '/srv/zkdeploy' };
    return zk.create(layout.agent(host), Buffer.from(JSON.stringify(agent)), 'ephemeral');
  });
  await inBatches(hosts, 200, (host) => zk.create(layout.hostStatus(host), Buffer.from(JSON.stringify(statusRecord(host, hosts.indexOf(host), version, commit))), 'persistent'));
  log(`  created ${HOSTS} agent and ${HOSTS} status nodes`);
  try {
    const base = ['--zk', zkConnect, '--app', app];
    // Interleaved, so that load from elsewhere on the machine falls on every figure alike.
    const samples = { table: [], json: [], nodeBare: [], cliVersion: [] };
    let tableRun;
    let jsonRun;
    for (let r = 0; r < runs; r++) {
      tableRun = await zkdeploy([...base, 'status']);
      jsonRun = await zkdeploy([...base, 'status', '--json']);
      samples.table.push(tableRun.ms);
      samples.json.push(jsonRun.ms);
      samples.nodeBare.push((await timedRun(process.execPath, ['-e', ''])).ms);
      samples.cliVersion.push((await zkdeploy(['--version'])).ms);
    }
    if (![0, 3].includes(tableRun.code)) throw new Error(`zkdeploy status exited ${tableRun.code}: ${tableRun.stderr.trim()}`);
    const parsed = JSON.parse(jsonRun.stdout);
    if (parsed.hosts?.length !== HOSTS) throw new Error(`status --json listed ${parsed.hosts?.length} hosts, expected ${HOSTS}`);
    const table = { median: median(samples.table), max: max(samples.table), last: tableRun };
    const json = { median: median(samples.json), max: max(samples.json), last: jsonRun };
    const nodeBare = { median: median(samples.nodeBare) };
    const cliVersion = { median: median(samples.cliVersion) };
    const inProcess = [];
    for (let r = 0; r < runs; r++) {
      const t = nowMs();
      const [agents, statuses] = await Promise.all([zk.children(layout.agents), zk.children(layout.status)]);
      await Promise.all([...agents.map((h) => zk.get(layout.agent(h))), ...statuses.map((h) => zk.get(layout.hostStatus(h))), zk.get(layout.config)]);
      inProcess.push(nowMs() - t);
    }
    const wait = waitAfterLastOk ? await waitReturn({ zk, zkConnect, app, layout, hosts, repoUrl, commit, log }) : undefined;
    return {
      hosts: HOSTS,
      ...(wait ? { wait } : {}),
      table: { median: table.median, max: table.max, bytes: table.last.stdout.length, lines: table.last.stdout.split('\n').length },
      json: { median: json.median, max: json.max, bytes: json.last.stdout.length },
      nodeBare: nodeBare.median,
      cliVersion: cliVersion.median,
      inProcessReads: median(inProcess),
    };
  } finally {
    await inBatches(hosts, 200, (host) => Promise.all([zk.delete(layout.agent(host)).catch(() => undefined), zk.delete(layout.hostStatus(host)).catch(() => undefined)]));
  }
}

/** Writes every host's status ok for `version`; resolves with the mtime of the last record written. */
async function writeAllOk(zk, layout, hosts, version, commit) {
  let lastMtime = 0;
  await inBatches(hosts, 500, async (host) => {
    const rec = { host, state: 'ok', commitId: commit, desiredCommitId: commit, configVersion: version, error: null, updatedAt: new Date().toISOString(), durationMs: 100, attempts: 1, agentVersion: '0.1.0' };
    const stat = await zk.set(layout.hostStatus(host), Buffer.from(JSON.stringify(rec)));
    lastMtime = Math.max(lastMtime, Number(stat.mtime));
  });
  return lastMtime;
}

/**
 * `zkdeploy wait` over every host, twice. Each time every record is ok for
 * the current version, then a publish; wait starts, and once it has read the
 * fleet (its progress is not observable from outside, so it gets a fixed
 * head start) the records are rewritten ok for the new version. `burst`:
 * all of them at once, as fast as one client writes (wait must work through
 * every change). `lastAlone`: all but one, then a pause, then the last (how
 * soon wait notices the last ok, as after a real rollout's tail). Returns ms
 * from the last record's mtime to wait's exit for each.
 */
async function waitReturn({ zk, zkConnect, app, layout, hosts, repoUrl, commit, log }) {
  const once = async (pauseBeforeLastMs) => {
    const current = await zk.get(layout.config);
    await writeAllOk(zk, layout, hosts, current.stat.version, commit);
    const { version } = await publish(zk, app, { url: repoUrl, commitId: commit, relativePath: 'srv/app' });
    const run = zkdeploy(['--zk', zkConnect, '--app', app, 'wait', '--timeout', '120']);
    await sleep(3000 + hosts.length / 2);
    let lastOkAt;
    if (pauseBeforeLastMs === null) {
      lastOkAt = await writeAllOk(zk, layout, hosts, version, commit);
    } else {
      await writeAllOk(zk, layout, hosts.slice(0, -1), version, commit);
      await sleep(pauseBeforeLastMs);
      lastOkAt = await writeAllOk(zk, layout, hosts.slice(-1), version, commit);
    }
    const done = await run;
    if (done.code !== 0) throw new Error(`zkdeploy wait exited ${done.code}: ${done.stderr.trim()}`);
    return done.exitedAt - lastOkAt;
  };
  const burst = await once(null);
  const lastAlone = await once(2000);
  log(`  wait over ${hosts.length} hosts: ${Math.round(burst)} ms after the last ok of a burst, ${Math.round(lastAlone)} ms after a last ok alone`);
  return { afterLastOkMs: lastAlone, afterBurstMs: burst };
}
