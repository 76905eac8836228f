#!/usr/bin/env node
/**
 * `zkdeploy status`, `status --json` and `wait` over 10,000 hosts (issue 18):
 * agent and status records written directly (bench/phases/status-scale.mjs),
 * each command timed from spawn to exit, wait from the last `ok` record's
 * mtime to its exit. Targets: status ≤ 1 s, wait ≤ 100 ms after the last ok.
 *
 *   pnpm bench -- status-scale [--hosts 10000] [--runs 3]
 *
 * Needs Debian's zookeeper package; starts its own ZooKeeper on loopback.
 */
import { ZkClient } from '@zkdeploy/shared';
import { GitRepo, ZkCluster } from '@zkdeploy/test-support';
import { parseBenchArgs } from '../lib/args.mjs';
import { loadNow } from '../lib/machine.mjs';
import { statusScale } from '../phases/status-scale.mjs';

const values = parseBenchArgs({
  name: 'status-scale',
  usage: 'pnpm bench -- status-scale [flags]',
  summary: 'status, status --json and wait over many hosts whose records are written directly.',
  flags: {
    hosts: { type: 'int', min: 1, max: 100_000, default: 10_000, help: 'hosts (agent and status records)' },
    runs: { type: 'int', min: 1, max: 50, default: 3, help: 'runs of each command' },
  },
});

const log = (line) => process.stderr.write(`${line}\n`);
const cluster = await ZkCluster.start({ nodes: 1, jvm: 'server' });
const repo = await GitRepo.create();
const zk = await ZkClient.connect({ connectString: cluster.connectString(), sessionTimeoutMs: 30_000 });
try {
  const loadBefore = loadNow();
  const r = await statusScale({ zk, zkConnect: cluster.connectString(), repoUrl: repo.url, commit: await repo.head(), runs: values.runs, log, hosts: values.hosts, waitAfterLastOk: true });
  const ok = (met) => (met ? 'met' : '**NOT met**');
  const lines = [
    `| ${r.hosts} hosts | target | median | max | |`,
    '|---|---|---|---|---|',
    `| \`zkdeploy status\` | ≤ 1 s | ${Math.round(r.table.median)} ms | ${Math.round(r.table.max)} ms | ${ok(r.table.median <= 1000)} |`,
    `| \`zkdeploy status --json\` | ≤ 1 s | ${Math.round(r.json.median)} ms | ${Math.round(r.json.max)} ms | ${ok(r.json.median <= 1000)} |`,
    `| \`zkdeploy wait\`, after the last ok (written alone, after the others) | ≤ 100 ms | ${Math.round(r.wait.afterLastOkMs)} ms | | ${ok(r.wait.afterLastOkMs <= 100)} |`,
    `| \`zkdeploy wait\`, after the last ok of all ${r.hosts} written at once | | ${Math.round(r.wait.afterBurstMs)} ms | | |`,
    `| floors: node bare / CLI --version / reads in-process | | ${Math.round(r.nodeBare)} / ${Math.round(r.cliVersion)} / ${Math.round(r.inProcessReads)} ms | | |`,
    '',
    `Output: table ${r.table.bytes} bytes, --json ${r.json.bytes} bytes. Load average ${loadBefore} before, ${loadNow()} after.`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  await zk.close();
  await cluster.stop();
  await repo.remove();
}
