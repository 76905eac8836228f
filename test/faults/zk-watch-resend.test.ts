/**
 * After a reconnect node-zookeeper-client re-sends every watched path in one
 * SetWatches packet; a server refuses a packet over its jute.maxbuffer and
 * drops the connection, again on every reconnect (ZOOKEEPER-706). The
 * wrapper's connector sends them in packets of at most 128 KiB of paths:
 * with more paths than fit in the server's buffer, the client must reconnect
 * with its session and every watch still fires.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectionState, ZkClient, type ConnectionStateChange } from '@zkdeploy/shared';
import { EventRecorder, FaultProxy, ZkCluster } from '@zkdeploy/test-support';

/** Well above 128 KiB, so one packet of all paths would exceed it. */
const MAX_BUFFER = 200_000;
const WATCHES = 3000;
const path = (i: number) => `/resend/${'w'.repeat(80)}-${String(i).padStart(5, '0')}`;

describe('watches re-sent after a reconnect', () => {
  let cluster: ZkCluster;
  let proxy: FaultProxy;
  let admin: ZkClient;
  let zk: ZkClient;

  beforeAll(async () => {
    cluster = await ZkCluster.start({ systemProperties: { 'jute.maxbuffer': String(MAX_BUFFER) } });
    proxy = await FaultProxy.start(cluster.member(1).clientPort);
    admin = await ZkClient.connect({ connectString: cluster.connectString() });
    await admin.ensurePath('/resend');
  });
  afterAll(async () => {
    await zk?.close();
    await admin?.close();
    await proxy?.stop();
    await cluster?.stop();
  });

  it('keeps the session and every watch when the watched paths exceed the server\'s jute.maxbuffer', async () => {
    zk = await ZkClient.connect({ connectString: proxy.address, sessionTimeoutMs: 6000 });
    const states = new EventRecorder<ConnectionStateChange>();
    zk.onStateChange(states.record);
    const fired = new EventRecorder<string>();
    for (let i = 0; i < WATCHES; i += 500) {
      await Promise.all(Array.from({ length: Math.min(500, WATCHES - i) }, (_, j) => zk.exists(path(i + j), { watch: (e) => fired.record(e.path) })));
    }
    const totalPathBytes = Array.from({ length: WATCHES }, (_, i) => path(i).length).reduce((a, b) => a + b, 0);
    expect(totalPathBytes).toBeGreaterThan(MAX_BUFFER);
    const session = zk.sessionId;

    proxy.drop();
    const back = await states.next((c) => c.state === ConnectionState.RECONNECTED, 10_000, 'RECONNECTED with the watches re-sent');
    expect(back.newSession).toBe(false);
    expect(zk.sessionId).toBe(session);

    for (const i of [0, WATCHES - 1]) await admin.create(path(i), Buffer.from('x'));
    await fired.next((p) => p === path(0), 5000, 'the first watch firing');
    await fired.next((p) => p === path(WATCHES - 1), 5000, 'the last watch firing');
    // Still connected: the server did not refuse a packet and drop the connection.
    expect(zk.isConnected).toBe(true);
    expect(states.seen.filter((c) => c.state === ConnectionState.SUSPENDED)).toHaveLength(1);
  });
});
