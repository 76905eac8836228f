/** The chaos schedule is a function of the seed alone, and its faults never share a target at once. */
import { describe, expect, it } from 'vitest';
import { FAULT_KINDS, describeEvent, makeSchedule, scheduleDigest } from './schedule.mjs';

const SHAPE = { agents: 5, controllers: 2, publishers: 2, sessionMs: 4000 };

describe('chaos schedule', () => {
  it('is the same for the same seed and differs for another', () => {
    const a = makeSchedule(12345, 5, SHAPE);
    const b = makeSchedule(12345, 5, SHAPE);
    expect(b.map(describeEvent)).toEqual(a.map(describeEvent));
    expect(scheduleDigest(b)).toBe(scheduleDigest(a));
    expect(scheduleDigest(makeSchedule(12346, 5, SHAPE))).not.toBe(scheduleDigest(a));
  });

  it('draws every fault kind over an hour, all within the run, one fault per resource at a time', () => {
    const events = makeSchedule(7, 60, SHAPE);
    expect(new Set(events.map((e) => e.kind))).toEqual(new Set(FAULT_KINDS));
    const resource = (e: { kind: string; target: string }) =>
      e.kind.startsWith('zk-') ? 'zk' : e.kind.startsWith('git-') ? 'git' : e.kind === 'publisher-blackhole' ? `p${e.target}` : `a${e.target}`;
    const busy = new Map<string, number>();
    for (const e of events) {
      expect(e.at + e.holdMs).toBeLessThanOrEqual(60 * 60_000);
      expect(busy.get(resource(e)) ?? 0).toBeLessThanOrEqual(e.at);
      busy.set(resource(e), e.at + e.holdMs);
    }
  });
});
