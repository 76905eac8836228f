/**
 * node-zookeeper-client learns of session expiry only on reconnect (#20) and
 * after it the client object is dead. The wrapper must report LOST (real or
 * presumed after the session timeout without reconnect), build a new client
 * and session, and its recipes must re-register and re-read. Expiry by the
 * server runs over TLS too.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { createRequire } from 'node:module';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConnectionState, DataWatch, EphemeralNode, ZkClient, type ConnectionStateChange, type ZkStat } from '@zkdeploy/shared';
import { EventRecorder, expireSession, FaultProxy, freezeUntil, ZkCluster } from '@zkdeploy/test-support';

const SESSION_MS = 2000;
const HOLDER = createRequire(import.meta.url).resolve('@zkdeploy/test-support/ephemeral-holder');

describe.each([{ tls: false }, { tls: true }])('session expiry (tls: $tls)', ({ tls }) => {
  let cluster: ZkCluster;
  let admin: ZkClient;
  const clients: ZkClient[] = [];
  const children: ChildProcess[] = [];

  async function client(connectString = cluster.connectString()): Promise<{ zk: ZkClient; states: EventRecorder<ConnectionStateChange> }> {
    const states = new EventRecorder<ConnectionStateChange>();
    const zk = new ZkClient({ connectString, sessionTimeoutMs: SESSION_MS, operationTimeoutMs: 1000, tls: cluster.clientTls });
    zk.onStateChange(states.record);
    clients.push(zk);
    await zk.start();
    return { zk, states };
  }

  /** Resolves on the next deletion (or creation) of `path`, seen by the admin client. */
  async function nodeEvent(path: string, type: 'deleted' | 'created'): Promise<void> {
    const events = new EventRecorder<string>();
    const stat = await admin.exists(path, { watch: (e) => events.record(e.type) });
    if (type === 'created' && stat) return;
    if (type === 'deleted' && !stat) return;
    await events.next((t) => t === type, 5 * SESSION_MS, `${path} ${type}`);
  }

  beforeAll(async () => {
    cluster = await ZkCluster.start({ tls });
    admin = await ZkClient.connect({ connectString: cluster.connectString(), tls: cluster.clientTls });
    await admin.ensurePath('/se/agents');
    await admin.set('/se', Buffer.from('v1'));
  });
  afterEach(async () => {
    for (const child of children.splice(0)) child.kill('SIGKILL');
    await Promise.all(clients.splice(0).map((c) => c.close()));
  });
  afterAll(async () => {
    await admin?.close();
    await cluster?.stop();
  });

  it('expired by the server: LOST, a new session, the ephemeral re-made and data published meanwhile seen', async () => {
    const { zk, states } = await client();
    const seen = new EventRecorder<string | null>();
    const watch = new DataWatch(zk, '/se', (data: Buffer | null) => seen.record(data?.toString() ?? null));
    await seen.next((d) => d === 'v1', 2000, 'v1');
    const node = await EphemeralNode.register(zk, '/se/agents/web-1', Buffer.from('web-1'));
    const old = zk.sessionId;

    const gone = nodeEvent('/se/agents/web-1', 'deleted');
    const mark = states.mark(); // a loaded machine may show earlier blips; only what follows the expiry counts
    await expireSession(cluster.member(1).clientPort, zk.sessionCredentials()!, 10_000, cluster.clientTls);
    await gone;
    await admin.set('/se', Buffer.from('v2'));

    const lost = await states.next((c) => c.state === ConnectionState.LOST, 3 * SESSION_MS, 'LOST', mark);
    const afterLost = states.seen.indexOf(lost) + 1;
    const back = await states.next((c) => c.state === ConnectionState.RECONNECTED, 3 * SESSION_MS, 'RECONNECTED', afterLost);
    expect(back.newSession).toBe(true);
    expect(zk.sessionId).not.toBe(old);
    await nodeEvent('/se/agents/web-1', 'created');
    await seen.next((d) => d === 'v2', 3 * SESSION_MS, 'v2');
    expect(((await admin.exists('/se/agents/web-1')) as ZkStat).ephemeralOwner).toBe(zk.sessionId);
    expect(seen.seen).toEqual(['v1', 'v2']);
    // Requests on the old, dead session never hang: the new one serves them.
    expect(await zk.get('/se')).not.toBeNull();
    watch.stop();
    await node.remove();
  });

  if (!tls) it('presumes the session lost when no server answers for the session timeout', async () => {
    const proxy = await FaultProxy.start(cluster.member(1).clientPort);
    try {
      const { zk, states } = await client(proxy.address);
      proxy.setMode('refuse');
      proxy.drop();
      const suspended = await states.next((c) => c.state === ConnectionState.SUSPENDED, SESSION_MS, 'SUSPENDED');
      expect(suspended.sessionId).toBeNull();
      const started = Date.now();
      await states.next((c) => c.state === ConnectionState.LOST, 2 * SESSION_MS, 'LOST by the presumed-expiry timer');
      expect(Date.now() - started).toBeGreaterThanOrEqual(SESSION_MS - 100);
      proxy.setMode('pass');
      const back = await states.next((c) => c.state === ConnectionState.RECONNECTED, 3 * SESSION_MS, 'RECONNECTED');
      expect(back.newSession).toBe(true);
    } finally {
      await proxy.stop();
    }
  });

  if (!tls) it('a process frozen (SIGSTOP) past its session timeout re-registers after it resumes', async () => {
    const path = '/se/agents/frozen-1';
    const child = spawn(process.execPath, [HOLDER, cluster.connectString(), path, String(SESSION_MS)], { stdio: ['ignore', 'pipe', 'inherit'] });
    children.push(child);
    const lines = new EventRecorder<{ event: string; state?: string; newSession?: boolean; sessionId?: string }>();
    createInterface({ input: child.stdout! }).on('line', (line) => lines.record(JSON.parse(line)));
    const first = await lines.next((l) => l.event === 'registered', 10_000, 'the holder registering');

    // Frozen until the server has expired its session and deleted its node.
    await freezeUntil(child.pid!, nodeEvent(path, 'deleted'));
    await lines.next((l) => l.event === 'state' && l.state === ConnectionState.RECONNECTED && l.newSession === true, 4 * SESSION_MS, 'a new session');
    await nodeEvent(path, 'created');
    const stat = (await admin.exists(path)) as ZkStat;
    expect(stat.ephemeralOwner).not.toBe(first.sessionId);
    expect(stat.ephemeralOwner).not.toBeNull();
  });
});
