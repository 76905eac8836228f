import { describe, expect, it } from 'vitest';
import { encodePayload, type StatusRecord } from '@zkdeploy/shared';
import { summarizeFleet, type FleetSnapshot } from './fleet-status.js';

const commit = 'a'.repeat(40);
const config = { data: encodePayload({ url: 'https://x/r.git', commitId: commit, relativePath: 'app' }), version: 4 };
const ok = (host: string): StatusRecord => ({
  host, state: 'ok', commitId: commit, desiredCommitId: commit, configVersion: 4, error: null, updatedAt: '', durationMs: 1, attempts: 1, agentVersion: '0',
});
const S1 = '000000000000000a';
const S2 = '000000000000000b';

function snapshot(anchors?: FleetSnapshot['anchors']): FleetSnapshot {
  return {
    app: '/a',
    config,
    agents: new Map([['web-1', null], ['web-2', null]]),
    statuses: new Map([['web-1', ok('web-1')], ['web-2', ok('web-2')]]),
    anchors,
  };
}

describe('summarizeFleet with per-host identities', () => {
  it('counts a registration as live only when its owner is the session its host recorded', () => {
    const status = summarizeFleet(
      snapshot({ owners: new Map([['web-1', S1], ['web-2', S1]]), sessions: new Map([['web-1', S1], ['web-2', S2]]) }),
    );
    expect(status.hosts.map((h) => [h.host, h.live, h.verified])).toEqual([
      ['web-1', true, true],
      ['web-2', false, false],
    ]);
    expect(status.summary).toMatchObject({ total: 2, ok: 1, offline: 0, unverified: 1 });
    expect(status.converged).toBe(true);
  });

  it('adds no verified field outside per-host mode', () => {
    const status = summarizeFleet(snapshot());
    expect(status.hosts.every((h) => !('verified' in h) && h.live)).toBe(true);
    expect(status.summary).not.toHaveProperty('unverified');
  });
});
