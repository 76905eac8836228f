import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZkClient, parseStatus, type StatusRecord } from '@zkdeploy/shared';
import { AgentProcess, eventually, GitRepo, headOf, runCli, ZkCluster } from '@zkdeploy/test-support';

const APP = '/app/business';

describe('walking skeleton: publish → agents check out the exact commit → fleet status', () => {
  let cluster: ZkCluster;
  let zk: ZkClient;
  let repo: GitRepo;
  let agents: AgentProcess[] = [];
  const cli = (...args: string[]) => runCli(['--zk', cluster.connectString(), ...args]);
  const statusOf = async (host: string): Promise<StatusRecord | null> => {
    const node = await zk.get(`${APP}/status/${host}`);
    return node ? parseStatus(node.data, host) : null;
  };
  const fleetJson = async () => JSON.parse((await cli('status', '--json')).stdout) as { converged: boolean; desired: { version: number } | null; hosts: { host: string; state: string; commitId: string }[]; summary: Record<string, number> };

  beforeAll(async () => {
    cluster = await ZkCluster.start();
    zk = await ZkClient.connect({ connectString: cluster.connectString() });
    repo = await GitRepo.create({ files: { 'app.txt': 'v1\n' } });
    agents = await Promise.all(['web-1', 'web-2', 'web-3'].map((host) => AgentProcess.start({ zk: cluster.connectString(), host })));
    await eventually('three live agents', async () => ((await zk.children(`${APP}/agents`)) ?? []).length === 3);
  });
  afterAll(async () => {
    await Promise.all(agents.map((a) => a.stop()));
    await zk?.close();
    await cluster?.stop();
    await repo?.remove();
  });

  it('three agents check out the published commit and status reports converged; a second publish moves all three', async () => {
    for (const content of ['v1\n', 'v2\n']) {
      const commit = await repo.commit({ 'app.txt': content }, `deploy ${content.trim()}`);
      const published = await cli('publish', '--url', repo.url, '--commit', commit, '--path', 'srv/app');
      expect(published.stderr).toBe('');
      expect(published.code).toBe(0);
      await eventually('converged status', async () => (await fleetJson()).converged);
      for (const agent of agents) expect(await headOf(join(agent.spec.baseDir, 'srv/app'))).toBe(commit);
      const status = await cli('status', '--json');
      expect(status.code).toBe(0);
      const fleet = JSON.parse(status.stdout);
      expect(fleet.summary).toMatchObject({ total: 3, ok: 3, pending: 0, offline: 0 });
      expect(fleet.hosts.map((h: { commitId: string }) => h.commitId)).toEqual([commit, commit, commit]);
      const table = await cli('status');
      expect(table.stdout).toMatch(/web-1.*ok/);
      expect(table.stdout).toMatch(/3\/3 ok/);
    }
    const history = (await zk.children(`${APP}/history`))?.sort();
    expect(history).toEqual(['v-0000000000', 'v-0000000001']);
  });

  it('deploys a payload written by a plain ZooKeeper client in the original scripts\' form', async () => {
    const commit = await repo.commit({ 'app.txt': 'seed\n' }, 'seed form');
    const current = await zk.get(`${APP}/config`);
    const seed = JSON.stringify({ url: repo.url, commitId: commit, relativePath: 'srv/app' });
    await zk.set(`${APP}/config`, Buffer.from(seed), current?.stat.version ?? -1);
    await eventually('seed payload deployed', async () => (await fleetJson()).converged && (await fleetJson()).hosts.every((h) => h.commitId === commit));
    for (const agent of agents) expect(await headOf(join(agent.spec.baseDir, 'srv/app'))).toBe(commit);
  });

  it.each([
    [['--url', 'ext::sh -c touch% /tmp/pwned', '--commit', 'a'.repeat(40), '--path', 'x'], 'url'],
    [['--url', 'https://example.com/r.git', '--commit', 'abc123', '--path', 'x'], 'commitId'],
    [['--url', 'https://example.com/r.git', '--commit', 'g'.repeat(40), '--path', 'x'], 'commitId'],
    [['--url', 'https://example.com/r.git', '--commit', 'a'.repeat(40), '--path', '../x'], 'relativePath'],
  ])('rejects invalid publish input %j with exit 2 naming %s, writing nothing', async (args, field) => {
    const before = await zk.get(`${APP}/config`);
    const historyBefore = await zk.children(`${APP}/history`);
    const result = await cli('publish', ...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`"${field}"`);
    expect(result.stdout).toBe('');
    const after = await zk.get(`${APP}/config`);
    expect(after?.stat.version).toBe(before?.stat.version);
    expect(await zk.children(`${APP}/history`)).toEqual(historyBefore);
  });

  it('reports a commit that does not exist as failed with an error code, then deploys the next valid publish', async () => {
    const missing = 'd'.repeat(40);
    const bad = await cli('publish', '--url', repo.url, '--commit', missing, '--path', 'srv/app');
    expect(bad.code).toBe(0);
    const records = await eventually('all three failed', async () => {
      const all = await Promise.all(agents.map((a) => statusOf(a.spec.host)));
      return all.every((r) => r?.state === 'failed' && r.desiredCommitId === missing) ? all : undefined;
    });
    for (const r of records) expect(r?.error?.code).toBe('ERR_COMMIT_NOT_FOUND');
    const status = await cli('status');
    expect(status.code).toBe(3);
    expect(status.stdout).toContain('ERR_COMMIT_NOT_FOUND');

    const good = await repo.commit({ 'app.txt': 'after failure\n' }, 'recover');
    expect((await cli('publish', '--url', repo.url, '--commit', good, '--path', 'srv/app')).code).toBe(0);
    await eventually('recovered', async () => (await fleetJson()).converged);
    for (const agent of agents) expect(await headOf(join(agent.spec.baseDir, 'srv/app'))).toBe(good);
  });
});
