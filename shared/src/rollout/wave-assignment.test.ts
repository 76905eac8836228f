import { describe, expect, it } from 'vitest';
import { WavePlanError, assignWaves } from './wave-assignment.js';

const fleet = (n: number, label?: (i: number) => Record<string, string>) =>
  Array.from({ length: n }, (_, i) => ({ host: `h${String(i + 1).padStart(3, '0')}`, labels: label?.(i) ?? {} }));

describe('assignWaves', () => {
  it('takes counts, then percentages of all live hosts rounded up, and the last wave takes the rest', () => {
    const waves = assignWaves('r-1', ['1', '40%', '*'], fleet(5));
    expect(waves.map((w) => w.length)).toEqual([1, 2, 2]);
    expect(waves.flat().sort()).toEqual(fleet(5).map((h) => h.host));
  });

  it('never leaves a wave empty by rounding: 10% of 3 hosts is one host, and later waves keep one each', () => {
    expect(assignWaves('r', ['10%', '10%', '*'], fleet(3)).map((w) => w.length)).toEqual([1, 1, 1]);
    expect(assignWaves('r', ['90%', '*'], fleet(3)).map((w) => w.length)).toEqual([2, 1]);
    expect(assignWaves('r', ['5', '*'], fleet(3)).map((w) => w.length)).toEqual([2, 1]);
  });

  it('the last wave takes the rest whatever its selector (ansible #32255: no host left out by rounding)', () => {
    const waves = assignWaves('r', ['33%', '33%', '33%'], fleet(10));
    expect(waves.map((w) => w.length)).toEqual([4, 4, 2]);
  });

  it('selects label waves by the registration labels and takes them out of later waves', () => {
    const hosts = fleet(6, (i) => ({ zone: i < 2 ? 'a' : 'b' }));
    const waves = assignWaves('r', ['zone=a', '1', '*'], hosts);
    expect(waves[0]).toEqual(['h001', 'h002']);
    expect(waves[1]).toHaveLength(1);
    expect(waves[1]![0]).not.toMatch(/h00[12]/);
    expect(waves[2]).toHaveLength(3);
  });

  it('refuses a plan whose wave would be empty, naming the wave', () => {
    expect(() => assignWaves('r', ['zone=c', '*'], fleet(3))).toThrow(WavePlanError);
    expect(() => assignWaves('r', ['zone=c', '*'], fleet(3))).toThrow(/wave 1 \(zone=c\) would be empty.*none labelled zone=c/);
    expect(() => assignWaves('r', ['1', '*'], fleet(1))).toThrow(/wave 2 \(\*\) would be empty/);
    expect(() => assignWaves('r', ['*'], [])).toThrow(/wave 1/);
  });

  it('orders hosts by a hash of rollout id and host: stable for one rollout, different canaries across rollouts, independent of listing order', () => {
    const hosts = fleet(50);
    const a = assignWaves('r-a', ['1', '*'], hosts);
    expect(assignWaves('r-a', ['1', '*'], [...hosts].reverse())).toEqual(a);
    const canaries = new Set(['r-1', 'r-2', 'r-3', 'r-4', 'r-5', 'r-6'].map((id) => assignWaves(id, ['1', '*'], hosts)[0]![0]));
    expect(canaries.size).toBeGreaterThan(1);
  });

  it('plans 10,000 hosts into waves whose sizes add up', () => {
    const waves = assignWaves('r', ['1', '1%', '25%', '*'], fleet(10_000));
    expect(waves.map((w) => w.length)).toEqual([1, 100, 2500, 7399]);
  });
});
