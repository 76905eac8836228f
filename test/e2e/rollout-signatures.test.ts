/**
 * A rollout is no way around signatures (issue 17): under --trust-key the
 * candidate in `B/rollout` must be signed like `B/config` and passes the
 * same replay rules, while a host it moved can still return to the stable
 * payload it accepted before.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentHarness, CLI_BIN, eventually, runCli, tempBaseDir } from '@zkdeploy/test-support';
import { encodeRollout, parseRollout } from '@zkdeploy/shared';

describe('rollout: signed candidates', () => {
  let h: AgentHarness;
  let key: string;
  let keyDir: string;
  let controller: ChildProcess;
  let stable: string;
  let stableVersion: number;
  const cli = (...args: string[]) => runCli(['--zk', h.connectString, ...args], { timeoutMs: 60_000 });

  beforeAll(async () => {
    h = await AgentHarness.start({ 'app.txt': 'v1\n' });
    keyDir = await tempBaseDir('keys');
    key = join(keyDir, 'deploy.key');
    expect((await runCli(['keygen', '--out', join(keyDir, 'deploy')])).code).toBe(0);
    controller = spawn(process.execPath, [CLI_BIN, 'controller', '--zk', h.connectString, '--tick', '100'], { stdio: 'ignore' });
    stable = await h.repo.head();
    const first = await cli('publish', '--url', h.repo.url, '--commit', stable, '--path', 'srv/app', '--sign-key', key);
    expect(first.code, first.stderr).toBe(0);
    stableVersion = (await h.zk.get('/app/business/config'))!.stat.version;
    await h.agent({ host: 's1', baseDir: await tempBaseDir('s1'), args: ['--trust-key', join(keyDir, 'deploy.pub')] });
    await h.waitOk('s1', stable, stableVersion);
  });
  afterAll(async () => {
    controller?.kill('SIGTERM');
    await h?.stop();
  });

  it('rejects an unsigned candidate and stays on the signed stable commit', async () => {
    const unsigned = await h.repo.commit({ 'app.txt': 'unsigned\n' }, 'unsigned');
    expect((await cli('publish', '--url', h.repo.url, '--commit', unsigned, '--path', 'srv/app', '--waves', '*')).code).toBe(0);
    const record = await h.waitStatus('s1', 'rejected', (r) => r.state === 'rejected' && r.configVersion === stableVersion + 1);
    expect(record.error?.message).toMatch(/sign/i);
    expect(record.commitId).toBe(stable);
    expect((await cli('rollout', 'abort')).code).toBe(0);
    await h.waitOk('s1', stable, stableVersion);
  });

  it('deploys a signed candidate, returns to the stable payload on abort (a lower sequence the stable memory still accepts), and refuses an older candidate written back', async () => {
    const good = await h.repo.commit({ 'app.txt': 'signed\n' }, 'signed');
    expect((await cli('publish', '--url', h.repo.url, '--commit', good, '--path', 'srv/app', '--waves', '*', '--bake', '60', '--sign-key', key)).code).toBe(0);
    await h.waitOk('s1', good, stableVersion + 1);
    const old = (await h.zk.get('/app/business/rollout'))!;
    expect((await cli('rollout', 'abort')).code).toBe(0);
    await h.waitOk('s1', stable, stableVersion);

    const newer = await h.repo.commit({ 'app.txt': 'newer\n' }, 'newer');
    expect((await cli('publish', '--url', h.repo.url, '--commit', newer, '--path', 'srv/app', '--waves', '*', '--bake', '60', '--sign-key', key)).code).toBe(0);
    await h.waitOk('s1', newer, stableVersion + 1);
    // The replay: the older signed candidate written back as a progressing rollout of its own.
    const replay = { ...parseRollout(old.data)!, id: 'r-replayed', state: 'progressing' as const };
    const current = (await h.zk.get('/app/business/rollout'))!;
    await h.zk.multi([
      { op: 'set', path: '/app/business/rollout', data: encodeRollout(replay), version: current.stat.version },
      { op: 'set', path: '/app/business/rollout-hosts/s1', data: Buffer.from(JSON.stringify({ id: 'r-replayed', wave: 0 })), version: -1 },
    ]);
    const refused = await h.waitStatus('s1', 'rejected', (r) => r.state === 'rejected' && r.configVersion === stableVersion + 1);
    expect(refused.error?.message).toMatch(/lower than sequence .* already accepted/);
    expect(refused.commitId).toBe(newer);
    await eventually('still on the newer candidate', async () => ((await h.status('s1'))?.commitId === newer ? true : undefined));
  });
});
