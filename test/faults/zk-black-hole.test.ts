/**
 * node-zookeeper-client has no read timeout (upstream #13): a black-holed
 * connection stays "connected" for ever. The wrapper's deadlines and read
 * watchdog must turn that into ERR_ZK_TIMEOUT, SUSPENDED, a reconnect (to
 * another member when there is one) and, past the session timeout, LOST and a
 * new session that re-registers and re-reads. The essential cases run over
 * TLS too (a TLS-only member behind the same TCP proxies).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConnectionState, DataWatch, EphemeralNode, ErrorCode, ZkClient, type ConnectionStateChange, type ZkStat } from '@zkdeploy/shared';
import { EventRecorder, FaultProxy, ZkCluster } from '@zkdeploy/test-support';

const SESSION_MS = 3000;

describe.each([{ tls: false }, { tls: true }])('black-holed connections (tls: $tls)', ({ tls }) => {
  let cluster: ZkCluster;
  let proxyA: FaultProxy;
  let proxyB: FaultProxy;
  let admin: ZkClient;
  const clients: ZkClient[] = [];

  async function client(connectString: string, operationTimeoutMs = 1000): Promise<{ zk: ZkClient; states: EventRecorder<ConnectionStateChange> }> {
    const states = new EventRecorder<ConnectionStateChange>();
    const zk = new ZkClient({ connectString, sessionTimeoutMs: SESSION_MS, operationTimeoutMs, connectTimeoutMs: 2 * SESSION_MS, tls: cluster.clientTls });
    zk.onStateChange(states.record);
    clients.push(zk);
    await zk.start();
    return { zk, states };
  }

  beforeAll(async () => {
    cluster = await ZkCluster.start({ tls });
    proxyA = await FaultProxy.start(cluster.member(1).clientPort);
    proxyB = await FaultProxy.start(cluster.member(1).clientPort);
    admin = await ZkClient.connect({ connectString: cluster.connectString(), tls: cluster.clientTls });
    await admin.ensurePath('/bh/agents');
  });
  afterEach(async () => {
    proxyA.setMode('pass');
    proxyB.setMode('pass');
    await Promise.all(clients.splice(0).map((c) => c.close()));
  });
  afterAll(async () => {
    await admin?.close();
    await proxyA?.stop();
    await proxyB?.stop();
    await cluster?.stop();
  });

  it('fails a call at its deadline, drops the silent connection, fails calls fast while disconnected, and reconnects to the same session', async () => {
    const { zk, states } = await client(proxyA.address, 500);
    const session = zk.sessionId;
    proxyA.setMode('blackhole');
    const started = Date.now();
    await expect(zk.get('/bh')).rejects.toMatchObject({ code: ErrorCode.ZK_TIMEOUT });
    expect(Date.now() - started).toBeLessThan(500 + 400);

    await states.next((c) => c.state === ConnectionState.SUSPENDED, SESSION_MS, 'SUSPENDED from the read watchdog');
    expect(Date.now() - started).toBeLessThan(SESSION_MS);
    const failFast = Date.now();
    await expect(zk.exists('/bh')).rejects.toMatchObject({ code: ErrorCode.ZK_DISCONNECTED });
    await expect(zk.create('/bh/x', Buffer.from('x'))).rejects.toMatchObject({ code: ErrorCode.ZK_DISCONNECTED });
    expect(Date.now() - failFast).toBeLessThan(100);

    proxyA.setMode('pass');
    const back = await states.next((c) => c.state === ConnectionState.RECONNECTED, SESSION_MS, 'RECONNECTED');
    expect(back.newSession).toBe(false);
    expect(zk.sessionId).toBe(session);
    expect(await zk.exists('/bh')).not.toBeNull();
  });

  if (!tls) it('moves to another server when the current one goes silent, keeping its session', async () => {
    const { zk, states } = await client(`${proxyA.address},${proxyB.address}`);
    const session = zk.sessionId;
    const [silent] = [proxyA, proxyB].filter((p) => p.openConnections > 0);
    expect(silent).toBeDefined();
    const started = Date.now();
    silent!.setMode('blackhole');
    const back = await states.next((c) => c.state === ConnectionState.RECONNECTED, 2 * SESSION_MS, 'RECONNECTED via the other proxy');
    expect(back.newSession).toBe(false);
    expect(zk.sessionId).toBe(session);
    expect(Date.now() - started).toBeLessThan(SESSION_MS);
    expect(states.seen.map((c) => c.state)).toEqual([ConnectionState.CONNECTED, ConnectionState.SUSPENDED, ConnectionState.RECONNECTED]);
  });

  if (!tls) it('does not hang connecting to a server that accepts TCP but never answers', async () => {
    proxyA.setMode('blackhole');
    const started = Date.now();
    await expect(
      ZkClient.connect({ connectString: proxyA.address, sessionTimeoutMs: SESSION_MS, connectTimeoutMs: 1500 }),
    ).rejects.toMatchObject({ code: ErrorCode.ZK_UNREACHABLE });
    expect(Date.now() - started).toBeLessThan(2500);
    // With a healthy member in the list, the silent one is abandoned and the client connects.
    const { zk } = await client(`${proxyA.address},${proxyB.address}`);
    expect(zk.isConnected).toBe(true);
  });

  it('past the session timeout: LOST, a new session, the ephemeral re-registered and the data published meanwhile seen', async () => {
    const { zk, states } = await client(proxyA.address);
    await admin.set('/bh', Buffer.from('v1'));
    const seen = new EventRecorder<string | null>();
    const watch = new DataWatch(zk, '/bh', (data: Buffer | null) => seen.record(data?.toString() ?? null));
    await seen.next((d) => d === 'v1', 2000, 'the first DataWatch call');
    const node = await EphemeralNode.register(zk, '/bh/agents/web-1', Buffer.from('web-1'));
    const oldSession = zk.sessionId;

    const adminEvents = new EventRecorder<string>();
    await admin.exists('/bh/agents/web-1', { watch: (e) => adminEvents.record(e.type) });
    proxyA.setMode('blackhole');
    // The server expires the session and deletes its ephemeral; publish while the agent is cut off.
    await adminEvents.next((t) => t === 'deleted', 3 * SESSION_MS, 'the server deleting the ephemeral');
    await admin.set('/bh', Buffer.from('v2'));
    await states.next((c) => c.state === ConnectionState.LOST, 3 * SESSION_MS, 'LOST');
    const created = adminEvents.mark();
    await admin.exists('/bh/agents/web-1', { watch: (e) => adminEvents.record(e.type) });
    proxyA.setMode('pass');

    const back = await states.next((c) => c.state === ConnectionState.RECONNECTED, 3 * SESSION_MS, 'RECONNECTED');
    expect(back.newSession).toBe(true);
    expect(zk.sessionId).not.toBe(oldSession);
    await adminEvents.next((t) => t === 'created', 3 * SESSION_MS, 'the ephemeral re-created', created);
    const stat = (await admin.exists('/bh/agents/web-1')) as ZkStat;
    expect(stat.ephemeralOwner).toBe(zk.sessionId);
    await seen.next((d) => d === 'v2', 3 * SESSION_MS, 'the DataWatch seeing v2');
    expect(seen.seen).toEqual(['v1', 'v2']);
    watch.stop();
    await node.remove();
  });
});
