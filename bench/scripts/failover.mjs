#!/usr/bin/env node
/**
 * Failover time of an active/standby group: SIGKILL the primary agent and
 * time until the next primary's --on-primary command has run (read from the
 * command's own timestamped record), against the session timeout.
 *
 *   pnpm bench -- failover [--rounds 5] [--session-timeouts 2000,4000] [--members 3]
 *
 * Prints one JSON line per session timeout: {sessionTimeoutMs, rounds,
 * failoverMs: {min, median, max}, overheadMs: median - sessionTimeoutMs}.
 * Needs Debian's zookeeper package; starts its own ZooKeeper on loopback.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AgentProcess } from '@zkdeploy/test-support';
import { parseBenchArgs } from '../lib/args.mjs';
import { ZkCluster } from '@zkdeploy/test-support';

const values = parseBenchArgs({
  name: 'failover',
  usage: 'pnpm bench -- failover [flags]',
  summary: 'Failover time of an active/standby group after SIGKILL of the primary, against the session timeout.',
  flags: {
    rounds: { type: 'int', min: 1, max: 100, default: 5, help: 'kills per session timeout' },
    'session-timeouts': { type: 'ints', min: 400, max: 120_000, default: [2000, 4000], help: 'session timeouts to measure, ms' },
    members: { type: 'int', min: 2, max: 20, default: 3, help: 'agents in the group' },
  },
});
const rounds = values.rounds;
const members = values.members;
const timeouts = values['session-timeouts'];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function records(file) {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text.split('\n').filter(Boolean).map((line) => {
    const [ns, role, host] = line.split(' ');
    return { atMs: Number(BigInt(ns) / 1_000_000n), role, host };
  });
}

async function until(what, check, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

async function measure(cluster, sessionTimeoutMs) {
  const dir = await mkdtemp(join(tmpdir(), 'zkdeploy-bench-failover-'));
  const file = join(dir, 'roles.log');
  const group = `bench-${sessionTimeoutMs}`;
  const record = (role) => `echo "$(date +%s%N) ${role} $ZKDEPLOY_HOST" >> '${file}'`;
  const start = (host) =>
    AgentProcess.start({
      zk: cluster.connectString(),
      host,
      args: ['--group', group, '--on-primary', record('primary'), '--on-standby', record('standby'), '--session-timeout', String(sessionTimeoutMs), '--log-level', 'warn'],
    });
  const agents = new Map();
  let next = 0;
  const add = async () => {
    const host = `b${sessionTimeoutMs}-${++next}`;
    agents.set(host, await start(host));
  };
  const samples = [];
  try {
    for (let i = 0; i < members; i++) await add();
    for (let round = 0; round < rounds; round++) {
      const primary = await until('a primary', async () => {
        const all = await records(file);
        const last = all.filter((r) => r.role === 'primary').at(-1);
        return last && agents.has(last.host) ? last.host : undefined;
      });
      const killedAt = Date.now();
      agents.get(primary).signal('SIGKILL');
      agents.delete(primary);
      const taken = await until('the next primary', async () =>
        (await records(file)).find((r) => r.role === 'primary' && r.atMs >= killedAt && r.host !== primary),
      );
      samples.push(taken.atMs - killedAt);
      await add(); // keep the group at full strength
    }
  } finally {
    await Promise.all([...agents.values()].map((a) => a.stop()));
    await rm(dir, { recursive: true, force: true });
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)];
  return { sessionTimeoutMs, rounds, failoverMs: { min: samples[0], median, max: samples.at(-1) }, overheadMs: median - sessionTimeoutMs };
}

const cluster = await ZkCluster.start();
try {
  for (const t of timeouts) process.stdout.write(`${JSON.stringify(await measure(cluster, t))}\n`);
} finally {
  await cluster.stop();
}
