/**
 * A publish whose answer is lost may or may not have been applied. The
 * publisher must tell which from the history entry written in the same multi
 * — never repeat the write (a second version), never report a write that
 * happened as failed, or one that did not as done. The lost answer is made by
 * a client whose multi really runs on the server and then reports a dropped
 * connection (or never runs it at all).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode, ZkClient, ZkError, type ZkOp } from '@zkdeploy/shared';
import { publishConfig } from '@zkdeploy/publisher';
import { ZkCluster } from '@zkdeploy/test-support';

const APP = '/plost';
const payload = (n: number) => ({ url: 'https://example.invalid/r.git', commitId: String(n).repeat(40), relativePath: 'app', publishedAt: `${Date.now()}-${n}` });
const lost = () => new ZkError(ErrorCode.ZK_DISCONNECTED, 'multi: the connection to ZooKeeper was lost');

/** Applies the multi on the server, then loses the answer. */
class AnswerLost extends ZkClient {
  calls = 0;
  override async multi(ops: ZkOp[], timeoutMs?: number): Promise<void> {
    this.calls++;
    await super.multi(ops, timeoutMs);
    throw lost();
  }
}

/** Loses the request before it reaches the server. */
class RequestLost extends ZkClient {
  calls = 0;
  override async multi(): Promise<void> {
    this.calls++;
    throw lost();
  }
}

describe('publish whose answer is lost', () => {
  let cluster: ZkCluster;
  let admin: ZkClient;

  beforeAll(async () => {
    cluster = await ZkCluster.start();
    admin = await ZkClient.connect({ connectString: cluster.connectString() });
    await publishConfig(admin, APP, payload(1));
  });
  afterAll(async () => {
    await admin?.close();
    await cluster?.stop();
  });

  it('applied on the server, answer lost: reported as published, written exactly once', async () => {
    const zk = new AnswerLost({ connectString: cluster.connectString() });
    await zk.start();
    try {
      expect((await publishConfig(zk, APP, payload(2))).version).toBe(1);
      expect(zk.calls).toBe(1);
      expect(await admin.children(`${APP}/history`)).toHaveLength(2);
      expect((await admin.get(`${APP}/config`))?.stat.version).toBe(1);
    } finally {
      await zk.close();
    }
  });

  it('never applied: reported as failed, nothing written', async () => {
    const zk = new RequestLost({ connectString: cluster.connectString() });
    await zk.start();
    try {
      await expect(publishConfig(zk, APP, payload(3))).rejects.toMatchObject({ code: ErrorCode.ZK_DISCONNECTED });
      expect(zk.calls).toBe(1);
      expect((await admin.get(`${APP}/config`))?.stat.version).toBe(1);
      expect(await admin.children(`${APP}/history`)).toHaveLength(2);
    } finally {
      await zk.close();
    }
  });
});
