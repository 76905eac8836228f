import { describe, expect, it } from 'vitest';
import { parseSignTtl, signTtlMs } from './sign-ttl.js';

describe('sign TTL', () => {
  it('parses seconds, minutes, hours and days; a bare number is seconds', () => {
    expect(parseSignTtl('90s')).toBe(90_000);
    expect(parseSignTtl('15m')).toBe(900_000);
    expect(parseSignTtl('12h')).toBe(43_200_000);
    expect(parseSignTtl('30d')).toBe(2_592_000_000);
    expect(parseSignTtl('5')).toBe(5000);
  });

  it('refuses what is not a duration from 1s to 3650d, naming the source', () => {
    for (const bad of ['', '0', '0s', '-1d', '1.5d', '1w', '3651d', 'soon']) {
      expect(() => parseSignTtl(bad)).toThrow(/--sign-ttl .* is not a duration from 1s to 3650d/);
    }
    expect(() => signTtlMs(undefined, { ZKDEPLOY_SIGN_TTL: 'x' })).toThrow(/^ZKDEPLOY_SIGN_TTL "x"/);
  });

  it('takes the flag, else the environment, else 30 days', () => {
    expect(signTtlMs('1h', { ZKDEPLOY_SIGN_TTL: '2h' })).toBe(3_600_000);
    expect(signTtlMs(undefined, { ZKDEPLOY_SIGN_TTL: '2h' })).toBe(7_200_000);
    expect(signTtlMs(undefined, {})).toBe(30 * 86_400_000);
  });
});
