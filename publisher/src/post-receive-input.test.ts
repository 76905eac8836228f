import { describe, expect, it } from 'vitest';
import { isDeletion, parsePostReceiveInput, updateOfBranch } from './post-receive-input.js';

const a = 'a'.repeat(40);
const b = 'b'.repeat(40);
const zero = '0'.repeat(40);

describe('post-receive input', () => {
  it('picks the deployed branch among several refs and recognises deletions', () => {
    const updates = parsePostReceiveInput(`${a} ${b} refs/heads/feature\n${zero} ${b} refs/heads/main\r\n${b} ${zero} refs/tags/v1\n\n`);
    expect(updates).toHaveLength(3);
    expect(updateOfBranch(updates, 'main')).toEqual({ oldId: zero, newId: b, ref: 'refs/heads/main' });
    expect(updateOfBranch(updates, 'refs/heads/feature')?.newId).toBe(b);
    expect(updateOfBranch(updates, 'release')).toBeNull();
    expect(isDeletion({ oldId: b, newId: zero, ref: 'refs/heads/main' })).toBe(true);
    expect(isDeletion(updates[1]!)).toBe(false);
  });

  it('rejects malformed lines naming the line number', () => {
    expect(() => parsePostReceiveInput(`${a} ${b} refs/heads/main\n${a} xyz refs/heads/main\n`)).toThrow(/line 2 is not/);
    expect(() => parsePostReceiveInput(`${a} ${b}\n`)).toThrow(/line 1/);
  });
});
