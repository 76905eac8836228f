/**
 * The rollout record at `B/rollout` (docs/design.md, "Progressive rollouts")
 * and a host's wave assignment at `B/rollout-hosts/<host>`. Both are small on
 * purpose: every agent watches `B/rollout`, so a wave advance costs each
 * agent one read of it; the assignment is read once per rollout. Read back as
 * untrusted data: anything malformed is null, never a crash.
 */
import { parsePayload, type Payload } from '../payload/index.js';
import { parsePlan, type RolloutPlan } from './rollout-plan.js';
import { integerField, parseJsonObject, stringField } from '../record-fields.js';

export const ROLLOUT_STATES = ['progressing', 'paused', 'halted', 'aborted', 'completed'] as const;
export type RolloutState = (typeof ROLLOUT_STATES)[number];

export interface WaveRecord {
  index: number;
  select: string;
  /** Hosts assigned when the rollout was planned (0 before). */
  size: number;
  startedAt: string | null;
  /** Since when every host of the wave has been ok and healthy on the candidate (the bake timer), or null. */
  goodSince: string | null;
  passedAt: string | null;
}

export interface RolloutRecord {
  id: string;
  state: RolloutState;
  reason: string | null;
  candidate: Payload;
  /** The `B/config` version the rollout started from; completing writes the candidate as version stableVersion + 1. */
  stableVersion: number;
  plan: RolloutPlan;
  /** False until a controller assigned the hosts to waves. */
  planned: boolean;
  /** Index of the newest started wave; -1 before the first. */
  current: number;
  waves: WaveRecord[];
  createdAt: string;
  updatedAt: string;
  /** Set by `rollout resume` after a manual gate paused the rollout: the next wave may start. */
  resumed?: boolean;
  /** The controller member that last wrote the record. */
  writer?: string | null;
  [extra: string]: unknown;
}

/** A host's wave in one rollout. */
export interface WaveAssignment {
  id: string;
  wave: number;
}

const MAX_RECORD_BYTES = 512 * 1024;

/** The config version a candidate is deployed as (the version completing the rollout will write). */
export function candidateVersion(record: RolloutRecord): number {
  return record.stableVersion + 1;
}

/** True while the rollout may still move hosts to the candidate. */
export function isActive(record: RolloutRecord): boolean {
  return record.state === 'progressing' || record.state === 'paused';
}

export function isTerminal(state: RolloutState): boolean {
  return state === 'aborted' || state === 'completed' || state === 'halted';
}

export function encodeRollout(record: RolloutRecord): Buffer {
  return Buffer.from(JSON.stringify(record), 'utf8');
}

function parseWave(v: unknown, index: number): WaveRecord | null {
  if (typeof v !== 'object' || v === null) return null;
  const w = v as Record<string, unknown>;
  const select = stringField(w['select']);
  if (select === null || w['index'] !== index) return null;
  return { index, select, size: integerField(w['size'], 0) ?? 0, startedAt: stringField(w['startedAt']), goodSince: stringField(w['goodSince']), passedAt: stringField(w['passedAt']) };
}

/** Decodes `B/rollout`; null for data that is not a rollout record. */
export function parseRollout(data: Buffer | null | undefined): RolloutRecord | null {
  const v = parseJsonObject(data, MAX_RECORD_BYTES);
  if (!v) return null;
  const id = stringField(v['id']);
  const state = v['state'];
  const plan = parsePlan(v['plan']);
  const stableVersion = integerField(v['stableVersion'], -1);
  const current = integerField(v['current'], -1);
  if (!id || !/^[A-Za-z0-9._-]{1,64}$/.test(id) || typeof state !== 'string' || !(ROLLOUT_STATES as readonly string[]).includes(state)) return null;
  if (!plan || stableVersion === null || current === null || !Array.isArray(v['waves'])) return null;
  let candidate: Payload;
  try {
    candidate = parsePayload(Buffer.from(JSON.stringify(v['candidate'] ?? null)));
  } catch {
    return null;
  }
  const waves = (v['waves'] as unknown[]).map(parseWave);
  if (waves.some((w) => w === null) || waves.length !== plan.waves.length || current >= waves.length) return null;
  return {
    ...v,
    id,
    state: state as RolloutState,
    reason: stringField(v['reason']),
    candidate,
    stableVersion,
    plan,
    planned: v['planned'] === true,
    current,
    waves: waves as WaveRecord[],
    createdAt: stringField(v['createdAt']) ?? '',
    updatedAt: stringField(v['updatedAt']) ?? '',
  };
}

/** The bake timer at `B/rollout-gate`: since when every host of wave `wave` of rollout `id` has been good. */
export interface GateTimer {
  id: string;
  wave: number;
  goodSince: string | null;
}

/** The record with the current wave's bake timer from `B/rollout-gate` (when it is this rollout's and this wave's). */
export function withGateTimer(record: RolloutRecord, timer: GateTimer | null): RolloutRecord {
  const goodSince = timer && timer.id === record.id && timer.wave === record.current ? timer.goodSince : null;
  return { ...record, waves: record.waves.map((w, i) => (i === record.current ? { ...w, goodSince } : w)) };
}

export function parseGateTimer(data: Buffer | null | undefined): GateTimer | null {
  const v = parseJsonObject(data, 1024);
  const id = v ? stringField(v['id']) : null;
  const wave = v ? integerField(v['wave'], 0) : null;
  return id !== null && wave !== null ? { id, wave, goodSince: stringField(v?.['goodSince']) } : null;
}

export function encodeAssignment(a: WaveAssignment): Buffer {
  return Buffer.from(JSON.stringify(a), 'utf8');
}

/** Decodes `B/rollout-hosts/<host>`; null when it is not an assignment. */
export function parseAssignment(data: Buffer | null | undefined): WaveAssignment | null {
  const v = parseJsonObject(data, 1024);
  const id = v ? stringField(v['id']) : null;
  const wave = v ? integerField(v['wave'], 0) : null;
  return id !== null && wave !== null ? { id, wave } : null;
}

/** A fresh rollout record, as `publish` writes it (not planned: a controller assigns the waves). */
export function newRollout(id: string, candidate: Payload, stableVersion: number, plan: RolloutPlan, now: Date): RolloutRecord {
  const at = now.toISOString();
  return {
    id,
    state: 'progressing',
    reason: null,
    candidate,
    stableVersion,
    plan,
    planned: false,
    current: -1,
    waves: plan.waves.map((select, index) => ({ index, select, size: 0, startedAt: null, goodSince: null, passedAt: null })),
    createdAt: at,
    updatedAt: at,
  };
}

/**
 * What one host should run while this rollout record stands: the candidate
 * only when its wave has started and the rollout has not been halted with
 * rollback or aborted; never further than the controller moved it.
 */
export function hostTakesCandidate(record: RolloutRecord | null, assignment: WaveAssignment | null): boolean {
  if (!record || !record.planned || !assignment || assignment.id !== record.id) return false;
  if (record.state === 'aborted' || record.state === 'completed') return false;
  if (record.state === 'halted' && record.plan.autoRollback) return false;
  return assignment.wave <= record.current;
}
