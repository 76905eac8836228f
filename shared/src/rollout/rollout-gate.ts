/**
 * The gate between waves, as a pure function of the rollout record, the
 * hosts of its started waves and their status records: the controller's
 * whole judgement, so it can be tested without ZooKeeper. A host is *good*
 * when it is `ok` on the candidate (commit and config version) and not
 * unhealthy or still unknown; *failed* when it failed, was rejected or
 * drifted on the candidate, or is unhealthy on it.
 */
import type { StatusRecord } from '../status-record.js';
import { allowedFailures } from './rollout-plan.js';
import { candidateVersion, type RolloutRecord } from './rollout-record.js';

export type HostVerdict = { kind: 'good' } | { kind: 'pending' } | { kind: 'failed'; reason: string };

export type GateDecision =
  | { kind: 'wait' }
  /** Only the bake timer changed (started or reset). */
  | { kind: 'bake'; goodSince: string | null }
  | { kind: 'advance' }
  | { kind: 'manual-gate' }
  | { kind: 'complete' }
  | { kind: 'halt'; reason: string };

/** One host's standing on the candidate. */
export function judgeHost(record: RolloutRecord, status: StatusRecord | null): HostVerdict {
  const commit = record.candidate.commitId;
  const version = candidateVersion(record);
  if (!status || status.configVersion !== version) return { kind: 'pending' };
  const health = typeof status['health'] === 'string' ? (status['health'] as string) : null;
  const healthReason = typeof status['healthReason'] === 'string' ? (status['healthReason'] as string) : 'no reason given';
  if (status.state === 'ok' && status.commitId === commit) {
    if (health === 'unhealthy') return { kind: 'failed', reason: `unhealthy: ${healthReason}` };
    return health === 'unknown' ? { kind: 'pending' } : { kind: 'good' };
  }
  if (status.desiredCommitId !== commit) return { kind: 'pending' };
  if (status.state === 'failed' || status.state === 'rejected') return { kind: 'failed', reason: `${status.state}: ${status.error?.message ?? 'no message'}` };
  if (status.state === 'drifted') return { kind: 'failed', reason: 'drifted' };
  return { kind: 'pending' };
}

export interface GateInput {
  record: RolloutRecord;
  /** Host names per wave (every wave, started or not). */
  waves: string[][];
  statuses: Map<string, StatusRecord | null>;
  nowMs: number;
}

/** Decides the controller's next step for a planned rollout that is progressing or paused. */
export function evaluateGate({ record, waves, statuses, nowMs }: GateInput): GateDecision {
  const total = waves.reduce((n, w) => n + w.length, 0);
  const failed: string[] = [];
  for (const hosts of waves.slice(0, record.current + 1)) {
    for (const host of hosts) {
      const verdict = judgeHost(record, statuses.get(host) ?? null);
      if (verdict.kind === 'failed') failed.push(`${host} ${verdict.reason}`);
    }
  }
  const allowed = allowedFailures(record.plan.maxFailed, total);
  if (failed.length > allowed) {
    return { kind: 'halt', reason: `${failed.length} host(s) failed, over the budget of ${allowed}: ${failed.slice(0, 5).join('; ')}` };
  }
  if (record.state !== 'progressing') return { kind: 'wait' };
  const wave = record.waves[record.current];
  if (!wave) return { kind: 'wait' };
  const last = record.current === record.waves.length - 1;
  if (wave.passedAt !== null) return last ? { kind: 'complete' } : { kind: 'advance' };
  const hosts = waves[record.current] ?? [];
  const allGood = hosts.every((h) => judgeHost(record, statuses.get(h) ?? null).kind === 'good');
  const started = wave.startedAt ? Date.parse(wave.startedAt) : nowMs;
  if (!allGood) {
    if (nowMs - started > record.plan.waveTimeoutMs) {
      const waiting = hosts.filter((h) => judgeHost(record, statuses.get(h) ?? null).kind !== 'good');
      return { kind: 'halt', reason: `wave ${record.current + 1} (${wave.select}) did not pass within its ${record.plan.waveTimeoutMs / 1000}s deadline; not ok and healthy: ${waiting.slice(0, 5).join(', ')}` };
    }
    return wave.goodSince === null ? { kind: 'wait' } : { kind: 'bake', goodSince: null };
  }
  if (wave.goodSince === null) return record.plan.bakeMs === 0 ? passed(record, last) : { kind: 'bake', goodSince: new Date(nowMs).toISOString() };
  if (nowMs - Date.parse(wave.goodSince) >= record.plan.bakeMs) return passed(record, last);
  return { kind: 'wait' };
}

function passed(record: RolloutRecord, last: boolean): GateDecision {
  if (last) return { kind: 'complete' };
  return record.plan.manual ? { kind: 'manual-gate' } : { kind: 'advance' };
}
