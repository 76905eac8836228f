/**
 * A create whose answer is lost may have happened. Repeating it blindly (the
 * library's `retries` option, upstream PR #7) turns our own ephemeral into
 * NODE_EXISTS and a sequential create into a duplicate. `createOnce` must
 * resolve the ambiguity by looking. The fault: the proxy lets the request
 * through but holds the answer, then drops the connection.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode, ZkClient, type ZkStat } from '@zkdeploy/shared';
import { EventRecorder, FaultProxy, ZkCluster } from '@zkdeploy/test-support';

describe('creates whose answer is lost', () => {
  let cluster: ZkCluster;
  let proxy: FaultProxy;
  let admin: ZkClient;
  let zk: ZkClient;

  /** Runs `create` with the answer lost: resolves once the server has applied it and the connection was dropped. */
  async function withLostAnswer<T>(parent: string, create: () => Promise<T>): Promise<{ result: Promise<T> }> {
    const events = new EventRecorder<string>();
    await admin.children(parent, { watch: (e) => events.record(e.type) });
    proxy.setMode('mute');
    const result = create();
    result.catch(() => undefined);
    await events.next((t) => t === 'children', 5000, `the server applying the create under ${parent}`);
    proxy.drop();
    proxy.setMode('pass');
    return { result };
  }

  beforeAll(async () => {
    cluster = await ZkCluster.start();
    proxy = await FaultProxy.start(cluster.member(1).clientPort);
    admin = await ZkClient.connect({ connectString: cluster.connectString() });
    await admin.ensurePath('/sc/seq');
  });
  beforeAll(async () => {
    zk = await ZkClient.connect({ connectString: proxy.address, sessionTimeoutMs: 4000, operationTimeoutMs: 2000 });
  });
  afterEach(() => proxy.setMode('pass'));
  afterAll(async () => {
    await zk?.close();
    await admin?.close();
    await proxy?.stop();
    await cluster?.stop();
  });

  it('shows the fault: a plain create loses its answer and repeating it finds our own node', async () => {
    const { result } = await withLostAnswer('/sc', () => zk.create('/sc/plain', Buffer.from('me'), 'ephemeral'));
    await expect(result).rejects.toMatchObject({ code: ErrorCode.ZK_DISCONNECTED });
    await zk.whenConnected(5000);
    await expect(zk.create('/sc/plain', Buffer.from('me'), 'ephemeral')).rejects.toMatchObject({ code: ErrorCode.ZK_NODE_EXISTS });
    expect(((await admin.exists('/sc/plain')) as ZkStat).ephemeralOwner).toBe(zk.sessionId);
  });

  it('createOnce recognises its ephemeral by the owner session', async () => {
    const session = zk.sessionId;
    const { result } = await withLostAnswer('/sc', () => zk.createOnce('/sc/eph', Buffer.from('me'), 'ephemeral'));
    expect(await result).toBe('/sc/eph');
    expect(zk.sessionId).toBe(session);
    expect(((await admin.exists('/sc/eph')) as ZkStat).ephemeralOwner).toBe(session);
  });

  it('createOnce makes no duplicate sequential node', async () => {
    const data = Buffer.from(`release-${Date.now()}-${Math.random()}`);
    const { result } = await withLostAnswer('/sc/seq', () => zk.createOnce('/sc/seq/v-', data, 'persistent_sequential'));
    const path = await result;
    expect(path).toMatch(/^\/sc\/seq\/v-\d{10}$/);
    expect(await admin.children('/sc/seq')).toEqual([path.slice('/sc/seq/'.length)]);
  });

  it('createOnce still reports a node that is really someone else’s', async () => {
    await admin.create('/sc/taken', Buffer.from('other'), 'ephemeral');
    await expect(zk.createOnce('/sc/taken', Buffer.from('me'), 'ephemeral')).rejects.toMatchObject({ code: ErrorCode.ZK_NODE_EXISTS });
  });
});
