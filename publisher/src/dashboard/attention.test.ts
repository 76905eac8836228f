import { describe, expect, it } from 'vitest';
import type { FleetStatus, HostView } from '../fleet-status.js';
import { needsAttention } from './attention.js';

const host = (name: string, over: Partial<HostView> & Record<string, unknown> = {}): HostView => ({
  host: name, live: true, state: 'ok', commitId: 'a'.repeat(40), configVersion: 3, error: null, updatedAt: '2026-01-01T00:00:00Z', ...over,
});

function fleet(hosts: HostView[], publishedAt = '2026-01-01T00:00:00.000Z'): FleetStatus {
  return { app: '/a', desired: { version: 3, url: 'u', commitId: 'a'.repeat(40), relativePath: 'p', publishedAt }, hosts, summary: { total: hosts.length, ok: 0, deploying: 0, failed: 0, rejected: 0, drifted: 0, pending: 0, offline: 0 }, converged: false };
}

describe('needsAttention', () => {
  const now = Date.parse('2026-01-01T00:10:00Z');

  it('lists failed, rejected, drifted, offline, unhealthy and unverified hosts with a reason and a hint, and no ok host', () => {
    const items = needsAttention(fleet([
      host('ok-1'),
      host('f-1', { state: 'failed', error: { code: 'ERR_COMMIT_NOT_FOUND', message: 'commit\nnot found', hint: 'push it first' } }),
      host('r-1', { state: 'rejected', error: { code: 'ERR_PAYLOAD_INVALID', message: 'bad url' } }),
      host('d-1', { state: 'drifted', error: { code: 'ERR_DRIFTED', message: 'x', paths: ['a.txt', 'b.txt'] } }),
      host('o-1', { live: false, state: 'offline' }),
      host('u-1', { health: 'unhealthy', healthReason: 'GET /healthz: 503' }),
      host('v-1', { live: false, state: 'offline', verified: false }),
    ]), now);
    expect(items.map((i) => [i.host, i.kind])).toEqual([
      ['f-1', 'failed'], ['r-1', 'rejected'], ['d-1', 'drifted'], ['o-1', 'offline'], ['u-1', 'unhealthy'], ['v-1', 'unverified'],
    ]);
    expect(items[0]).toMatchObject({ reason: 'ERR_COMMIT_NOT_FOUND: commit not found', hint: 'push it first' });
    expect(items[2]?.reason).toBe('local changes: a.txt, b.txt');
    expect(items[4]?.reason).toBe('GET /healthz: 503');
    for (const item of items) expect(item.hint.length).toBeGreaterThan(10);
  });

  it('lists a pending host only once the publish is older than the limit', () => {
    const status = fleet([host('p-1', { state: 'pending' })]);
    expect(needsAttention(status, now, 15 * 60_000)).toEqual([]);
    expect(needsAttention(status, now, 5 * 60_000)).toMatchObject([{ host: 'p-1', kind: 'pending-too-long', reason: 'pending for 10 min' }]);
  });
});
