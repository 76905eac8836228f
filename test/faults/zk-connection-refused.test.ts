/**
 * ZooKeeper closes connections beyond `maxClientCnxns` per client address at
 * once (issue 18: a 3-node ensemble with the default 60 took ~180 agents from
 * one address, and the rest said only "could not connect … within 5000 ms").
 * The wrapper must name the likely cause and what to change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode, ZkClient } from '@zkdeploy/shared';
import { ZkCluster } from '@zkdeploy/test-support';

describe('connections refused by maxClientCnxns', () => {
  let cluster: ZkCluster;
  const held: ZkClient[] = [];

  beforeAll(async () => {
    cluster = await ZkCluster.start({ maxClientCnxns: 2 });
  });
  afterAll(async () => {
    await Promise.all(held.map((c) => c.close()));
    await cluster?.stop();
  });

  it('says the server closed fresh connections at once, and that maxClientCnxns is the likely cause', async () => {
    for (let i = 0; i < 2; i++) held.push(await ZkClient.connect({ connectString: cluster.connectString() }));
    const started = Date.now();
    const failure = await ZkClient.connect({ connectString: cluster.connectString(), connectTimeoutMs: 2000 }).catch((err: unknown) => err);
    expect(Date.now() - started).toBeLessThan(2000 + 1500);
    expect(failure).toMatchObject({ code: ErrorCode.ZK_CONNECTION_REFUSED });
    expect((failure as Error).message).toMatch(/closed it at once/);
    expect((failure as { hint: string }).hint).toMatch(/maxClientCnxns/);

    // The limit, not the server, refused it: with one connection freed, the same client connects.
    await held.pop()!.close();
    held.push(await ZkClient.connect({ connectString: cluster.connectString(), connectTimeoutMs: 5000 }));
  });
});
