/**
 * A finished rollout's outcome, kept at `B/rollouts/<id>` (the history of
 * rollouts, as `B/history` is the history of configs). Written in the same
 * multi that ends the rollout, so a rollout never ends without its outcome.
 */
import type { RolloutRecord, RolloutState } from './rollout-record.js';

export interface RolloutOutcome {
  id: string;
  state: RolloutState;
  reason: string | null;
  commitId: string;
  stableVersion: number;
  waves: string[];
  /** Waves started before the end. */
  reached: number;
  createdAt: string;
  finishedAt: string;
}

export function outcomeOf(record: RolloutRecord, finishedAt: string): RolloutOutcome {
  return {
    id: record.id,
    state: record.state,
    reason: record.reason,
    commitId: record.candidate.commitId,
    stableVersion: record.stableVersion,
    waves: record.plan.waves,
    reached: record.current + 1,
    createdAt: record.createdAt,
    finishedAt,
  };
}

export function encodeOutcome(outcome: RolloutOutcome): Buffer {
  return Buffer.from(JSON.stringify(outcome), 'utf8');
}

/** Decodes `B/rollouts/<id>`; null when it is not an outcome. */
export function parseOutcome(data: Buffer | null | undefined): RolloutOutcome | null {
  if (!data || data.length > 64 * 1024) return null;
  try {
    const v = JSON.parse(data.toString('utf8')) as Partial<RolloutOutcome>;
    if (typeof v.id !== 'string' || typeof v.state !== 'string' || typeof v.commitId !== 'string') return null;
    return {
      id: v.id, state: v.state, reason: typeof v.reason === 'string' ? v.reason : null, commitId: v.commitId,
      stableVersion: typeof v.stableVersion === 'number' ? v.stableVersion : -1, waves: Array.isArray(v.waves) ? v.waves.filter((w) => typeof w === 'string') : [],
      reached: typeof v.reached === 'number' ? v.reached : 0, createdAt: String(v.createdAt ?? ''), finishedAt: String(v.finishedAt ?? ''),
    };
  } catch {
    return null;
  }
}
