/**
 * The LeaderElection recipe against a real ZooKeeper, member by member:
 * order, predecessor-only watches (checked on the server with `wchp`),
 * stepping down on SUSPENDED, the lease across a paused process, and a member
 * node deleted by hand.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LeaderElection, ZkClient } from '@zkdeploy/shared';
import { eventually } from '../support/eventually.js';
import { fourLetterWord } from '../support/four-letter-word.js';
import { ZkCluster } from '../support/zk-server.js';

interface Member {
  name: string;
  zk: ZkClient;
  election: LeaderElection;
  events: { leader: boolean; reason: string }[];
}

/** Blocks this whole process (timers, sockets, everything), as SIGSTOP or a long GC pause would. */
function freezeProcess(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

describe('LeaderElection recipe', () => {
  let cluster: ZkCluster;
  let admin: ZkClient;
  let members: Member[] = [];
  let groupNo = 0;

  const join = async (group: string, name: string, sessionTimeoutMs = 10_000): Promise<Member> => {
    const zk = await ZkClient.connect({ connectString: cluster.connectString(), sessionTimeoutMs });
    const events: Member['events'] = [];
    const election = new LeaderElection(zk, group, (leader, reason) => void events.push({ leader, reason }), { data: { host: name } });
    const member = { name, zk, election, events };
    members.push(member);
    election.start();
    await eventually(`${name} joined`, () => election.memberName !== null && events.length > 0);
    return member;
  };
  const leaders = () => members.filter((m) => m.election.isLeader).map((m) => m.name);

  beforeAll(async () => {
    cluster = await ZkCluster.start();
    admin = await ZkClient.connect({ connectString: cluster.connectString() });
  });
  afterEach(async () => {
    await Promise.all(members.map(async (m) => m.election.close().finally(() => m.zk.close())));
    members = [];
  });
  afterAll(async () => {
    await admin?.close();
    await cluster?.stop();
  });

  it('the first member leads, each other member watches only its predecessor, and a leaving leader hands over to the next', async () => {
    const group = `/g${++groupNo}`;
    const [a, b, c, d] = [await join(group, 'a'), await join(group, 'b'), await join(group, 'c'), await join(group, 'd')] as Member[] as [Member, Member, Member, Member];
    expect(leaders()).toEqual(['a']);
    expect(a.events).toEqual([{ leader: true, reason: 'lowest member of the group' }]);
    for (const m of [b, c, d]) expect(m.events.map((e) => e.leader)).toEqual([false]);

    // The server's own view of watches: each member node is watched by exactly the session behind it.
    const watches = await fourLetterWord(cluster.members[0]!.clientPort, 'wchp');
    const watchersOf = (member: Member): string[] => {
      const block = watches.split(/\n(?=\/)/).find((b) => b.startsWith(`${group}/${member.election.memberName}\n`));
      return (block?.split('\n').slice(1) ?? []).map((s) => s.trim()).filter(Boolean).map((s) => BigInt(s).toString(16).padStart(16, '0'));
    };
    expect(watchersOf(a)).toEqual([b.zk.sessionId]);
    expect(watchersOf(b)).toEqual([c.zk.sessionId]);
    expect(watchersOf(c)).toEqual([d.zk.sessionId]);
    expect(watchersOf(d)).toEqual([]);

    await a.election.close();
    await eventually('b leads', () => b.election.isLeader);
    expect(leaders()).toEqual(['b']);
    expect(c.events.map((e) => e.leader)).toEqual([false]); // woke nobody but b
    expect(d.events.map((e) => e.leader)).toEqual([false]);

    // A standby in the middle leaving re-links the line: d now waits on b.
    await c.election.close();
    await b.election.close();
    await eventually('d leads', () => d.election.isLeader);
  });

  it('a leader whose connection is suspended steps down at once, and leads again when the same session reconnects', async () => {
    const group = `/g${++groupNo}`;
    const a = await join(group, 'a', 10_000);
    const b = await join(group, 'b', 10_000);
    expect(leaders()).toEqual(['a']);
    const member = a.election.memberName;
    const session = a.zk.sessionId;

    await cluster.stopMember(1);
    await eventually('a stepped down', () => !a.election.isLeader, 5000);
    expect(a.events.at(-1)).toEqual({ leader: false, reason: 'connection to ZooKeeper suspended; the session may expire' });
    expect(leaders()).toEqual([]);

    await cluster.startMember(1);
    await eventually('a leads again', () => a.election.isLeader, 15_000);
    expect(a.zk.sessionId).toBe(session);
    expect(a.election.memberName).toBe(member);
    expect(a.events.map((e) => e.leader)).toEqual([true, false, true]);
    expect(leaders()).toEqual(['a']);
    await eventually('b is still connected', () => b.zk.isConnected);
  });

  it('a leader paused longer than its lease steps down before anything else when it wakes, then re-confirms', async () => {
    const group = `/g${++groupNo}`;
    const a = await join(group, 'a', 4000); // lease 2000 ms
    expect(a.election.isLeader).toBe(true);
    freezeProcess(2600);
    // The first thing after the pause: the lease timer, before any socket is read.
    await new Promise((r) => setTimeout(r, 0));
    expect(a.events.at(-1)?.leader).toBe(false);
    expect(a.events.at(-1)?.reason).toMatch(/lease/);
    await eventually('a leads again on the same session', () => a.election.isLeader, 5000);
    expect(a.events.map((e) => e.leader)).toEqual([true, false, true]);
  });

  it('a member whose node is deleted by hand rejoins at the back, and the next in line leads', async () => {
    const group = `/g${++groupNo}`;
    const a = await join(group, 'a', 4000);
    const b = await join(group, 'b', 4000);
    const first = a.election.memberName;
    await admin.delete(`${group}/${first}`);
    await eventually('b leads', () => b.election.isLeader, 5000);
    await eventually('a rejoined behind b', () => a.election.memberName !== null && a.election.memberName !== first, 5000);
    expect(leaders()).toEqual(['b']);
    expect((await admin.children(group))?.sort()).toEqual([b.election.memberName, a.election.memberName].sort());
  });
});
