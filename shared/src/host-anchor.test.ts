import { describe, expect, it } from 'vitest';
import { ownedByHost, statusSession } from './host-anchor.js';

describe('session anchor', () => {
  it('reads the recorded session only from a JSON object with a 16-hex-digit session', () => {
    expect(statusSession(Buffer.from('{"state":"ok","session":"0123456789abcdef"}'))).toBe('0123456789abcdef');
    expect(statusSession(Buffer.from('{"session":"0123"}'))).toBeNull();
    expect(statusSession(Buffer.from('{"session":7}'))).toBeNull();
    expect(statusSession(Buffer.from('["0123456789abcdef"]'))).toBeNull();
    expect(statusSession(Buffer.from('nope'))).toBeNull();
    expect(statusSession(null)).toBeNull();
  });

  it('owns a live node only when its owner is the recorded session', () => {
    expect(ownedByHost('0123456789abcdef', '0123456789abcdef')).toBe(true);
    expect(ownedByHost('0123456789abcdee', '0123456789abcdef')).toBe(false);
    expect(ownedByHost(null, null)).toBe(false); // a persistent node is never a live registration
    expect(ownedByHost('0123456789abcdef', null)).toBe(false);
  });
});
