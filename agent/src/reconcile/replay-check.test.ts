import { describe, expect, it } from 'vitest';
import { judgeSequence, type AcceptedPayload } from './replay-check.js';

const NOW = Date.parse('2026-12-01T00:00:00.000Z');
const accepted: AcceptedPayload = {
  app: '/app/business',
  sequence: 100,
  digest: 'd'.repeat(64),
  commitId: 'c'.repeat(40),
  expiresAt: '2026-11-01T00:00:00.000Z',
  acceptedAt: '2026-10-01T00:00:00.000Z',
};
const incoming = (sequence: number, expiresAtMs: number, digest = 'e'.repeat(64)) => ({ sequence, expiresAtMs, digest });

describe('judgeSequence', () => {
  it('takes a first, unexpired payload as new', () => {
    expect(judgeSequence(null, incoming(1, NOW + 1), NOW)).toBe('newer');
  });

  it('takes a higher, unexpired sequence as new', () => {
    expect(judgeSequence(accepted, incoming(101, NOW + 1), NOW)).toBe('newer');
  });

  it('refuses a lower sequence, naming both sequences and the commit kept, even when unexpired', () => {
    expect(() => judgeSequence(accepted, incoming(99, NOW + 86_400_000), NOW)).toThrow(
      `payload sequence 99 is lower than sequence 100 (commit ${'c'.repeat(40)}) this agent already accepted`,
    );
  });

  it('keeps serving the accepted payload after it expired, but not other content under its sequence', () => {
    expect(judgeSequence(accepted, incoming(100, Date.parse(accepted.expiresAt), accepted.digest), NOW)).toBe('same');
    expect(() => judgeSequence(accepted, incoming(100, NOW + 1), NOW)).toThrow(/sequence 100 was already accepted with different content/);
  });

  it('refuses a new payload that is expired (at the instant itself too)', () => {
    expect(() => judgeSequence(null, incoming(5, NOW), NOW)).toThrow('payload sequence 5 expired at 2026-12-01T00:00:00.000Z');
    expect(() => judgeSequence(accepted, incoming(101, NOW - 1), NOW)).toThrow(/expired at/);
  });

  it('throws ERR_PAYLOAD_NOT_ALLOWED with a hint, so the run is rejected', () => {
    try {
      judgeSequence(accepted, incoming(1, NOW + 1), NOW);
      expect.unreachable();
    } catch (err) {
      expect(err).toMatchObject({ code: 'ERR_PAYLOAD_NOT_ALLOWED', hint: expect.stringContaining('--sign-key') });
    }
  });
});
