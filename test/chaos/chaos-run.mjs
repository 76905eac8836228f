/**
 * One chaos run (issue 22): a 3-node ensemble, a git daemon behind a proxy
 * that can be made slow, five agents (two of them rollout controllers) each
 * behind its own fault proxies, two publishers racing through theirs; the
 * seeded nemesis schedule; the checkers throughout and at the end; then
 * every fault healed and a bounded settle, ending on one last publish that
 * every live agent must reach. Resolves to the report.
 */
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ZkClient, parseRollout, parseStatus } from '@zkdeploy/shared';
import { APP, FaultProxy, GitDaemon, GitRepo, ZkCluster, eventually, snapshotTree } from '@zkdeploy/test-support';
import { ChaosAgent } from './chaos-agents.mjs';
import { checkCliDeadlines, checkControllerTransitions, checkNoLostUpdate, checkOutside, checkPrimaries } from './final-checks.mjs';
import { HealthPoller } from './health-poller.mjs';
import { Nemesis } from './nemesis.mjs';
import { RolloutWatch } from './rollout-watch.mjs';
import { RunHistory } from './run-history.mjs';
import { describeEvent, makeSchedule, scheduleDigest } from './schedule.mjs';
import { SlowProxy } from './slow-proxy.mjs';
import { TreeReader } from './tree-reader.mjs';
import { DEPLOY_PATH, Workload, commitFiles } from './workload.mjs';

export const SHAPE = { agents: 5, controllers: 2, publishers: 2, sessionMs: 4000 };
export const SETTLE_MS = 120_000;

/** The schedule a seed gives (what `--print-schedule` shows). */
export function scheduleFor(seed, minutes) {
  return makeSchedule(seed, minutes, SHAPE);
}

async function startWorld(root, history) {
  const cluster = await ZkCluster.start({ nodes: 3 });
  const { files, manifest } = commitFiles('c0', 0);
  const repo = await GitRepo.create({ files: { ...files, 'manifest.json': JSON.stringify(manifest) } });
  const daemon = await GitDaemon.start(repo.bare);
  const slowProxy = await SlowProxy.start(daemon.port);
  const gitUrl = daemon.urlOf(repo.bare).replace(`:${daemon.port}/`, `:${slowProxy.port}/`);
  const publisherProxies = await Promise.all(
    Array.from({ length: SHAPE.publishers }, () => Promise.all(cluster.members.map((m) => FaultProxy.start(m.clientPort)))),
  );
  const zk = await ZkClient.connect({ connectString: cluster.connectString(), sessionTimeoutMs: 30_000 });
  const roleLog = join(root, 'roles.log');
  await writeFile(roleLog, '');
  const agents = Array.from({ length: SHAPE.agents }, (_, i) => new ChaosAgent(i + 1, { root, cluster, roleLog, sessionMs: SHAPE.sessionMs, controllers: SHAPE.controllers, tryTmpfs: true }));
  for (const a of agents) await a.prepare();
  for (const a of agents) await a.start();
  history.add(`world up: ensemble ${cluster.connectString()}, git ${gitUrl}, agents ${agents.map((a) => a.host).join(',')}`);
  return { cluster, repo, daemon, slowProxy, gitUrl, publisherProxies, zk, roleLog, agents, kills: [], freezes: [] };
}

async function stopWorld(world) {
  await Promise.all(world.agents.map((a) => a.stop().catch(() => undefined)));
  await Promise.all(world.publisherProxies.flat().map((p) => p.stop()));
  await world.slowProxy.stop();
  await world.zk.close().catch(() => undefined);
  await world.daemon.halt();
  await world.cluster.stop();
  await world.repo.remove();
}

