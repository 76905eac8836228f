import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../errors.js';
import { withDeadline } from './deadline.js';

describe('withDeadline', () => {
  it('rejects with ERR_ZK_TIMEOUT when the callback never comes', async () => {
    const started = Date.now();
    await expect(withDeadline('get', '/x', 50, () => undefined)).rejects.toMatchObject({ code: ErrorCode.ZK_TIMEOUT, path: '/x' });
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('settles with the callback, and ignores a late one', async () => {
    let late: ((err: unknown, value?: number) => void) | undefined;
    await expect(withDeadline<number>('get', '/x', 1000, (settle) => settle(null, 7))).resolves.toBe(7);
    await expect(withDeadline<number>('get', '/x', 20, (settle) => (late = settle))).rejects.toMatchObject({ code: ErrorCode.ZK_TIMEOUT });
    expect(() => late?.(null, 1)).not.toThrow();
  });

  it('turns a synchronous throw into a rejection', async () => {
    await expect(
      withDeadline('get', '/x', 1000, () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
  });
});
