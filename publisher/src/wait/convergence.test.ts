import { describe, expect, it } from 'vitest';
import { encodePayload, type StatusRecord } from '@zkdeploy/shared';
import { judge } from './convergence.js';
import { summarizeFleet } from '../fleet-status.js';

const commit = 'a'.repeat(40);
const config = { data: encodePayload({ url: 'https://x/r.git', commitId: commit, relativePath: 'app' }), version: 4 };
const record = (host: string, state: StatusRecord['state'], code?: string, version = 4): StatusRecord => ({
  host, state, commitId: commit, desiredCommitId: commit, configVersion: version, error: code ? { code, message: 'm' } : null,
  updatedAt: '', durationMs: 1, attempts: 1, agentVersion: '0',
});
const fleet = (records: StatusRecord[], live = records.map((r) => r.host)) =>
  summarizeFleet({ app: '/a', config, agents: new Map(live.map((h) => [h, null])), statuses: new Map(records.map((r) => [r.host, r])) });

describe('judge', () => {
  it('converges only when every live host is ok and --min-hosts is met', () => {
    expect(judge(fleet([record('a', 'ok'), record('b', 'ok')]), { minHosts: 0 }).kind).toBe('converged');
    expect(judge(fleet([record('a', 'ok'), record('b', 'ok')]), { minHosts: 3 })).toMatchObject({ kind: 'waiting', reason: '2 of the 3 required hosts are ok' });
    expect(judge(fleet([record('a', 'ok'), record('b', 'deploying')]), { minHosts: 0 }).kind).toBe('waiting');
    expect(judge(fleet([]), { minHosts: 0 })).toMatchObject({ kind: 'waiting', reason: 'no live agents' });
  });

  it('is stuck on rejected or stalling failures at the current version, but waits out transient ones and old versions', () => {
    expect(judge(fleet([record('a', 'ok'), record('b', 'failed', 'ERR_COMMIT_NOT_FOUND')]), { minHosts: 0 })).toMatchObject({ kind: 'stuck' });
    expect(judge(fleet([record('a', 'rejected', 'ERR_PAYLOAD_NOT_ALLOWED')]), { minHosts: 0 }).kind).toBe('stuck');
    expect(judge(fleet([record('a', 'failed', 'ERR_GIT_FAILED')]), { minHosts: 0 }).kind).toBe('waiting');
    expect(judge(fleet([record('a', 'failed', 'ERR_COMMIT_NOT_FOUND', 3)]), { minHosts: 0 }).kind).toBe('waiting');
    // An offline host's failure does not hold the fleet back.
    expect(judge(fleet([record('a', 'ok'), record('b', 'rejected')], ['a']), { minHosts: 0 }).kind).toBe('converged');
  });

  it('is stuck when the config is another commit than --commit', () => {
    expect(judge(fleet([record('a', 'ok')]), { minHosts: 0, commit: 'aaaaaaa' }).kind).toBe('converged');
    expect(judge(fleet([record('a', 'ok')]), { minHosts: 0, commit: 'bbbbbbb' })).toMatchObject({ kind: 'stuck' });
  });
});
