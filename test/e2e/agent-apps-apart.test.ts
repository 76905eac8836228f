import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentHarness, checkoutState, tempBaseDir } from '@zkdeploy/test-support';

/**
 * Issue 16, section 7: one agent serving two apps. A publish to the second
 * app whose target is the first app's, lies inside it or contains it used to
 * deploy into the first app's active release, which then stayed drifted and
 * stopped deploying. Now it is rejected naming the other app, touching
 * nothing, and the first app keeps deploying.
 */
describe('agent: the targets of two apps on one agent never overlap', () => {
  let h: AgentHarness;
  let base: string;
  let n = 0;

  /** Publishes a new commit to /a1 and waits until it is deployed, clean. */
  async function a1Deploys(): Promise<void> {
    const commit = await h.repo.commit({ 'app.txt': `a1 ${++n}\n` }, `a1 ${n}`);
    const version = await h.publishCommit(commit, 'apps/site', '/a1');
    await h.waitOk('multi-1', commit, version, 30_000, '/a1');
    expect(await checkoutState(join(base, 'apps/site'))).toEqual({ head: commit, dirty: '' });
  }

  beforeAll(async () => {
    h = await AgentHarness.start();
    base = await tempBaseDir('apps-apart');
    await h.agent({ host: 'multi-1', baseDir: base, args: ['--app', '/a1', '--app', '/a2'] });
    await a1Deploys();
  });
  afterAll(async () => {
    await h?.stop();
  });

  for (const [how, path] of [
    ['inside', 'apps/site/sub'],
    ['equal to', 'apps/site'],
    ['around', 'apps'],
  ] as const) {
    it(`rejects a target ${how} the other app's, naming it and touching nothing; the other app keeps deploying`, async () => {
      const version = await h.publishCommit(await h.repo.head(), path, '/a2');
      const rejected = await h.waitStatus('multi-1', 'rejected', (r) => r.state === 'rejected' && r.configVersion === version, 30_000, '/a2');
      expect(rejected.error?.code).toBe('ERR_TARGET_OVERLAP');
      expect(rejected.error?.message).toContain('app /a1');
      expect(rejected.error?.class).toBe('rejected');
      expect(await lstat(join(base, 'apps/site/sub')).catch(() => null)).toBeNull();
      expect((await h.status('multi-1', '/a1'))?.state).toBe('ok');
      await a1Deploys();
    });
  }

  it('deploys the second app beside the first', async () => {
    const commit = await h.repo.head();
    const version = await h.publishCommit(commit, 'apps/other', '/a2');
    await h.waitOk('multi-1', commit, version, 30_000, '/a2');
    expect(await checkoutState(join(base, 'apps/other'))).toEqual({ head: commit, dirty: '' });
    await a1Deploys();
  });
});