/** Heals, ends rollouts, publishes one last commit and waits for every agent on it: the settle time. */
async function settle(world, workload, history) {
  const t0 = Date.now();
  const deadline = t0 + SETTLE_MS;
  const until = async (what, fn) => {
    for (;;) {
      if (await fn().catch(() => false)) return true;
      if (Date.now() > deadline) {
        history.violate(2, `settle: ${what} not reached within ${SETTLE_MS / 1000} s`);
        return false;
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  };
  await until('rollout ended', async () => {
    const record = parseRollout((await world.zk.get(`${APP}/rollout`))?.data);
    if (!record || ['aborted', 'completed'].includes(record.state)) return true;
    await workload.cli(1, 'rollout abort (settle)', ['rollout', 'abort']);
    return false;
  });
  let last = null;
  await until('a last publish acknowledged', async () => {
    last = await workload.publish(1, null);
    return last.code === 0;
  });
  if (!last || last.code !== 0) return { settleMs: null, last };
  const converged = await until(`every agent ok at ${last.label}`, async () => {
    const config = await world.zk.get(`${APP}/config`);
    const records = await Promise.all(world.agents.map(async (a) => parseStatus((await world.zk.get(`${APP}/status/${a.host}`))?.data ?? null, a.host)));
    return records.every((r) => r?.state === 'ok' && r.commitId === last.commit && r.configVersion === config?.stat.version);
  });
  if (!converged) {
    for (const a of world.agents) history.add(`${a.host} last output:\n${a.output().split('\n').slice(-8).join('\n')}`);
  }
  return { settleMs: converged ? Date.now() - t0 : null, last };
}

/** CLI calls by action and exit code: `publish 0x12 1x3, rollback 0x2`. */
function exitCounts(calls) {
  const counts = new Map();
  for (const c of calls) counts.set(`${c.action} ${c.code}`, (counts.get(`${c.action} ${c.code}`) ?? 0) + 1);
  const byAction = new Map();
  for (const [key, n] of [...counts].sort()) {
    const [action, code] = [key.slice(0, key.lastIndexOf(' ')), key.slice(key.lastIndexOf(' ') + 1)];
    byAction.set(action, [...(byAction.get(action) ?? []), `exit ${code} x${n}`]);
  }
  return [...byAction].map(([action, list]) => `${action}: ${list.join(' ')}`).join('; ');
}

/** Keeps what a failing run leaves to read: the history, the role log and every agent's output. */
async function keepEvidence(world, history, seed, log) {
  const dir = join(process.env['ZKDEPLOY_CHAOS_EVIDENCE'] ?? tmpdir(), `zkdeploy-chaos-evidence-${seed}-${Date.now()}`);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'history.txt'), history.entries.map((e) => `t+${(e.at / 1000).toFixed(1)}s ${e.what}`).join('\n'));
  await copyFile(world.roleLog, join(dir, 'roles.log')).catch(() => undefined);
  await writeFile(join(dir, 'freezes-and-kills.json'), JSON.stringify({ freezes: world.freezes, kills: world.kills }, null, 1));
  for (const a of world.agents) await writeFile(join(dir, `${a.host}.log`), a.output());
  log(`chaos: evidence kept in ${dir}`);
}

