import { describe, expect, it } from 'vitest';
import { ErrorCode, UsageError } from '../errors.js';
import { allowedFailures, parsePlan, planFromFlags } from './rollout-plan.js';

function usage(fn: () => unknown): UsageError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    expect((err as UsageError).code).toBe(ErrorCode.USAGE);
    expect((err as UsageError).exitCode).toBe(2);
    return err as UsageError;
  }
  throw new Error('expected a UsageError');
}

describe('planFromFlags', () => {
  it('parses every flag, with defaults', () => {
    expect(planFromFlags({ waves: '1, 25%,zone=a,*' })).toEqual({
      waves: ['1', '25%', 'zone=a', '*'], bakeMs: 0, maxFailed: { kind: 'hosts', count: 0 }, waveTimeoutMs: 600_000, manual: false, autoRollback: false,
    });
    expect(planFromFlags({ waves: '1,*', bake: '2.5', maxFailed: '10%', waveTimeout: '30', manual: true, autoRollback: true })).toEqual({
      waves: ['1', '*'], bakeMs: 2500, maxFailed: { kind: 'percent', percent: 10 }, waveTimeoutMs: 30_000, manual: true, autoRollback: true,
    });
  });

  it('refuses bad input with an exit-2 error naming the flag', () => {
    expect(usage(() => planFromFlags({ waves: '0,*' })).message).toMatch(/^--waves: "0"/);
    expect(usage(() => planFromFlags({ waves: '150%' })).message).toMatch(/^--waves: "150%"/);
    expect(usage(() => planFromFlags({ waves: '1,,*' })).message).toMatch(/^--waves: ""/);
    expect(usage(() => planFromFlags({ waves: 'zone=' })).message).toMatch(/^--waves/);
    expect(usage(() => planFromFlags({ waves: '*,1' })).message).toMatch(/^--waves: \* \(all the rest\) must be the last wave/);
    expect(usage(() => planFromFlags({ waves: '1', bake: '-1' })).message).toMatch(/^--bake/);
    expect(usage(() => planFromFlags({ waves: '1', bake: 'soon' })).message).toMatch(/^--bake/);
    expect(usage(() => planFromFlags({ waves: '1', maxFailed: 'many' })).message).toMatch(/^--max-failed/);
    expect(usage(() => planFromFlags({ waves: '1', waveTimeout: '0' })).message).toMatch(/^--wave-timeout/);
    expect(usage(() => planFromFlags({ bake: '5' })).message).toMatch(/^--bake needs --waves/);
    expect(usage(() => planFromFlags({ autoRollback: true })).message).toMatch(/^--auto-rollback needs --waves/);
  });

  it('reads a stored plan back, and nothing that is not one', () => {
    const plan = planFromFlags({ waves: '1,50%,*', bake: '1', maxFailed: '2' });
    expect(parsePlan(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
    expect(parsePlan({ ...plan, waves: ['*', '1'] })).toBeNull();
    expect(parsePlan({ ...plan, bakeMs: -5 })).toBeNull();
    expect(parsePlan('1,*')).toBeNull();
  });

  it('turns the budget into a host count: percentages round down', () => {
    expect(allowedFailures({ kind: 'hosts', count: 2 }, 100)).toBe(2);
    expect(allowedFailures({ kind: 'percent', percent: 10 }, 25)).toBe(2);
    expect(allowedFailures({ kind: 'percent', percent: 10 }, 5)).toBe(0);
  });
});
