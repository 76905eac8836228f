import { describe, expect, it } from 'vitest';
import { defaultRollbackTarget, type HistoryEntry } from './history-entries.js';

const entry = (version: number, c: string | null): HistoryEntry =>
  c === null ? { version, payload: null, invalid: 'bad' } : { version, payload: { url: 'https://x/r', commitId: c.repeat(40), relativePath: 'p' } };

describe('defaultRollbackTarget', () => {
  it('skips re-publishes of the current commit and invalid entries', () => {
    const entries = [entry(0, 'a'), entry(1, 'b'), entry(2, null), entry(3, 'c'), entry(4, 'c')];
    expect(defaultRollbackTarget(entries, 4, 'c'.repeat(40))?.version).toBe(1);
    expect(defaultRollbackTarget(entries, 1, 'b'.repeat(40))?.version).toBe(0);
    expect(defaultRollbackTarget([entry(0, 'a')], 0, 'a'.repeat(40))).toBeNull();
  });
});