export async function runChaos({ seed, minutes, log = console.log }) {
  const schedule = scheduleFor(seed, minutes);
  log(`chaos: seed ${seed}, ${minutes} min, ${schedule.length} faults, schedule digest ${scheduleDigest(schedule)}\n${schedule.map(describeEvent).join('\n')}`);
  const root = await mkdtemp(join(tmpdir(), 'zkdeploy-chaos-'));
  const history = new RunHistory(seed);
  await mkdir(join(root, 'outside', 'etc'), { recursive: true });
  await writeFile(join(root, 'outside', 'etc', 'app.conf'), 'untouched\n');
  const outsideSkip = (rel) => /^bases\/host-\d+\//.test(rel) || rel === 'roles.log';
  const world = await startWorld(root, history);
  history.frozenSince = (host, since) => world.freezes.some((f) => f.host === host && (f.to === null || f.to > since - 1000));
  const before = await snapshotTree(root, outsideSkip);
  const workload = new Workload(world, history, seed);
  const readers = world.agents.map((a) => new TreeReader(a, join(a.baseDir, DEPLOY_PATH), workload.commits, history));
  workload.commits.set('c0', await world.repo.head());
  const poller = new HealthPoller(world.agents, history);
  const watch = new RolloutWatch(world.zk, APP, world.agents.map((a) => a.host), history);
  const nemesis = new Nemesis(world, history);
  let result;
  try {
    await eventually('agents registered', async () => ((await world.zk.children(`${APP}/agents`).catch(() => null)) ?? []).length === SHAPE.agents, 60_000);
    for (const c of [...readers, poller, watch]) c.start();
    workload.start(SHAPE.publishers);
    const t0 = Date.now();
    history.t0 = t0;
    const progress = setInterval(() => {
      const applied = [...nemesis.applied.values()].reduce((a, b) => a + b, 0);
      log(`chaos: t+${Math.round((Date.now() - t0) / 1000)}s of ${minutes * 60}s: ${workload.acknowledged.length} publishes acknowledged (${exitCounts(workload.calls)}), ${applied} faults, ${history.violations.length} violations`);
    }, 60_000);
    await nemesis.run(schedule, t0).finally(() => clearInterval(progress));
    log('chaos: schedule over; healing and settling');
    await workload.stop();
    await nemesis.healAll();
    history.add('schedule over: every fault healed');
    const { settleMs } = await settle(world, workload, history);
    for (const c of [...readers, poller, watch]) await c.stop();
    await checkNoLostUpdate(world.zk, APP, workload, history);
    const primaries = await checkPrimaries(world.roleLog, world, history, Date.now());
    const transitions = checkControllerTransitions(world.agents, history);
    checkCliDeadlines(workload, history);
    await checkOutside(root, outsideSkip, before, world.zk, APP, world.agents.map((a) => a.host), workload, history);
    result = {
      seed, minutes, schedule: scheduleDigest(schedule), publishes: workload.acknowledged.length, calls: workload.calls.length,
      faults: Object.fromEntries(nemesis.applied), skipped: nemesis.skipped, violations: history.violations, settleMs,
      reads: readers.reduce((n, r) => n + r.reads, 0), healthPolls: poller.polls, maxLoopDelayS: poller.maxLoopDelayS, runnerLoopDelayS: poller.runnerMaxS ?? 0,
      rollouts: watch.rollouts.size, candidateChecks: watch.candidateChecks, transitions, primaries, longestCliMs: Math.max(0, ...workload.calls.map((c) => c.ms)), exits: exitCounts(workload.calls),
    };
  } finally {
    for (const c of [...readers, poller, watch]) await c.stop().catch(() => undefined);
    if (!result || result.violations.length > 0) await keepEvidence(world, history, seed, log);
    await workload.stop().catch(() => undefined);
    await stopWorld(world).catch((err) => log(`chaos: stopping: ${err.message}`));
    await rm(root, { recursive: true, force: true }).catch(() => undefined);
  }
  log(renderReport(result));
  return result;
}

export function renderReport(r) {
  const byChecker = [1, 2, 3, 4, 5, 6].map((c) => r.violations.filter((v) => v.checker === c).length);
  const faults = Object.entries(r.faults).sort().map(([k, n]) => `${k} ${n}`).join(', ');
  const skipped = [...new Set(r.skipped.map((s) => `${s.kind}: ${s.reason}`))].join('; ');
  return [
    '',
    '| seed | minutes | publishes acknowledged (CLI calls) | faults injected by kind | violations by checker 1/2/3/4/5/6 | time to settle |',
    '|---|---|---|---|---|---|',
    `| ${r.seed} | ${r.minutes} | ${r.publishes} (${r.calls}) | ${faults} | ${byChecker.join('/')} | ${r.settleMs === null ? 'did not settle' : `${(r.settleMs / 1000).toFixed(1)} s`} |`,
    '',
    `schedule digest ${r.schedule}; ${r.reads} tree reads, ${r.healthPolls} health rounds (largest event-loop delay of an agent ${r.maxLoopDelayS.toFixed(2)} s, of the runner ${r.runnerLoopDelayS.toFixed(2)} s), ${r.rollouts} rollouts seen (${r.candidateChecks} candidate hosts judged against their wave), ${r.transitions} controller transitions, ${r.primaries} promotions, longest CLI call ${(r.longestCliMs / 1000).toFixed(1)} s${skipped ? `; skipped: ${skipped}` : ''}`,
    `CLI calls: ${r.exits}`,
    r.violations.length === 0 ? 'no violations' : `${r.violations.length} violations (seed ${r.seed})`,
  ].join('\n');
}
