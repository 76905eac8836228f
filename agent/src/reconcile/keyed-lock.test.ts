import { describe, expect, it } from 'vitest';
import { KeyedLock } from './keyed-lock.js';

describe('keyed lock', () => {
  it('runs holders of one key one at a time, in order, and other keys alongside', async () => {
    const lock = new KeyedLock();
    const events: string[] = [];
    const task = (key: string, name: string, ms: number) =>
      lock.with(key, async () => {
        events.push(`${name} start`);
        await new Promise((r) => setTimeout(r, ms));
        events.push(`${name} end`);
      });
    await Promise.all([task('a', 'a1', 30), task('a', 'a2', 1), task('b', 'b1', 5)]);
    expect(events.indexOf('a1 end')).toBeLessThan(events.indexOf('a2 start'));
    expect(events.indexOf('b1 end')).toBeLessThan(events.indexOf('a1 end'));
  });

  it('releases the key when a holder throws', async () => {
    const lock = new KeyedLock();
    await expect(lock.with('k', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await lock.with('k', () => Promise.resolve(42))).toBe(42);
  });
});
