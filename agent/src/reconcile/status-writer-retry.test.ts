import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorCode, ZkError, silentLogger, type ZkClient } from '@zkdeploy/shared';
import { StatusWriter } from './status-writer.js';

/** A ZooKeeper whose sets time out `failures` times, then succeed; records what it stored. */
function flakyZk(failures: number): { zk: ZkClient; stored: () => Record<string, unknown> | null; sets: () => number } {
  let left = failures;
  let sets = 0;
  let stored: Buffer | null = null;
  const zk = {
    set: async (_path: string, data: Buffer) => {
      sets++;
      if (left-- > 0) throw new ZkError(ErrorCode.ZK_TIMEOUT, 'set: no answer from ZooKeeper within 5000 ms');
      stored = data;
    },
  } as unknown as ZkClient;
  return { zk, stored: () => (stored ? (JSON.parse(stored.toString()) as Record<string, unknown>) : null), sets: () => sets };
}

const ok = { state: 'ok' as const, commitId: 'c1', desiredCommitId: 'c1', configVersion: 3 };

describe('StatusWriter after a failed write', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('writes the last record again on its own until it is saved', async () => {
    vi.useFakeTimers();
    // Jitter at its top, so the delays are fixed: three tries within 0.3 s, then retries after 1, 2 and 4 s more.
    vi.spyOn(Math, 'random').mockReturnValue(0.999999);
    const { zk, stored } = flakyZk(5);
    const writer = new StatusWriter(zk, '/app/status/web-1', 'web-1', silentLogger());
    const written = writer.write(ok);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await written).toBe(false);
    expect(writer.saved).toBe(false);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(writer.saved).toBe(true);
    expect(stored()).toMatchObject({ state: 'ok', commitId: 'c1', configVersion: 3 });
    writer.stop();
  });

  it('stops retrying once stopped', async () => {
    vi.useFakeTimers();
    const { zk, sets } = flakyZk(1000);
    const writer = new StatusWriter(zk, '/app/status/web-1', 'web-1', silentLogger());
    const written = writer.write(ok);
    await vi.advanceTimersByTimeAsync(5_000);
    await written;
    writer.stop();
    const before = sets();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(sets()).toBe(before);
  });
});
