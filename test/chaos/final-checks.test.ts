/** The end-of-run checkers judge recorded facts: role stretches and controllers' accepted transitions. */
import { describe, expect, it } from 'vitest';
import { checkControllerTransitions, primaryIntervals } from './final-checks.mjs';
import { RunHistory } from './run-history.mjs';

describe('primary intervals from the role log', () => {
  it('end at standby or kill, leave out frozen stretches, and run to the end when still open', () => {
    const lines = ['standby host-1 0', 'primary host-1 100', 'standby host-1 400', 'primary host-2 500', 'primary host-3 900'];
    const intervals = primaryIntervals(lines, [{ host: 'host-2', at: 800 }], [{ host: 'host-3', from: 950, to: 980 }], 1000);
    expect(intervals.get('host-1')).toEqual([[100, 400]]);
    expect(intervals.get('host-2')).toEqual([[500, 800]]);
    expect(intervals.get('host-3')).toEqual([[900, 950], [980, 1000]]);
  });
});

describe('primaries judged with the agents\' own decisions (seed 31337)', () => {
  const t = (iso: string) => Date.parse(`2026-12-01T${iso}Z`);
  const lines = [`primary host-4 ${t('05:50:36.520')}`, `primary host-2 ${t('05:51:00.407')}`, `standby host-4 ${t('05:51:04.259')}`];
  const freezes = [{ host: 'host-4', from: t('05:50:56.200'), to: t('05:51:04.000') }];

  it('a primary that wakes from a freeze and steps down first did not act beside the new one', () => {
    const decisions = [
      { host: 'host-2', at: t('05:51:00.358'), msg: 'entering primary' },
      { host: 'host-4', at: t('05:51:04.003'), msg: 'not leading the group' },
      { host: 'host-4', at: t('05:51:04.013'), msg: 'entering standby' },
    ];
    const intervals = primaryIntervals(lines, [], freezes, t('05:52:00.000'), decisions);
    expect(intervals.get('host-4')).toEqual([[t('05:50:36.520'), t('05:50:56.200')]]);
  });

  it('one that acts as primary on waking overlaps the new one until its standby record', () => {
    const decisions = [{ host: 'host-4', at: t('05:51:04.003'), msg: 'leading the group' }];
    const intervals = primaryIntervals(lines, [], freezes, t('05:52:00.000'), decisions);
    expect(intervals.get('host-4')).toEqual([[t('05:50:36.520'), t('05:50:56.200')], [t('05:51:04.000'), t('05:51:04.259')]]);
  });
});

describe("controllers' accepted transitions", () => {
  const line = (msg: string, extra: Record<string, unknown>) => JSON.stringify({ level: 30, msg, ...extra });
  const agent = (host: string, ...outputs: string[]) => ({ host, controller: true, outputs: outputs.map((output) => ({ output })) });

  it('pass when each transition was written once, and fail when two processes wrote the same one', () => {
    const quiet = new RunHistory(1, 0, () => undefined);
    const one = agent('host-1', [line('planned the rollout; wave 1 started', { rollout: 'r1' }), line('wave started', { rollout: 'r1', wave: 2 })].join('\n'));
    const two = agent('host-2', line('rollout completed', { rollout: 'r1' }));
    expect(checkControllerTransitions([one, two], quiet)).toBe(3);
    expect(quiet.violations).toEqual([]);

    const history = new RunHistory(1, 0, () => undefined);
    const deposed = agent('host-2', '', line('wave started', { rollout: 'r1', wave: 2 }));
    checkControllerTransitions([one, deposed], history);
    expect(history.violations.map((v) => v.checker)).toEqual([3]);
    expect(history.violations[0]?.message).toContain('host-1#1, host-2#2');
  });
});
