import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../errors.js';
import { backoffDelay, retryIdempotent } from './retry.js';
import { ZkError } from './zk-errors.js';

describe('retryIdempotent', () => {
  it('retries transient errors and returns the first success', async () => {
    let calls = 0;
    const result = await retryIdempotent(
      async () => {
        if (++calls < 3) throw new ZkError(ErrorCode.ZK_DISCONNECTED, 'down');
        return 'ok';
      },
      { baseDelayMs: 1, maxDelayMs: 2 },
    );
    expect(result).toBe('ok');
    expect(calls).toBe(3);
  });

  it('does not retry errors that are not transient', async () => {
    let calls = 0;
    await expect(
      retryIdempotent(async () => {
        calls++;
        throw new ZkError(ErrorCode.ZK_BAD_VERSION, 'conflict');
      }),
    ).rejects.toMatchObject({ code: ErrorCode.ZK_BAD_VERSION });
    expect(calls).toBe(1);
  });

  it('gives up after the attempts', async () => {
    let calls = 0;
    await expect(
      retryIdempotent(
        async () => {
          calls++;
          throw new ZkError(ErrorCode.ZK_TIMEOUT, 'slow');
        },
        { attempts: 4, baseDelayMs: 1, maxDelayMs: 1 },
      ),
    ).rejects.toMatchObject({ code: ErrorCode.ZK_TIMEOUT });
    expect(calls).toBe(4);
  });

  it('jitters between half and all of the capped exponential delay', () => {
    for (let n = 0; n < 10; n++) {
      const ceiling = Math.min(1000, 100 * 2 ** n);
      const d = backoffDelay(n, 100, 1000);
      expect(d).toBeGreaterThanOrEqual(ceiling / 2);
      expect(d).toBeLessThanOrEqual(ceiling);
    }
  });
});
