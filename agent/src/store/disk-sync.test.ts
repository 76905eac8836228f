import { describe, expect, it } from 'vitest';
import { groupedSync } from './disk-sync.js';

/** A sync that runs until released, counting how many ran and in what order they began. */
function fakeSync() {
  const runs: { path: string; done: () => void }[] = [];
  const sync = (path: string) => new Promise<void>((resolve) => runs.push({ path, done: resolve }));
  return { runs, sync };
}
const tick = () => new Promise((r) => setImmediate(r));

describe('groupedSync', () => {
  it('runs one sync for a caller alone, and one more for all who asked while it ran', async () => {
    const { runs, sync } = fakeSync();
    const grouped = groupedSync(sync, async () => 1);
    const first = grouped('/a');
    await tick();
    expect(runs).toHaveLength(1);
    // Ten callers while the first sync runs: it may have begun before their writes, so they share the next one.
    let settled = 0;
    const waiting = Array.from({ length: 10 }, (_, i) => grouped(`/b${i}`).then(() => void settled++));
    await tick();
    expect(runs).toHaveLength(1);
    runs[0]!.done();
    await first;
    await tick();
    expect(settled).toBe(0);
    expect(runs).toHaveLength(2);
    runs[1]!.done();
    await Promise.all(waiting);
    expect(runs).toHaveLength(2);
    // Alone again: a sync of its own at once.
    const later = grouped('/c');
    await tick();
    expect(runs).toHaveLength(3);
    runs[2]!.done();
    await later;
  });

  it('keeps file systems apart, and a failed sync fails only its own callers', async () => {
    const runs: { path: string; fail: (e: Error) => void; done: () => void }[] = [];
    const grouped = groupedSync(
      (path) => new Promise<void>((resolve, reject) => runs.push({ path, done: resolve, fail: reject })),
      async (path) => (path.startsWith('/x') ? 1 : 2),
    );
    const x = grouped('/x/1');
    const y = grouped('/y/1');
    await tick();
    expect(runs.map((r) => r.path)).toEqual(['/x/1', '/y/1']);
    const xNext = grouped('/x/2');
    runs[0]!.fail(new Error('EIO'));
    await expect(x).rejects.toThrow('EIO');
    await tick();
    expect(runs.map((r) => r.path)).toEqual(['/x/1', '/y/1', '/x/2']);
    runs[2]!.done();
    runs[1]!.done();
    await Promise.all([xNext, y]);
  });
});
