import { describe, expect, it } from 'vitest';
import { spawnTurn } from './spawn-turns.js';

describe('spawnTurn', () => {
  it('releases callers in order, each a turn after the one before, so work queued by a spawn runs before the next', async () => {
    const order: string[] = [];
    const a = spawnTurn().then(() => {
      order.push('a');
      setImmediate(() => order.push('queued by a'));
    });
    const b = spawnTurn().then(() => order.push('b'));
    const c = spawnTurn().then(() => order.push('c'));
    await Promise.all([a, b, c]);
    expect(order).toEqual(['a', 'queued by a', 'b', 'c']);
  });
});
