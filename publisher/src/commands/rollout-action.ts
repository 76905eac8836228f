import type { Command } from 'commander';
import { ErrorCode, ExitCode, UsageError, ZkDeployError } from '@zkdeploy/shared/errors';
import { encodePayload } from '@zkdeploy/shared/payload';
import { candidateVersion, describePlan, encodeOutcome, encodeRollout, outcomeOf, parseOutcome, parseRollout, planFromFlags, type PlanFlags, type RolloutOutcome, type RolloutRecord } from '@zkdeploy/shared/rollout';
import { hasZkCode, type ZkClient, type ZkOp } from '@zkdeploy/shared/zk';
import { ZnodeLayout } from '@zkdeploy/shared/znode-layout';
import { displayText } from '@zkdeploy/shared/display-text';
import { globalOptions, withZk, type GlobalOptions } from '../global-options.js';
import { readRollout, watchRollout, type RolloutView } from '../rollout-view.js';

/** Runs every `zkdeploy rollout …` subcommand (the command's name says which). */
export async function run(this: Command, flags: PlanFlags & { watch?: boolean; limit?: string }): Promise<void> {
  const global = globalOptions(this);
  const name = this.name();
  const parent = this.parent?.name();
  if (parent === 'policy') {
    process.exitCode = await withZk(global, (zk) => policyAction(zk, global, name, flags));
    return;
  }
  if (name === 'history') {
    const limit = flags.limit === undefined ? 20 : Number(flags.limit);
    if (!Number.isSafeInteger(limit) || limit < 1) throw new UsageError(`--limit must be a whole number >= 1, got ${JSON.stringify(flags.limit)}`);
    process.exitCode = await withZk(global, (zk) => showHistory(zk, global, limit));
    return;
  }
  if (name === 'status') {
    process.exitCode = await withZk(global, (zk) => (flags.watch ? watchStatus(zk, global) : showStatus(zk, global)));
    return;
  }
  process.exitCode = await withZk(global, (zk) => control(zk, global, name as Action));
}

async function policyAction(zk: ZkClient, global: GlobalOptions, name: string, flags: PlanFlags): Promise<number> {
  const store = await import('../rollout-policy-store.js');
  if (name === 'set') {
    const plan = planFromFlags(flags);
    await store.writePolicy(zk, global.app, plan);
    process.stdout.write(global.json ? `${JSON.stringify({ app: global.app, policy: plan })}\n` : `default rollout plan of ${global.app}: ${describePlan(plan)}\n`);
  } else if (name === 'show') {
    const plan = await store.readPolicy(zk, global.app);
    process.stdout.write(global.json ? `${JSON.stringify({ app: global.app, policy: plan })}\n` : plan ? `${describePlan(plan)}\n` : `${global.app} has no default rollout plan: publishes reach every host at once\n`);
  } else {
    const removed = await store.clearPolicy(zk, global.app);
    process.stdout.write(global.json ? `${JSON.stringify({ app: global.app, cleared: removed })}\n` : removed ? `cleared the default rollout plan of ${global.app}\n` : `${global.app} had no default rollout plan\n`);
  }
  return ExitCode.OK;
}

async function showStatus(zk: ZkClient, global: GlobalOptions): Promise<number> {
  const rollout = await readRollout(zk, global.app);
  process.stdout.write(global.json ? `${JSON.stringify({ app: global.app, rollout })}\n` : renderRollout(global.app, rollout));
  return rollout?.state === 'halted' || rollout?.state === 'aborted' ? ExitCode.NOT_CONVERGED : ExitCode.OK;
}

async function watchStatus(zk: ZkClient, global: GlobalOptions): Promise<number> {
  await new Promise<void>((resolve) => {
    const watch = watchRollout(zk, global.app, (rollout) => {
      process.stdout.write(global.json ? `${JSON.stringify({ app: global.app, rollout })}\n` : `${renderRollout(global.app, rollout)}\n`);
    });
    process.once('SIGINT', () => { watch.stop(); resolve(); });
    process.once('SIGTERM', () => { watch.stop(); resolve(); });
  });
  return ExitCode.OK;
}

/** Finished rollouts from `B/rollouts`, newest first. */
async function showHistory(zk: ZkClient, global: GlobalOptions, limit: number): Promise<number> {
  const layout = new ZnodeLayout(global.app);
  const names = (await zk.children(layout.rollouts)) ?? [];
  const outcomes = (await Promise.all(names.map(async (n) => parseOutcome((await zk.get(layout.rolloutOutcome(n)).catch(() => null))?.data))))
    .filter((o): o is RolloutOutcome => o !== null)
    .sort((a, b) => (a.finishedAt < b.finishedAt ? 1 : -1))
    .slice(0, limit);
  if (global.json) process.stdout.write(`${JSON.stringify({ app: global.app, rollouts: outcomes })}\n`);
  else if (outcomes.length === 0) process.stdout.write(`${global.app}: no finished rollouts\n`);
  else {
    const lines = outcomes.map((o) => `${o.finishedAt}  ${o.id}  ${o.commitId.slice(0, 12)}  ${o.state}  waves ${o.reached}/${o.waves.length} (${o.waves.join(',')})${o.reason ? ` — ${o.reason}` : ''}`);
    process.stdout.write(`${lines.map(displayText).join('\n')}\n`);
  }
  return ExitCode.OK;
}

