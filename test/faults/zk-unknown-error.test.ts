/**
 * node-zookeeper-client throws 'Unknown code' inside its socket handler for
 * server error codes newer than it (#70, #39), which kills the process.
 * ZooKeeper 3.8 answers -125 (QUOTA_EXCEEDED) when a hard quota is enforced:
 * the wrapper must make that a typed error on the one call, and keep going.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode, ZkClient, ZkError } from '@zkdeploy/shared';
import { ZkCluster } from '@zkdeploy/test-support';

describe('unknown server error codes', () => {
  let cluster: ZkCluster;
  let zk: ZkClient;
  const uncaught: unknown[] = [];
  const onUncaught = (err: unknown): void => void uncaught.push(err);

  beforeAll(async () => {
    process.on('uncaughtException', onUncaught);
    cluster = await ZkCluster.start({ systemProperties: { 'zookeeper.enforceQuota': 'true' } });
    zk = await ZkClient.connect({ connectString: cluster.connectString(), sessionTimeoutMs: 4000 });
    // A hard limit of 2 nodes (the quota root and one child) on /q, as `setquota -N 2 /q` would write it.
    await zk.create('/q');
    await zk.ensurePath('/zookeeper/quota/q');
    await zk.create('/zookeeper/quota/q/zookeeper_stats', Buffer.from('count=1,bytes=0'));
    await zk.create('/zookeeper/quota/q/zookeeper_limits', Buffer.from('count=-1,bytes=-1,countHardLimit=2,byteHardLimit=-1'));
  });
  afterAll(async () => {
    process.off('uncaughtException', onUncaught);
    await zk?.close();
    await cluster?.stop();
  });

  it('turns QUOTA_EXCEEDED (-125) into ERR_ZK_SERVER_ERROR on that call; the client stays connected', async () => {
    await zk.create('/q/first');
    const err = await zk.create('/q/second').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZkError);
    expect(err).toMatchObject({ code: ErrorCode.ZK_SERVER_ERROR, serverCode: -125, path: '/q/second' });
    expect((err as Error).message).toMatch(/-125 \(QUOTA_EXCEEDED\)/);
    expect(zk.isConnected).toBe(true);
    expect(await zk.children('/q')).toEqual(['first']);
    expect(uncaught).toEqual([]);
  });

  it('does the same inside a multi, whose results carry per-op codes', async () => {
    const err = await zk.multi([{ op: 'create', path: '/q/third' }]).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: ErrorCode.ZK_SERVER_ERROR, serverCode: -125 });
    expect(await zk.exists('/q/third')).toBeNull();
    expect(uncaught).toEqual([]);
  });
});
