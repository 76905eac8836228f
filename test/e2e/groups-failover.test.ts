/**
 * Active/standby groups with real agent processes on a real ZooKeeper. The
 * --on-primary/--on-standby commands append timestamped records to a file;
 * every claim (who is primary, failover time, never two primaries) is read
 * from those records, written by the commands themselves.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentProcess, eventually, runCli, ZkCluster } from '@zkdeploy/test-support';

const APP = '/app/business';
const GROUP = 'scheduler';
const SESSION_TIMEOUT_MS = 2000;

interface RoleRecord {
  atMs: number;
  role: 'primary' | 'standby';
  host: string;
}

interface GroupsJson {
  groups: { name: string; primary: { host: string; member: string } | null; standbys: { host: string; member: string }[] }[];
}

describe('active/standby groups: failover after SIGKILL and session expiry, never two primaries', () => {
  let cluster: ZkCluster;
  let dir: string;
  let recordsFile: string;
  const agents = new Map<string, AgentProcess>();
  /** When the test froze or killed a host: a stopped or dead agent acts no more from that moment. */
  const silencedAt = new Map<string, number>();
  const cli = (...args: string[]) => runCli(['--zk', cluster.connectString(), ...args]);

  const readRecords = async (): Promise<RoleRecord[]> => {
    const text = await readFile(recordsFile, 'utf8').catch(() => '');
    return text
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [ns, role, host] = line.split(' ');
        return { atMs: Number(BigInt(ns ?? '0') / 1_000_000n), role: role as RoleRecord['role'], host: host ?? '' };
      });
  };
  const lastRole = (records: RoleRecord[], host: string): RoleRecord | undefined => records.filter((r) => r.host === host).at(-1);
  const primaryRecordAfter = async (t: number, exclude: string): Promise<RoleRecord> =>
    eventually(`a primary record after ${t} from a host other than ${exclude}`, async () =>
      (await readRecords()).find((r) => r.role === 'primary' && r.atMs >= t && r.host !== exclude),
    );
  const groups = async (): Promise<GroupsJson['groups'][number]> => {
    const result = await cli('groups', GROUP, '--json');
    expect(result.code).toBe(0);
    const group = (JSON.parse(result.stdout) as GroupsJson).groups[0];
    if (!group) throw new Error('no group in output');
    return group;
  };

  const startAgent = async (host: string): Promise<AgentProcess> => {
    const record = (role: string) => `echo "$(date +%s%N) ${role} $ZKDEPLOY_HOST" >> '${recordsFile}'`;
    const agent = await AgentProcess.start({
      zk: cluster.connectString(),
      host,
      args: ['--group', GROUP, '--on-primary', record('primary'), '--on-standby', record('standby'), '--session-timeout', String(SESSION_TIMEOUT_MS)],
    });
    agents.set(host, agent);
    return agent;
  };

  beforeAll(async () => {
    cluster = await ZkCluster.start();
    dir = await mkdtemp(join(tmpdir(), 'zkdeploy-groups-'));
    recordsFile = join(dir, 'roles.log');
    // One after the other, so the line is g-1, g-2, g-3 and takeover order is known.
    for (const host of ['g-1', 'g-2', 'g-3']) {
      await startAgent(host);
      await eventually(`${host} in the group`, async () => {
        const g = await groups();
        return [g.primary, ...g.standbys].some((m) => m?.host === host);
      });
    }
  });
  afterAll(async () => {
    for (const a of agents.values()) a.signal('SIGCONT');
    await Promise.all([...agents.values()].map((a) => a.stop()));
    await cluster?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('elects exactly one primary, shown by `zkdeploy groups` with the standbys in takeover order', async () => {
    await eventually('one primary and two standby records', async () => {
      const records = await readRecords();
      return lastRole(records, 'g-1')?.role === 'primary' && lastRole(records, 'g-2')?.role === 'standby' && lastRole(records, 'g-3')?.role === 'standby';
    });
    const records = await readRecords();
    expect(records.filter((r) => r.role === 'primary').map((r) => r.host)).toEqual(['g-1']);
    const group = await groups();
    expect(group.primary?.host).toBe('g-1');
    expect(group.standbys.map((m) => m.host)).toEqual(['g-2', 'g-3']);

    const all = await cli('groups', '--json');
    expect((JSON.parse(all.stdout) as GroupsJson).groups.map((g) => g.name)).toEqual([GROUP]);
    const table = await cli('groups');
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/scheduler\s+primary\s+g-1\s/);
  });

  it('rejects an invalid group name with exit 2 and one sentence', async () => {
    const result = await cli('groups', 'bad/name');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/group name "bad\/name" is not valid/);
    expect(result.stdout).toBe('');
  });

  it('after SIGKILL of the primary, the next in line runs --on-primary once the session expires', async () => {
    const killedAt = Date.now();
    agents.get('g-1')?.signal('SIGKILL');
    silencedAt.set('g-1', killedAt);
    const next = await primaryRecordAfter(killedAt, 'g-1');
    const failoverMs = next.atMs - killedAt;
    console.log(`failover after SIGKILL: ${failoverMs} ms (session timeout ${SESSION_TIMEOUT_MS} ms)`);
    expect(next.host).toBe('g-2'); // only g-2 watched g-1: the next in line, nobody else woke up
    expect(failoverMs).toBeLessThan(SESSION_TIMEOUT_MS + 3000);
    const group = await groups();
    expect(group.primary?.host).toBe('g-2');
    expect(group.standbys.map((m) => m.host)).toEqual(['g-3']);
  });

  it('a primary frozen past its session timeout is replaced, and on waking steps down before anything else', async () => {
    const frozen = agents.get('g-2') as AgentProcess;
    const frozenAt = Date.now();
    frozen.signal('SIGSTOP');
    silencedAt.set('g-2', frozenAt);
    const next = await primaryRecordAfter(frozenAt, 'g-2');
    expect(next.host).toBe('g-3');
    console.log(`failover after SIGSTOP: ${next.atMs - frozenAt} ms (session timeout ${SESSION_TIMEOUT_MS} ms)`);

    const wokeAt = Date.now();
    frozen.signal('SIGCONT');
    const stepDown = await eventually('g-2 records standby after waking', async () =>
      (await readRecords()).find((r) => r.host === 'g-2' && r.atMs >= wokeAt),
    );
    expect(stepDown.role).toBe('standby');
    console.log(`frozen primary stepped down ${stepDown.atMs - wokeAt} ms after waking`);
    expect(stepDown.atMs - wokeAt).toBeLessThan(1000);

    // It rejoins at the back of the line on a new session and stays standby.
    await eventually('g-2 back in the group behind g-3', async () => {
      const group = await groups();
      return group.primary?.host === 'g-3' && group.standbys.map((m) => m.host).join() === 'g-2';
    });
    expect(lastRole(await readRecords(), 'g-2')?.role).toBe('standby');
  });

  it('a primary stopped with SIGTERM runs --on-standby before the next one takes over, without waiting for the session timeout', async () => {
    const stoppedAt = Date.now();
    expect(await agents.get('g-3')?.stop()).toBe(0);
    const records = await readRecords();
    const standby = records.find((r) => r.host === 'g-3' && r.role === 'standby' && r.atMs >= stoppedAt);
    expect(standby).toBeDefined();
    const next = await primaryRecordAfter(stoppedAt, 'g-3');
    expect(next.host).toBe('g-2');
    expect(next.atMs).toBeGreaterThanOrEqual(standby?.atMs ?? Infinity);
    console.log(`handover after SIGTERM: ${next.atMs - stoppedAt} ms`);
    expect(next.atMs - stoppedAt).toBeLessThan(SESSION_TIMEOUT_MS);
    silencedAt.set('g-3', Date.now());
  });

  it('never had two primaries at once, by the commands’ own records', async () => {
    const records = await readRecords();
    const end = Date.now();
    // Each host acts as primary from its primary record until its next record,
    // or until the test killed or froze it (a stopped process does nothing).
    const intervals = records
      .map((r, i) => ({ r, i }))
      .filter(({ r }) => r.role === 'primary')
      .map(({ r, i }) => {
        const next = records.slice(i + 1).find((x) => x.host === r.host);
        const silenced = silencedAt.get(r.host) ?? end;
        return { host: r.host, from: r.atMs, to: Math.min(next?.atMs ?? end, silenced >= r.atMs ? silenced : end) };
      })
      .sort((a, b) => a.from - b.from);
    expect(intervals.map((x) => x.host)).toEqual(['g-1', 'g-2', 'g-3', 'g-2']);
    for (let i = 1; i < intervals.length; i++) {
      const [before, after] = [intervals[i - 1], intervals[i]] as [(typeof intervals)[number], (typeof intervals)[number]];
      expect(after.from, `${after.host} became primary while ${before.host} still was`).toBeGreaterThanOrEqual(before.to);
    }
  });
});
