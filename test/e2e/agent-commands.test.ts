import { readFile, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentHarness, checkoutState, eventually, tempBaseDir } from '@zkdeploy/test-support';

describe('agent: --exec after activation and --check before it', () => {
  let h: AgentHarness;
  let envFile: string;
  const bases: Record<string, string> = {};
  let v1: string;
  let version1: number;

  beforeAll(async () => {
    h = await AgentHarness.start({ 'app.txt': 'v1\n', 'healthy': 'yes\n' });
    envFile = join(await tempBaseDir('exec-env'), 'env.txt');
    const specs: Record<string, string[]> = {
      'exec-env': ['--exec', `env | grep ^ZKDEPLOY_ | sort > '${envFile}'; test -f app.txt`],
      'exec-fail': ['--exec', 'echo first line; echo "boom: service refused to reload" >&2; exit 3'],
      'exec-slow': ['--exec', 'sleep 20', '--exec-timeout', '0.5'],
      'check': ['--check', 'test -f healthy || { echo "healthy missing in $(pwd)"; exit 1; }'],
    };
    for (const [host, args] of Object.entries(specs)) {
      bases[host] = await tempBaseDir(host);
      await h.agent({ host, baseDir: bases[host], args });
    }
    v1 = await h.repo.head();
    version1 = await h.publishCommit(v1);
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('runs --exec in the checkout with the commit, path, app, host and config version in its environment', async () => {
    await h.waitOk('exec-env', v1, version1);
    const env = await readFile(envFile, 'utf8');
    expect(env).toContain(`ZKDEPLOY_COMMIT=${v1}\n`);
    expect(env).toContain(`ZKDEPLOY_PATH=${join(await realpath(bases['exec-env']!), 'srv/app')}\n`);
    expect(env).toContain('ZKDEPLOY_APP=/app/business\n');
    expect(env).toContain('ZKDEPLOY_HOST=exec-env\n');
    expect(env).toContain(`ZKDEPLOY_CONFIG_VERSION=${version1}\n`);
  });

  it('reports a failing --exec as failed with the tail of its output; the release stays active', async () => {
    const record = await h.waitStatus('exec-fail', 'failed', (r) => r.state === 'failed' && r.configVersion === version1);
    expect(record.error?.code).toBe('ERR_EXEC_FAILED');
    expect(record.error?.message).toMatch(/--exec command exited with 3; output ends with: first line\nboom: service refused to reload/);
    expect(record.commitId).toBe(v1);
    expect((await checkoutState(join(bases['exec-fail']!, 'srv/app'))).head).toBe(v1);
  });

  it('kills an --exec that outlives --exec-timeout and reports it failed', async () => {
    const record = await h.waitStatus('exec-slow', 'failed', (r) => r.state === 'failed' && r.configVersion === version1, 10_000);
    expect(record.error?.code).toBe('ERR_EXEC_FAILED');
    expect(record.error?.message).toMatch(/timed out after 500 ms/);
    expect(record.durationMs).toBeLessThan(5000);
  });

  it('runs --check in the new release before activation; a failing check leaves the old commit active', async () => {
    await h.waitOk('check', v1, version1);
    const v2 = await h.repo.commit({ healthy: null, 'app.txt': 'v2\n' }, 'v2 breaks the check');
    const version2 = await h.publishCommit(v2);
    const record = await h.waitStatus('check', 'failed', (r) => r.state === 'failed' && r.configVersion === version2);
    expect(record.error?.code).toBe('ERR_CHECK_FAILED');
    expect(record.error?.message).toMatch(/healthy missing in .*\/\.zkdeploy\/checkouts\/.*\/releases\/r-/);
    expect(record.commitId).toBe(v1);
    expect(await checkoutState(join(bases['check']!, 'srv/app'))).toEqual({ head: v1, dirty: '' });
    expect(await readFile(join(bases['check']!, 'srv/app/app.txt'), 'utf8')).toBe('v1\n');

    const v3 = await h.repo.commit({ healthy: 'again\n', 'app.txt': 'v3\n' }, 'v3 fixes it');
    await h.waitOk('check', v3, await h.publishCommit(v3));
  });

  it('runs an --exec that a crash interrupted again after restart (at least once), before reporting ok', async () => {
    const base = await tempBaseDir('exec-crash');
    const marker = join(await tempBaseDir('exec-crash-out'), 'runs.txt');
    const args = ['--session-timeout', '800', '--exec', `echo "start $ZKDEPLOY_COMMIT" >> '${marker}'; sleep 1; echo "done $ZKDEPLOY_COMMIT" >> '${marker}'`];
    const first = await h.agent({ host: 'exec-crash', baseDir: base, args });
    const commit = await h.repo.head();
    const version = (await h.zk.get('/app/business/config'))!.stat.version;
    await eventually('exec started', () => first.output.includes('"msg":"running --exec"'));
    first.signal('SIGKILL');
    await first.exit();
    expect((await checkoutState(join(base, 'srv/app'))).head).toBe(commit);
    await h.agent({ host: 'exec-crash', baseDir: base, args });
    await h.waitOk('exec-crash', commit, version);
    // At least once: the restarted agent ran it again (the killed agent's command may also have finished on its own).
    const runs = (await readFile(marker, 'utf8')).trim().split('\n');
    expect(runs.filter((l) => l === `start ${commit}`)).toHaveLength(2);
    expect(runs).toContain(`done ${commit}`);
  });
});
