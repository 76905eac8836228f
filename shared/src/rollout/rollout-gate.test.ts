import { describe, expect, it } from 'vitest';
import type { StatusRecord } from '../status-record.js';
import { evaluateGate, judgeHost } from './rollout-gate.js';
import { newRollout, type RolloutRecord } from './rollout-record.js';
import { planFromFlags } from './rollout-plan.js';

const C = 'c'.repeat(40);
const S = 's'.repeat(40);
const T0 = Date.parse('2026-12-01T00:00:00Z');

function rollout(flags: Parameters<typeof planFromFlags>[0], patch: Partial<RolloutRecord> = {}): RolloutRecord {
  const r = newRollout('r-1', { url: 'https://git.example/app.git', commitId: C, relativePath: 'app' }, 4, planFromFlags(flags), new Date(T0));
  const waves = r.waves.map((w, i) => ({ ...w, startedAt: i === 0 ? new Date(T0).toISOString() : null }));
  return { ...r, planned: true, current: 0, waves, ...patch };
}

function status(host: string, patch: Partial<StatusRecord> & Record<string, unknown>): StatusRecord {
  return { host, state: 'ok', commitId: C, desiredCommitId: C, configVersion: 5, error: null, updatedAt: '', durationMs: 1, attempts: 1, agentVersion: 'x', ...patch };
}

const gate = (record: RolloutRecord, statuses: Record<string, StatusRecord | null>, nowMs: number, waves = [['a'], ['b', 'c']]) =>
  evaluateGate({ record, waves, statuses: new Map(Object.entries(statuses)), nowMs });

describe('judgeHost', () => {
  const r = rollout({ waves: '1,*' });
  it('is good only ok on the candidate at its config version, and not unhealthy or still unknown', () => {
    expect(judgeHost(r, status('a', {}))).toEqual({ kind: 'good' });
    expect(judgeHost(r, status('a', { health: 'healthy' }))).toEqual({ kind: 'good' });
    expect(judgeHost(r, status('a', { health: 'unknown' }))).toEqual({ kind: 'pending' });
    expect(judgeHost(r, status('a', { configVersion: 4, commitId: S, desiredCommitId: S }))).toEqual({ kind: 'pending' });
    expect(judgeHost(r, null)).toEqual({ kind: 'pending' });
  });
  it('is failed when unhealthy, failed, rejected or drifted on the candidate, with the reason', () => {
    expect(judgeHost(r, status('a', { health: 'unhealthy', healthReason: 'HTTP 503' }))).toEqual({ kind: 'failed', reason: 'unhealthy: HTTP 503' });
    expect(judgeHost(r, status('a', { state: 'failed', commitId: S, error: { code: 'E', message: 'boom' } }))).toEqual({ kind: 'failed', reason: 'failed: boom' });
    expect(judgeHost(r, status('a', { state: 'drifted' })).kind).toBe('failed');
  });
});

describe('evaluateGate', () => {
  it('starts the bake when the wave is all good, passes it after the bake, and resets it when a host turns bad', () => {
    const r = rollout({ waves: '1,*', bake: '2' });
    expect(gate(r, { a: status('a', {}) }, T0 + 100)).toEqual({ kind: 'bake', goodSince: new Date(T0 + 100).toISOString() });
    const baking = { ...r, waves: r.waves.map((w, i) => (i === 0 ? { ...w, goodSince: new Date(T0 + 100).toISOString() } : w)) };
    expect(gate(baking, { a: status('a', {}) }, T0 + 2000)).toEqual({ kind: 'wait' });
    expect(gate(baking, { a: status('a', {}) }, T0 + 2100)).toEqual({ kind: 'advance' });
    expect(gate(baking, { a: status('a', { health: 'unknown' }) }, T0 + 2100)).toEqual({ kind: 'bake', goodSince: null });
  });

  it('halts over the failure budget, naming the host and why; a budget of 1 tolerates one', () => {
    const bad = { a: status('a', { health: 'unhealthy', healthReason: '--health-cmd exited with 1' }) };
    expect(gate(rollout({ waves: '1,*' }), bad, T0)).toEqual({ kind: 'halt', reason: '1 host(s) failed, over the budget of 0: a unhealthy: --health-cmd exited with 1' });
    expect(gate(rollout({ waves: '1,*', maxFailed: '1' }), bad, T0)).toEqual({ kind: 'wait' });
  });

  it('halts a wave past its deadline, naming the hosts not ok', () => {
    const r = rollout({ waves: '1,*', waveTimeout: '10' });
    expect(gate(r, { a: null }, T0 + 9000)).toEqual({ kind: 'wait' });
    expect(gate(r, { a: null }, T0 + 10_001)).toEqual({ kind: 'halt', reason: 'wave 1 (1) did not pass within its 10s deadline; not ok and healthy: a' });
  });

  it('stops at a manual gate, and advances once resumed (the pass is recorded)', () => {
    const r = rollout({ waves: '1,*', manual: true });
    expect(gate(r, { a: status('a', {}) }, T0)).toEqual({ kind: 'manual-gate' });
    const passed = { ...r, waves: r.waves.map((w, i) => (i === 0 ? { ...w, passedAt: new Date(T0).toISOString() } : w)) };
    expect(gate({ ...passed, state: 'paused' }, { a: status('a', {}) }, T0)).toEqual({ kind: 'wait' });
    expect(gate(passed, { a: status('a', {}) }, T0)).toEqual({ kind: 'advance' });
  });

  it('completes after the last wave passes', () => {
    const r = rollout({ waves: '1,*' }, { current: 1 });
    const all = { a: status('a', {}), b: status('b', {}), c: status('c', {}) };
    expect(gate(r, all, T0)).toEqual({ kind: 'complete' });
    expect(gate(r, { ...all, c: status('c', { state: 'deploying' }) }, T0)).toEqual({ kind: 'wait' });
  });

  it('does not advance a paused rollout, but still halts it over the budget', () => {
    const r = rollout({ waves: '1,*' }, { state: 'paused' });
    expect(gate(r, { a: status('a', {}) }, T0)).toEqual({ kind: 'wait' });
    expect(gate(r, { a: status('a', { state: 'failed', error: { code: 'E', message: 'x' } }) }, T0).kind).toBe('halt');
  });
});
