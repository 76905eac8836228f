#!/usr/bin/env node
/**
 * ZooKeeper reads per agent per wave advance of a progressive rollout
 * (issue 17, item 6): live agents (many per worker process, through
 * startAgent) talk to ZooKeeper through the request-counting proxy; the
 * controller and the CLI connect directly, so every request the proxy sees
 * is an agent's. The proxy's timeline, kept from the publish to the end of
 * the rollout, is split by path: the rollout record (`B/rollout`, watched),
 * the host's own assignment (`B/rollout-hosts/<host>`, once per rollout),
 * and anything else. The figure is reads of rollout nodes per agent per
 * wave started; any list read (getChildren) by an agent is reported too.
 *
 *   pnpm bench -- rollout-reads [--agents 100] [--waves 1,10%,25%,*] [--workers 4]
 *
 * Needs Debian's zookeeper package; starts its own ZooKeeper on loopback.
 */
import { ZkClient, RolloutController, parseRollout } from '@zkdeploy/shared';
import { GitRepo, ZkCluster, runCli, tempBaseDir } from '@zkdeploy/test-support';
import { AgentPool } from '../lib/agent-pool.mjs';
import { parseBenchArgs } from '../lib/args.mjs';
import { loadNow } from '../lib/machine.mjs';
import { ZkCountProxy } from '../lib/zk-proxy-client.mjs';

const values = parseBenchArgs({
  name: 'rollout-reads',
  usage: 'pnpm bench -- rollout-reads [flags]',
  summary: 'ZooKeeper reads per agent per wave advance of a rollout, counted by the request-counting proxy.',
  flags: {
    agents: { type: 'int', min: 2, max: 2000, default: 100, help: 'live agents' },
    waves: { type: 'string', default: '1,10%,25%,*', help: 'the rollout plan (--waves)' },
    workers: { type: 'int', min: 1, max: 32, default: 4, help: 'agent worker processes' },
  },
});

const APP = '/app/business';
const log = (line) => process.stderr.write(`${line}\n`);
const until = async (what, fn, timeoutMs = 300_000) => {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
};

const loadBefore = loadNow();
const cluster = await ZkCluster.start({ nodes: 1 });
const proxy = await ZkCountProxy.start(cluster.members.map((m) => m.clientPort));
const repo = await GitRepo.create();
const zk = await ZkClient.connect({ connectString: cluster.connectString(), sessionTimeoutMs: 30_000 });
const cli = (...args) => runCli(['--zk', cluster.connectString(), '--app', APP, ...args], { timeoutMs: 600_000 });
let pool = null;
let controller = null;
try {
  const stable = await repo.head();
  if ((await cli('publish', '--url', repo.url, '--commit', stable, '--path', 'srv/app')).code !== 0) throw new Error('stable publish failed');
  const hosts = Array.from({ length: values.agents }, (_, i) => `r-${String(i).padStart(4, '0')}`);
  const specs = await Promise.all(hosts.map(async (host) => ({ host, args: ['--zk', proxy.connectString(), '--app', APP, '--host', host, '--base-dir', await tempBaseDir(host), '--resync', '3600', '--log-level', 'warn'] })));
  pool = await AgentPool.create(specs, values.workers);
  await pool.startAll();
  const okAt = async (commit) => {
    const names = (await zk.children(`${APP}/status`)) ?? [];
    if (names.length < hosts.length) return false;
    const records = await Promise.all(names.map(async (n) => JSON.parse((await zk.get(`${APP}/status/${n}`))?.data.toString() ?? '{}')));
    return records.every((r) => r.state === 'ok' && r.commitId === commit);
  };
  await until('every agent ok at the stable commit', () => okAt(stable));
  log(`${hosts.length} agents ok at the stable commit`);

  controller = new RolloutController(zk, { app: APP, tickMs: 100 });
  await controller.start();
  const candidate = await repo.commit({ 'app.txt': 'candidate\n' }, 'candidate');
  await proxy.trace(true);
  const result = await cli('publish', '--url', repo.url, '--commit', candidate, '--path', 'srv/app', '--waves', values.waves, '--wait', '--timeout', '600');
  if (result.code !== 0) throw new Error(`rollout did not complete: ${result.stdout}${result.stderr}`);
  await until('every agent ok at the candidate', () => okAt(candidate));
  const timeline = await proxy.trace(false);
  const record = parseRollout((await zk.get(`${APP}/rollout`)).data);

  const reads = new Set(['getData', 'exists', 'getChildren', 'getChildren2']);
  const tally = { record: 0, assignment: 0, config: 0, lists: 0, other: 0, recordEvents: 0 };
  for (const e of timeline) {
    if (e.dir === 'event') {
      if (e.path === `${APP}/rollout`) tally.recordEvents++;
      continue;
    }
    if (!reads.has(e.op)) continue;
    if (e.op.startsWith('getChildren')) tally.lists++;
    else if (e.path === `${APP}/rollout`) tally.record++;
    else if (e.path?.startsWith(`${APP}/rollout-hosts/`)) tally.assignment++;
    else if (e.path === `${APP}/config`) tally.config++;
    else tally.other++;
  }
  const n = hosts.length;
  const waves = record.waves.length;
  const per = (x) => (x / n).toFixed(2);
  const lines = [
    `| ${n} agents, waves ${values.waves} (${record.waves.map((w) => w.size).join(' + ')} hosts) | per agent |`,
    '|---|---|',
    `| reads of \`B/rollout\` (the record), whole rollout | ${per(tally.record)} |`,
    `| record changes each agent was told of (watch events) | ${per(tally.recordEvents)} |`,
    `| **reads of \`B/rollout\` per record change** (a wave advance is one change) | **${(tally.record / Math.max(1, tally.recordEvents)).toFixed(2)}** |`,
    `| reads of its own \`B/rollout-hosts/<host>\`, whole rollout | ${per(tally.assignment)} |`,
    `| reads of \`B/config\` | ${per(tally.config)} |`,
    `| list reads (getChildren) | ${per(tally.lists)} |`,
    `| other reads | ${per(tally.other)} |`,
    '',
    `Record changes the agents saw: the publish, the plan with wave 1, ${waves - 1} advances, the completion (${waves + 2} in all); the bake timer (\`B/rollout-gate\`) is read only by the controller. Load average ${loadBefore} before, ${loadNow()} after.`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  await controller?.stop();
  await pool?.close();
  await zk.close();
  proxy.stop();
  await cluster.stop();
  await repo.remove();
}
