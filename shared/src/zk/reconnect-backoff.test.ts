import { describe, expect, it } from 'vitest';
import { fullJitterDelayMs, ReconnectBackoff, reconnectPolicy } from './reconnect-backoff.js';

describe('reconnect backoff', () => {
  it('doubles the ceiling each round up to the cap, and never reaches it', () => {
    const policy = { baseMs: 200, capMs: 2500 };
    const almostOne = () => 0.999999;
    expect([0, 1, 2, 3, 4, 10, 1000].map((r) => fullJitterDelayMs(r, policy, almostOne))).toEqual([199, 399, 799, 1599, 2499, 2499, 2499]);
    expect(fullJitterDelayMs(5, policy, () => 0)).toBe(0);
  });

  it('is uniform over [0, ceiling): full jitter, not a fixed wait', () => {
    const policy = { baseMs: 200, capMs: 10_000 };
    const delays = Array.from({ length: 2000 }, () => fullJitterDelayMs(6, policy));
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...delays)).toBeLessThan(10_000);
    const mean = delays.reduce((a, b) => a + b, 0) / delays.length;
    expect(mean).toBeGreaterThan(4000);
    expect(mean).toBeLessThan(6000);
  });

  it('caps at a quarter of the session timeout, within 1 s and 10 s', () => {
    expect(reconnectPolicy(2000).capMs).toBe(1000);
    expect(reconnectPolicy(10_000).capMs).toBe(2500);
    expect(reconnectPolicy(120_000).capMs).toBe(10_000);
  });

  it('counts failed rounds across calls and starts again after a connection', () => {
    const backoff = new ReconnectBackoff(() => ({ baseMs: 100, capMs: 100_000 }), () => 0.5);
    expect([backoff.nextDelayMs(), backoff.nextDelayMs(), backoff.nextDelayMs()]).toEqual([50, 100, 200]);
    backoff.reset();
    expect(backoff.nextDelayMs()).toBe(50);
  });
});
