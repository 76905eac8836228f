import { describe, expect, it } from 'vitest';
import { encodePayload, encodeRollout, newRollout, planFromFlags, silentLogger, type RolloutRecord, type ZkClient, type ZkStat } from '@zkdeploy/shared';
import { DesiredSource } from './desired-source.js';

const STABLE = { url: 'https://git.example/app.git', commitId: 's'.repeat(40), relativePath: 'app' };
const CANDIDATE = { ...STABLE, commitId: 'c'.repeat(40) };
const stat = (version: number) => ({ version }) as ZkStat;

function setup(assignment: object | null) {
  const reads: string[] = [];
  const zk = { get: async (path: string) => (reads.push(path), assignment ? { data: Buffer.from(JSON.stringify(assignment)), stat: stat(0) } : null) } as unknown as ZkClient;
  const desired: { commit: string | null; version: number | null }[] = [];
  const sink = { setDesired: async (data: Buffer | null, s: ZkStat | null) => void desired.push({ commit: data ? (JSON.parse(data.toString()) as { commitId: string }).commitId : null, version: s?.version ?? null }) };
  return { source: new DesiredSource(zk, '/app/business', 'web-1', sink, silentLogger()), reads, desired };
}

const record = (patch: Partial<RolloutRecord> = {}): Buffer =>
  encodeRollout({ ...newRollout('r-1', CANDIDATE, 4, planFromFlags({ waves: '1,*', autoRollback: true }), new Date(0)), planned: true, current: 0, ...patch });

describe('DesiredSource', () => {
  it('hands out the candidate (as version stable + 1) only once the host\'s wave started, and reads the assignment once per rollout', async () => {
    const { source, reads, desired } = setup({ id: 'r-1', wave: 1 });
    await source.onConfig(encodePayload(STABLE), stat(4));
    await source.onRollout(record());
    await source.onRollout(record({ current: 1 }));
    await source.onRollout(record({ current: 1, state: 'paused' }));
    expect(desired).toEqual([
      { commit: STABLE.commitId, version: 4 },
      { commit: STABLE.commitId, version: 4 },
      { commit: CANDIDATE.commitId, version: 5 },
      { commit: CANDIDATE.commitId, version: 5 },
    ]);
    expect(reads).toEqual(['/app/business/rollout-hosts/web-1']);
    expect(source.isCandidate(encodePayload(CANDIDATE))).toBe(true);
  });

  it('goes back to stable on a halt with rollback and on abort; a host without a wave stays stable', async () => {
    const { source, desired } = setup({ id: 'r-1', wave: 0 });
    await source.onConfig(encodePayload(STABLE), stat(4));
    await source.onRollout(record());
    await source.onRollout(record({ state: 'halted' }));
    await source.onRollout(record({ state: 'aborted' }));
    expect(desired.map((d) => d.commit)).toEqual([STABLE.commitId, CANDIDATE.commitId, STABLE.commitId, STABLE.commitId]);
    const joined = setup(null);
    await joined.source.onConfig(encodePayload(STABLE), stat(4));
    await joined.source.onRollout(record({ current: 1 }));
    expect(joined.desired.at(-1)).toEqual({ commit: STABLE.commitId, version: 4 });
  });

  it('keeps the candidate when the completed record arrives before the new B/config, and follows a B/config another publish moved', async () => {
    const { source, desired } = setup({ id: 'r-1', wave: 1 });
    await source.onConfig(encodePayload(STABLE), stat(4));
    await source.onRollout(record({ state: 'completed', current: 1 }));
    expect(desired.at(-1)).toEqual({ commit: CANDIDATE.commitId, version: 5 });
    await source.onConfig(encodePayload(CANDIDATE), stat(5));
    expect(desired.at(-1)).toEqual({ commit: CANDIDATE.commitId, version: 5 });
    const other = { ...STABLE, commitId: 'e'.repeat(40) };
    await source.onRollout(record({ current: 1 }));
    await source.onConfig(encodePayload(other), stat(6));
    expect(desired.at(-1)).toEqual({ commit: other.commitId, version: 6 });
  });
});
