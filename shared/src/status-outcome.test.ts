import { describe, expect, it } from 'vitest';
import { isFinalFailure } from './status-outcome.js';
import { parseStatus } from './status-record.js';

describe('isFinalFailure', () => {
  it('reads the class the agent recorded', () => {
    expect(isFinalFailure({ state: 'failed', error: { code: 'ERR_GIT_FAILED', class: 'stalling' } })).toBe(true);
    expect(isFinalFailure({ state: 'failed', error: { code: 'ERR_COMMIT_NOT_FOUND', class: 'transient' } })).toBe(false);
    expect(isFinalFailure({ state: 'rejected', error: { code: 'ERR_TARGET_OVERLAP', class: 'rejected' } })).toBe(true);
    expect(isFinalFailure({ state: 'drifted', error: { code: 'ERR_DRIFTED' } })).toBe(false);
    expect(isFinalFailure({ state: 'deploying', error: null })).toBe(false);
  });

  it("falls back to the code for records of agents that wrote no class", () => {
    expect(isFinalFailure({ state: 'failed', error: { code: 'ERR_COMMIT_NOT_FOUND' } })).toBe(true);
    expect(isFinalFailure({ state: 'failed', error: { code: 'ERR_GIT_FAILED' } })).toBe(false);
  });

  it('ignores a class that is not one the agent writes, from an untrusted record', () => {
    const record = parseStatus(Buffer.from(JSON.stringify({ state: 'failed', error: { code: 'ERR_GIT_FAILED', message: 'x', class: 'final!' } })), 'h');
    expect(record?.error?.class).toBeUndefined();
    expect(isFinalFailure(record!)).toBe(false);
    const drift = parseStatus(Buffer.from(JSON.stringify({ state: 'drifted', error: { code: 'ERR_DRIFTED', message: 'x', paths: ['a', 7] } })), 'h');
    expect(drift?.error?.paths).toBeUndefined();
  });
});
