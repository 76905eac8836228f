import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode, ZkClient, ZkError } from '@zkdeploy/shared';
import { ZkCluster } from '@zkdeploy/test-support';

describe('ZkClient against a real ZooKeeper', () => {
  let cluster: ZkCluster;
  let zk: ZkClient;
  beforeAll(async () => {
    cluster = await ZkCluster.start();
    zk = await ZkClient.connect({ connectString: cluster.connectString() });
  });
  afterAll(async () => {
    await zk?.close();
    await cluster?.stop();
  });

  it('creates, reads, sets with version and deletes', async () => {
    await zk.ensurePath('/t/a');
    const stat = await zk.set('/t/a', Buffer.from('x'), 0);
    expect(stat.version).toBe(1);
    await expect(zk.set('/t/a', Buffer.from('y'), 0)).rejects.toMatchObject({ code: ErrorCode.ZK_BAD_VERSION });
    expect((await zk.get('/t/a'))?.data.toString()).toBe('x');
    await zk.delete('/t/a');
    expect(await zk.get('/t/a')).toBeNull();
  });

  it('runs multi atomically', async () => {
    await zk.ensurePath('/m');
    await expect(
      zk.multi([
        { op: 'create', path: '/m/one' },
        { op: 'check', path: '/m', version: 99 },
      ]),
    ).rejects.toBeInstanceOf(ZkError);
    expect(await zk.exists('/m/one')).toBeNull();
  });

  it('fails with ERR_ZK_UNREACHABLE when nothing listens', async () => {
    await expect(ZkClient.connect({ connectString: '127.0.0.1:1', connectTimeoutMs: 500 })).rejects.toMatchObject({
      code: ErrorCode.ZK_UNREACHABLE,
    });
  });
});
