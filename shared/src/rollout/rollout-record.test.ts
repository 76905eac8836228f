import { describe, expect, it } from 'vitest';
import { encodeRollout, hostTakesCandidate, newRollout, parseAssignment, parseRollout, type RolloutRecord } from './rollout-record.js';
import { planFromFlags } from './rollout-plan.js';

const base = newRollout('r-1', { url: 'https://git.example/app.git', commitId: 'c'.repeat(40), relativePath: 'app' }, 3, planFromFlags({ waves: '1,*', autoRollback: true }), new Date(0));
const planned: RolloutRecord = { ...base, planned: true, current: 0 };

describe('rollout record', () => {
  it('round-trips, and reads anything malformed as null', () => {
    expect(parseRollout(encodeRollout(planned))).toEqual(planned);
    expect(parseRollout(Buffer.from('{'))).toBeNull();
    expect(parseRollout(Buffer.from(JSON.stringify({ ...planned, state: 'running' })))).toBeNull();
    expect(parseRollout(Buffer.from(JSON.stringify({ ...planned, current: 2 })))).toBeNull();
    expect(parseRollout(Buffer.from(JSON.stringify({ ...planned, candidate: { ...planned.candidate, url: '--upload-pack=x' } })))).toBeNull();
    expect(parseRollout(Buffer.from(JSON.stringify({ ...planned, id: '../x' })))).toBeNull();
    expect(parseAssignment(Buffer.from('{"id":"r-1","wave":-1}'))).toBeNull();
  });

  it('moves a host forward only when its wave of this rollout started, and back on abort, completion or a halt with rollback', () => {
    expect(hostTakesCandidate(planned, { id: 'r-1', wave: 0 })).toBe(true);
    expect(hostTakesCandidate(planned, { id: 'r-1', wave: 1 })).toBe(false);
    expect(hostTakesCandidate(planned, { id: 'r-0', wave: 0 })).toBe(false);
    expect(hostTakesCandidate(planned, null)).toBe(false);
    expect(hostTakesCandidate({ ...planned, planned: false }, { id: 'r-1', wave: 0 })).toBe(false);
    expect(hostTakesCandidate({ ...planned, state: 'paused' }, { id: 'r-1', wave: 0 })).toBe(true);
    expect(hostTakesCandidate({ ...planned, state: 'halted' }, { id: 'r-1', wave: 0 })).toBe(false);
    expect(hostTakesCandidate({ ...planned, state: 'halted', plan: { ...planned.plan, autoRollback: false } }, { id: 'r-1', wave: 0 })).toBe(true);
    expect(hostTakesCandidate({ ...planned, state: 'aborted' }, { id: 'r-1', wave: 0 })).toBe(false);
  });
});
