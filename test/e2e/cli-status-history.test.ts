import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZkClient, encodeStatus } from '@zkdeploy/shared';
import { AgentProcess, CliSession, eventually, GitRepo, runCli, ZkCluster } from '@zkdeploy/test-support';

const APP = '/t/fleet';

describe('zkdeploy status --watch, agents, history and rollback', () => {
  let cluster: ZkCluster;
  let zk: ZkClient;
  let repo: GitRepo;
  let agent: AgentProcess;
  const commits: string[] = [];
  const cli = (...args: string[]) => runCli(['--zk', cluster.connectString(), '--app', APP, ...args]);
  const publish = (commit: string) => cli('publish', '--url', repo.url, '--commit', commit, '--path', 'srv/app', '--wait', '--timeout', '40');

  beforeAll(async () => {
    cluster = await ZkCluster.start();
    zk = await ZkClient.connect({ connectString: cluster.connectString() });
    repo = await GitRepo.create({ files: { 'app.txt': 'v0\n' } });
    expect((await cli('init')).code).toBe(0);
    agent = await AgentProcess.start({ zk: cluster.connectString(), host: 'web-1', app: APP });
    for (const n of [1, 2, 3]) {
      commits.push(await repo.commit({ 'app.txt': `v${n}\n` }, `release ${n}`));
      expect((await publish(commits.at(-1) as string)).code).toBe(0);
    }
  });
  afterAll(async () => {
    await agent?.stop();
    await zk?.close();
    await cluster?.stop();
    await repo?.remove();
  });

  it('status shows offline hosts (status, no agent) and pending ones (live, no status for this version), errors on one line', async () => {
    await zk.create(`${APP}/status/old-host`, encodeStatus({
      host: 'old-host', state: 'failed', commitId: null, desiredCommitId: commits[0] as string, configVersion: 0,
      error: { code: 'ERR_GIT_FAILED', message: 'git fetch failed:\nconnection refused' }, updatedAt: new Date().toISOString(),
      durationMs: 5, attempts: 1, agentVersion: '0.1.0',
    }));
    await zk.create(`${APP}/agents/new-host`, Buffer.from(JSON.stringify({ host: 'new-host', pid: 1, version: '0.1.0', startedAt: new Date().toISOString(), baseDir: '/x' })), 'ephemeral');
    const json = await cli('status', '--json');
    expect(json.code).toBe(3);
    const status = JSON.parse(json.stdout);
    expect(status.summary).toMatchObject({ total: 3, ok: 1, pending: 1, offline: 1 });
    expect(status.hosts.find((h: { host: string }) => h.host === 'old-host')).toMatchObject({ live: false, state: 'offline' });
    const table = await cli('status');
    expect(table.stdout).toMatch(/old-host.*offline.*ERR_GIT_FAILED: git fetch failed: connection refused/);
    expect(table.stdout).toMatch(/new-host.*pending/);
    expect(table.stdout).toContain('1/2 ok · 1 pending · 1 offline');

    const agents = await cli('agents', '--json');
    expect(JSON.parse(agents.stdout).map((a: { host: string }) => a.host)).toEqual(['new-host', 'web-1']);
    expect((await cli('agents')).stdout).toMatch(/web-1 .*0\.1\.0/);
    await zk.delete(`${APP}/agents/new-host`);
    await zk.delete(`${APP}/status/old-host`);
  });

  it('status --watch prints every change as it happens (one JSON object per line off a TTY) and ends on Ctrl-C', async () => {
    const watch = CliSession.start(['--zk', cluster.connectString(), '--app', APP, 'status', '--watch', '--json']);
    try {
      await eventually('first snapshot', () => watch.stdout.includes('\n'));
      const target = await repo.commit({ 'app.txt': 'v4\n' }, 'release 4');
      commits.push(target);
      expect((await cli('publish', '--url', repo.url, '--commit', target, '--path', 'srv/app')).code).toBe(0);
      await eventually('converged on the new commit', () =>
        watch.stdout.trim().split('\n').map((l) => JSON.parse(l)).some((s) => s.converged && s.desired.commitId === target),
      );
      const states = watch.stdout.trim().split('\n').map((l) => JSON.parse(l).hosts[0]?.state);
      expect(states).toContain('ok');
      expect(states.some((s) => s === 'pending' || s === 'deploying')).toBe(true);
      watch.signal('SIGINT');
      expect(await watch.exited).toBe(0);
    } finally {
      await watch.kill();
    }
  });

  it('history lists versions newest first with commit, ref, who and message, honouring --limit', async () => {
    const json = JSON.parse((await cli('history', '--json')).stdout);
    expect(json.map((e: { version: number }) => e.version)).toEqual([3, 2, 1, 0]);
    expect(json[0]).toMatchObject({ version: 3, current: true, commitId: commits[3] });
    expect(json[0].publishedBy).toMatch(/@/);
    const limited = JSON.parse((await cli('history', '--limit', '2', '--json')).stdout);
    expect(limited).toHaveLength(2);
    const table = await cli('history');
    expect(table.stdout).toMatch(/3 \*.*[0-9a-f]{12}/);
    expect((await cli('history', '--limit', 'x')).code).toBe(2);
  });

  it('rollback republishes the previous commit as a new version and the fleet follows; --to picks a version; unknown versions are exit 2', async () => {
    const r = await cli('rollback', '--wait', '--timeout', '40');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`rolled ${APP} back to version 2 (${commits[2]}) as version 4`);
    expect(r.stdout).toMatch(/converged: 1\/1 ok/);
    const to = await cli('rollback', '--to', '0', '--message', 'back to the start');
    expect(to.code).toBe(0);
    const latest = JSON.parse((await cli('history', '--limit', '1', '--json')).stdout)[0];
    expect(latest).toMatchObject({ version: 5, commitId: commits[0], message: 'back to the start' });
    for (const [args, text] of [
      [['--to', '99'], 'has no history entry for version 99'],
      [['--to', '5'], 'version 5 is already the current config'],
    ] as const) {
      const bad = await cli('rollback', ...args);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain(text);
    }
    expect((await zk.exists(`${APP}/config`))?.version).toBe(5);
  });
});