/** The rollout for people: one header, a line per wave, a line per host. */
export function renderRollout(app: string, rollout: RolloutView | null): string {
  if (!rollout) return `${app}: no rollout\n`;
  const lines = [
    `rollout ${rollout.id} of ${rollout.candidate.commitId.slice(0, 12)} (stable version ${rollout.stableVersion}): ${rollout.state}${rollout.reason ? ` — ${rollout.reason}` : ''}`,
    `plan: ${describePlan(rollout.plan)}`,
  ];
  if (!rollout.planned) lines.push('waiting for a controller (`zkdeploy controller` or an agent with --controller) to plan the waves');
  for (const w of rollout.waves) {
    const timer = w.passedAt ? `passed ${w.passedAt}` : w.goodSince ? `baking since ${w.goodSince}` : w.startedAt ? `started ${w.startedAt}` : 'not started';
    lines.push(`wave ${w.index + 1} (${w.select}): ${w.hosts.length} host(s), ${timer}`);
    for (const h of w.hosts) lines.push(`  ${h.host}  ${h.state ?? 'pending'}  ${h.commitId?.slice(0, 12) ?? '-'}  ${h.health ?? '-'}${h.health === 'unhealthy' && h.healthReason ? ` (${h.healthReason})` : ''}`);
  }
  return `${lines.map(displayText).join('\n')}\n`;
}

type Action = 'pause' | 'resume' | 'abort' | 'promote';

/** pause / resume / abort / promote: one compare-and-set on the rollout record (promote also writes B/config, in the same multi). */
async function control(zk: ZkClient, global: GlobalOptions, action: Action): Promise<number> {
  const layout = new ZnodeLayout(global.app);
  const node = await zk.get(layout.rollout);
  const record = parseRollout(node?.data);
  if (!node || !record) throw new UsageError(`${global.app} has no rollout to ${action}`);
  const allowed: Record<Action, RolloutRecord['state'][]> = { pause: ['progressing'], resume: ['paused'], abort: ['progressing', 'paused', 'halted'], promote: ['progressing', 'paused'] };
  if (!allowed[action].includes(record.state)) throw new UsageError(`rollout ${record.id} is ${record.state}; ${action} needs it ${allowed[action].join(' or ')}`);
  const now = new Date().toISOString();
  await zk.ensurePath(layout.history);
  const acl = await zk.getAcl(layout.history);
  let next: RolloutRecord;
  const ops: ZkOp[] = [];
  if (action === 'pause') next = { ...record, state: 'paused', reason: 'paused by an operator' };
  else if (action === 'resume') next = { ...record, state: 'progressing', reason: null };
  else if (action === 'abort') next = { ...record, state: 'aborted', reason: 'aborted by an operator' };
  else {
    next = { ...record, state: 'completed', reason: 'promoted by an operator' };
    const data = encodePayload(record.candidate);
    ops.push({ op: 'set', path: layout.config, data, version: record.stableVersion });
    ops.push({ op: 'create', path: layout.historyEntry(candidateVersion(record)), data, acl });
  }
  next = { ...next, updatedAt: now, writer: null };
  if (action === 'abort' || action === 'promote') {
    await zk.ensurePath(layout.rollouts, acl);
    const outcome = encodeOutcome(outcomeOf(next, now));
    const path = layout.rolloutOutcome(record.id);
    ops.push((await zk.exists(path)) ? { op: 'set', path, data: outcome, version: -1 } : { op: 'create', path, data: outcome, acl });
  }
  ops.push({ op: 'set', path: layout.rollout, data: encodeRollout(next), version: node.stat.version });
  try {
    await zk.multi(ops);
  } catch (err) {
    if (hasZkCode(err, ErrorCode.ZK_BAD_VERSION)) {
      throw new ZkDeployError(ErrorCode.CONFLICT, `rollout ${record.id} (or ${layout.config}) changed meanwhile; nothing was written`, { hint: 'check `zkdeploy rollout status` and try again' });
    }
    throw err;
  }
  process.stdout.write(global.json ? `${JSON.stringify({ app: global.app, rollout: { id: record.id, state: next.state } })}\n` : `rollout ${record.id}: ${next.state}\n`);
  return ExitCode.OK;
}

