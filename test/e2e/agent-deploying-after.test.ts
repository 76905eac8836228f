import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentHarness, tempBaseDir } from '@zkdeploy/test-support';

/** Data version of the host's status znode: one more for every write. */
async function statusVersion(h: AgentHarness, host: string): Promise<number> {
  return (await h.zk.get(`/app/business/status/${host}`))?.stat.version ?? -1;
}

describe('agent --deploying-after: the deploying record only for a deploy still running by then (default 2 s)', () => {
  let h: AgentHarness;
  beforeAll(async () => {
    h = await AgentHarness.start({ 'app.txt': 'v1\n' });
    await h.agent({ host: 'quick', baseDir: await tempBaseDir('deploying-after-quick') });
    await h.agent({ host: 'slow', baseDir: await tempBaseDir('deploying-after-slow'), args: ['--deploying-after', '0.3', '--check', 'sleep 1.5'] });
    await h.agent({ host: 'always', baseDir: await tempBaseDir('deploying-after-zero'), args: ['--deploying-after', '0'] });
    const v1 = await h.repo.head();
    const version = await h.publishCommit(v1);
    for (const host of ['quick', 'slow', 'always']) await h.waitOk(host, v1, version);
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('reports a deploy that ends sooner with one write (ok) by default, and with two (deploying, ok) at --deploying-after 0', async () => {
    const before = { quick: await statusVersion(h, 'quick'), always: await statusVersion(h, 'always') };
    const v2 = await h.repo.commit({ 'app.txt': 'v2\n' }, 'v2');
    const version = await h.publishCommit(v2);
    await h.waitOk('quick', v2, version);
    await h.waitOk('always', v2, version);
    expect(await statusVersion(h, 'quick')).toBe(before.quick + 1);
    expect(await statusVersion(h, 'always')).toBe(before.always + 2);
  });

  it('writes deploying for a deploy that runs longer, before its ok', async () => {
    const v3 = await h.repo.commit({ 'app.txt': 'v3\n' }, 'v3');
    const version = await h.publishCommit(v3);
    const deploying = await h.waitStatus('slow', 'deploying v3', (r) => r.state === 'deploying' && r.configVersion === version, 10_000);
    expect(deploying.desiredCommitId).toBe(v3);
    await h.waitOk('slow', v3, version);
  });
});
