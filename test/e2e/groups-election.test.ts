/**
 * The LeaderElection recipe against a real ZooKeeper, member by member:
 * order, predecessor-only watches (checked on the server with `wchp`),
 * stepping down on SUSPENDED (connections cut by a proxy in between), the
 * lease across a paused process, a member node deleted by hand, and a create
 * whose answer was lost.
 */
import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode, LeaderElection, ZkClient, ZkError, type CreateMode, type ZkAcl } from '@zkdeploy/shared';
import { eventually, fourLetterWord, ZkCluster } from '@zkdeploy/test-support';

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

/** A real client whose first create happens on the server but whose answer is lost, as after a timeout. */
class LostAnswerClient extends ZkClient {
  lost = 0;
  override async create(path: string, data?: Buffer, mode?: CreateMode, acl?: ZkAcl[], timeoutMs?: number): Promise<string> {
    const created = await super.create(path, data, mode, acl, timeoutMs);
    if (this.lost > 0) return created;
    this.lost++;
    throw new ZkError(ErrorCode.ZK_TIMEOUT, `create ${path}: no answer from ZooKeeper (injected)`, { path });
  }
}

/** A TCP proxy to ZooKeeper that can cut every connection and refuse new ones until healed. */
class DroppingProxy {
  private readonly sockets = new Set<Socket>();
  private cutOff = false;
  private constructor(private readonly server: Server) {}

  static async start(targetPort: number): Promise<DroppingProxy> {
    const server = createServer();
    const proxy = new DroppingProxy(server);
    server.on('connection', (client) => proxy.accept(client, targetPort));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  cut(): void {
    this.cutOff = true;
    for (const s of this.sockets) s.destroy();
  }

  heal(): void {
    this.cutOff = false;
  }

  async close(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: Socket, targetPort: number): void {
    if (this.cutOff) {
      client.destroy();
      return;
    }
    const upstream = connect({ host: '127.0.0.1', port: targetPort });
    for (const s of [client, upstream]) {
      this.sockets.add(s);
      s.on('error', () => undefined);
      s.on('close', () => {
        this.sockets.delete(s);
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream);
    upstream.pipe(client);
  }
}

describe('LeaderElection recipe', () => {
  let cluster: ZkCluster;
  let admin: ZkClient;
  let members: Member[] = [];
  let groupNo = 0;

  const join = async (group: string, name: string, sessionTimeoutMs = 10_000, connectString = cluster.connectString()): Promise<Member> => {
    const zk = await ZkClient.connect({ connectString, sessionTimeoutMs });
    const events: Member['events'] = [];
    const election = new LeaderElection(zk, group, (leader, reason) => void events.push({ leader, reason }), { data: Buffer.from(name) });
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
    const proxy = await DroppingProxy.start(cluster.members[0]!.clientPort);
    try {
      const a = await join(group, 'a', 10_000, `127.0.0.1:${proxy.port}`);
      const b = await join(group, 'b', 10_000);
      expect(leaders()).toEqual(['a']);
      const member = a.election.memberName;
      const session = a.zk.sessionId;

      proxy.cut(); // the connection drops and no new one gets through: a is SUSPENDED, its session alive
      await eventually('a stepped down', () => !a.election.isLeader, 5000);
      expect(a.events.at(-1)).toEqual({ leader: false, reason: 'connection to ZooKeeper suspended; the session may expire' });
      expect(leaders()).toEqual([]);
      expect(b.events.map((e) => e.leader)).toEqual([false]);

      proxy.heal();
      await eventually('a leads again', () => a.election.isLeader, 10_000);
      expect(a.zk.sessionId).toBe(session);
      expect(a.election.memberName).toBe(member);
      expect(a.events.map((e) => e.leader)).toEqual([true, false, true]);
      expect(leaders()).toEqual(['a']);
    } finally {
      await proxy.close();
    }
  });

  it('a leader paused longer than its lease steps down before anything else when it wakes, then re-confirms', async () => {
    const group = `/g${++groupNo}`;
    const a = await join(group, 'a', 4000); // lease 2000 ms
    expect(a.election.isLeader).toBe(true);
    freezeProcess(2600);
    // The first thing after the pause: the lease timer, before any socket is read.
    await new Promise((r) => setTimeout(r, 0));
    // (It may already lead again: a re-check can complete on loopback before this line runs.)
    expect(a.events[1]?.leader).toBe(false);
    expect(a.events[1]?.reason).toMatch(/lease/);
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

  it('a create whose answer was lost does not leave a duplicate member: the member finds its own node (owner session and data)', async () => {
    const group = `/g${++groupNo}`;
    const zk = new LostAnswerClient({ connectString: cluster.connectString() });
    await zk.start();
    const events: Member['events'] = [];
    const election = new LeaderElection(zk, group, (leader, reason) => void events.push({ leader, reason }), { data: Buffer.from('a') });
    members.push({ name: 'a', zk, election, events });
    election.start();
    await eventually('a leads', () => election.isLeader, 10_000);
    expect(zk.lost).toBe(1);
    const children = (await admin.children(group)) ?? [];
    expect(children).toEqual([election.memberName]);
    const b = await join(group, 'b');
    expect(b.election.isLeader).toBe(false);
    expect(leaders()).toEqual(['a']);
  });
});
