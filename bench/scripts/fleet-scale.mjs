#!/usr/bin/env node
/**
 * Fleet scale (issue 18): 100, 300 and 1,000 live agents (many per worker
 * process, through startAgent) against a 3-node ensemble and a git daemon,
 * real publishes.
 *
 *   pnpm bench -- fleet-scale [--sizes 100,300,1000] [--workers 4] [--warmup 1] [--updates 3] [--session-timeout 10000] [--splay 2000] [--json]
 *
 * Prints a table per size: publish → all ok (per-host p50 / p99 / last),
 * the servers' mntr during the update, git fetches and peak concurrency,
 * memory per agent; at the largest size status/status --json/wait, the
 * leader killed under every session, all agents restarted at once and an
 * update with --splay. Needs Debian's zookeeper package.
 */
import { parseBenchArgs } from '../lib/args.mjs';
import { fleetScale } from '../lib/fleet-scale.mjs';
import { loadNow } from '../lib/machine.mjs';

const values = parseBenchArgs({
  name: 'fleet-scale',
  usage: 'pnpm bench -- fleet-scale [flags]',
  summary: 'N live agents in a few processes against a 3-node ensemble: convergence, server load, git load, leader kill, restart storm.',
  flags: {
    sizes: { type: 'ints', min: 1, max: 5000, default: [100, 300, 1000], help: 'fleet sizes, agents' },
    warmup: { type: 'int', min: 0, max: 20, default: 1, help: 'updates at each size before the measured ones' },
    updates: { type: 'int', min: 1, max: 20, default: 3, help: 'updates measured at each size; the table has their medians' },
    workers: { type: 'int', min: 1, max: 200, default: 4, help: 'worker processes the agents run in, the same at every size' },
    'session-timeout': { type: 'int', min: 2000, max: 60_000, default: 10_000, help: "the agents' session timeout, ms" },
    splay: { type: 'int', min: 0, max: 600_000, default: 2000, help: '--splay of the agents restarted in the storm, ms' },
    timeout: { type: 'int', min: 10, max: 3600, default: 600, help: 'give up on any one step after this long, s' },
    jvm: { type: 'string', choices: ['server', 'test'], default: 'server', help: "ZooKeeper's JVM settings (test/support ZkCluster)" },
    json: { type: 'boolean', help: 'print the rows as JSON too' },
  },
});

const log = (line) => process.stderr.write(`${line}\n`);
const loadBefore = loadNow();
const startedAt = new Date().toISOString();
const rows = await fleetScale({
  sizes: values.sizes,
  workers: values.workers,
  warmupRounds: values.warmup,
  updateRounds: values.updates,
  sessionTimeoutMs: values['session-timeout'],
  splayMs: values.splay,
  timeoutMs: values.timeout * 1000,
  jvm: values.jvm,
  log,
});
const loadAfter = loadNow();

const ms = (v) => (v === undefined ? '–' : `${Math.round(v)}`);
const mb = (v) => v.toFixed(2);
const lines = [];
const cpu = (c) => `${c.machine.toFixed(1)} (${c.agents.toFixed(1)} / ${c.zookeeper.toFixed(1)} / ${c.gitServer.toFixed(1)})`;
lines.push('| agents | workers | start → all registered (ms), startups retried | update p50 / p99 / last (ms), medians | each update, last ok (ms) | first clone last (ms) | hosts ok | sessions lost | longest loop stall (ms) | RSS per agent, all workers (MB) | ZK avg / max latency (ms) | ZK max outstanding | ZK watches | git fetches / peak concurrent | machine CPU per host per update: all (agents and their git / ZooKeeper / git server), ms |');
lines.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  lines.push(`| ${r.agents} | ${r.workers} | ${ms(r.startMs)}, ${r.startupRestarts} | ${ms(r.update.p50)} / ${ms(r.update.p99)} / ${ms(r.update.last)} | ${r.update.lasts.map(ms).join(', ')} | ${ms(r.cloneLastMs)} | ${r.okAfterUpdate} | ${r.sessionsLost} | ${ms(r.loopDelayMaxMs)} | ${mb(r.rssPerAgentMb)}, ${Math.round(r.rssTotalMb)} | ${r.mntr.avgLatencyMs.toFixed(1)} / ${r.mntr.maxLatencyMs} | ${r.mntr.maxOutstanding} | ${r.mntr.watches} | ${r.gitNoSplay.fetchesPerDeploy} / ${r.gitNoSplay.peakConcurrent} | ${cpu(r.cpuPerHostMs)} |`);
}
const first = rows[0];
const last = rows.at(-1);
lines.push('');
const growth = last.update.last / first.update.last / (last.agents / first.agents);
lines.push(`Convergence growth ${first.agents} → ${last.agents}: median last ok ×${(last.update.last / first.update.last).toFixed(2)} for ×${(last.agents / first.agents).toFixed(1)} agents; ratio to linear ${growth.toFixed(2)} (≤ 1 is no worse than linear).`);
const f = rows.find((r) => r.status);
if (f) {
  lines.push('');
  lines.push(`At ${f.agents} live hosts: status ${ms(f.status.tableMs)} ms (exit ${f.status.tableCode}), status --json ${ms(f.status.jsonMs)} ms (${f.status.jsonHosts} hosts), wait exit ${f.wait.code} ${ms(f.wait.afterLastOkMs)} ms after the last ok.`);
  const k = f.leaderKill;
  lines.push(`Leader killed under ${f.agents} sessions: every agent healthy again after ${k.allHealthyMs === null ? 'NEVER within the session timeout + 60 s' : `${ms(k.allHealthyMs)} ms`} (${k.healthyAtEnd} healthy, ${k.registeredAtEnd} registered at the end), all registered after ${k.registeredMs === null ? 'NEVER' : `${ms(k.registeredMs)} ms`} (session timeout ${values['session-timeout']} ms + 5 s: ${k.withinTimeoutPlus5s ? 'met' : 'NOT met'}), sessions lost ${k.sessionsLost}, status records lost ${k.statusLost}, still ok ${k.statusOk}.`);
  const s = f.storm;
  lines.push(`All ${f.agents} agents restarted at once: startAgent resolved for all after ${ms(s.startedMs)} ms, all registered after ${s.allRegisteredMs === null ? `NEVER within 120 s (${s.registeredAtEnd} registered)` : `${ms(s.allRegisteredMs)} ms`}; ZK avg / max latency ${s.mntr.avgLatencyMs.toFixed(1)} / ${s.mntr.maxLatencyMs} ms, max outstanding ${s.mntr.maxOutstanding}.`);
  const sp = f.splay;
  lines.push(`Git per update at ${f.agents}: --splay off ${f.gitNoSplay.fetchesPerDeploy} fetches, peak ${f.gitNoSplay.peakConcurrent} concurrent, last ok ${ms(f.update.last)} ms; --splay ${sp.splayMs} ${sp.fetchesPerDeploy} fetches, peak ${sp.peakConcurrent} concurrent, last ok ${ms(sp.last)} ms.`);
}
lines.push('');
lines.push(`Started ${startedAt}; load average ${loadBefore} before, ${loadAfter} after.`);
process.stdout.write(`${lines.join('\n')}\n`);
if (values.json) process.stdout.write(`${JSON.stringify(rows)}\n`);
