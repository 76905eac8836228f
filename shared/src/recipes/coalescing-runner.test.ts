import { describe, expect, it } from 'vitest';
import { CoalescingRunner } from './coalescing-runner.js';

describe('CoalescingRunner', () => {
  it('folds a burst of triggers into at most one further run', async () => {
    let runs = 0;
    let release: () => void = () => undefined;
    const runner = new CoalescingRunner(async () => {
      runs++;
      if (runs === 1) await new Promise<void>((r) => (release = r));
    });
    const first = runner.trigger();
    const burst = Array.from({ length: 10 }, () => runner.trigger());
    release();
    await Promise.all([first, ...burst]);
    await runner.idle();
    expect(runs).toBe(2);
  });
});
