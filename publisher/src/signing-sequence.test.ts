import { describe, expect, it } from 'vitest';
import { nextSequence, SEQUENCE_MAX_AHEAD_MS } from './signing-sequence.js';

const NOW = 1_764_561_600_000;

describe('nextSequence', () => {
  it('is the clock in ms when there is no previous config (first publish, or B/config deleted and recreated)', () => {
    expect(nextSequence(undefined, NOW)).toBe(NOW);
    expect(nextSequence(undefined, NOW + 0.7)).toBe(NOW);
  });

  it('is previous + 1 when the previous one is at or ahead of the clock (bursts, a publisher whose clock is behind)', () => {
    expect(nextSequence(NOW, NOW)).toBe(NOW + 1);
    expect(nextSequence(NOW + 5000, NOW)).toBe(NOW + 5001);
  });

  it('is the clock when the previous one is behind it, so it never goes backwards after a gap', () => {
    expect(nextSequence(NOW - 60_000, NOW)).toBe(NOW);
    expect(nextSequence(1, NOW)).toBe(NOW);
  });

  it('is strictly increasing over a run of publishes, whatever the clocks of the publishers', () => {
    const clocks = [NOW, NOW, NOW - 10_000, NOW + 3, NOW + 3, NOW - 1];
    let previous: number | undefined;
    for (const clock of clocks) {
      const next = nextSequence(previous, clock);
      if (previous !== undefined) expect(next).toBeGreaterThan(previous);
      previous = next;
    }
  });

  it('does not follow a previous sequence that is not a sane one (too far ahead, not an integer)', () => {
    expect(nextSequence(NOW + SEQUENCE_MAX_AHEAD_MS + 1, NOW)).toBe(NOW);
    expect(nextSequence(Number.MAX_SAFE_INTEGER, NOW)).toBe(NOW);
    expect(nextSequence('99999999999999', NOW)).toBe(NOW);
    expect(nextSequence(NOW + 0.5, NOW)).toBe(NOW);
  });
});
