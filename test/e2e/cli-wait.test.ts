import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZkClient } from '@zkdeploy/shared';
import { AgentProcess, CliSession, eventually, GitRepo, runCli, ZkCluster } from '@zkdeploy/test-support';

const APP = '/t/wait';

describe('zkdeploy publish --wait and wait: event-driven convergence, early exit on final failures, progress on a TTY', () => {
  let cluster: ZkCluster;
  let zk: ZkClient;
  let repo: GitRepo;
  const agents: AgentProcess[] = [];
  const sessions: CliSession[] = [];
  const cli = (...args: string[]) => runCli(['--zk', cluster.connectString(), '--app', APP, ...args]);
  const session = (args: string[], tty = false): CliSession => {
    const s = (tty ? CliSession.startOnTty : CliSession.start)(['--zk', cluster.connectString(), '--app', APP, ...args]);
    sessions.push(s);
    return s;
  };
  const startAgent = async (host: string): Promise<AgentProcess> => {
    const agent = await AgentProcess.start({ zk: cluster.connectString(), host, app: APP });
    agents.push(agent);
    return agent;
  };
  const publishArgs = (commit: string) => ['publish', '--url', repo.url, '--commit', commit, '--path', 'srv/app'];

  beforeAll(async () => {
    cluster = await ZkCluster.start();
    zk = await ZkClient.connect({ connectString: cluster.connectString() });
    repo = await GitRepo.create({ files: { 'app.txt': 'v1\n' } });
    await Promise.all(['web-1', 'web-2'].map(startAgent));
    await eventually('two live agents', async () => ((await zk.children(`${APP}/agents`)) ?? []).length === 2);
  });
  afterAll(async () => {
    await Promise.all(sessions.map((s) => s.kill()));
    await Promise.all(agents.map((a) => a.stop()));
    await zk?.close();
    await cluster?.stop();
    await repo?.remove();
  });

  it('wait started before the publish returns right after the last host turns ok; off a TTY it prints only the final line', async () => {
    const commit = await repo.commit({ 'app.txt': 'v2\n' }, 'v2');
    const waiting = session(['wait', '--commit', commit, '--timeout', '40']);
    const published = await cli(...publishArgs(commit));
    expect(published.stderr).toBe('');
    expect(published.code).toBe(0);
    expect(await waiting.exited).toBe(0);
    expect(waiting.stdout).toMatch(new RegExp(`^converged: 2/2 ok at ${commit} \\(version 0\\) in \\d+\\.\\d+s\\n$`));
    expect(waiting.stderr).toBe('');
    const stats = await Promise.all(['web-1', 'web-2'].map((h) => zk.exists(`${APP}/status/${h}`)));
    const lastOk = Math.max(...stats.map((s) => s?.mtime ?? 0));
    // Event-driven: the process is gone within a fraction of a second of the last status write.
    expect((waiting.exitedAt ?? Infinity) - lastOk).toBeLessThan(600);
  });

  it('publish --wait --json exits 0 with the converged status object', async () => {
    const commit = await repo.commit({ 'app.txt': 'v3\n' }, 'v3');
    const r = await cli(...publishArgs(commit), '--wait', '--timeout', '40', '--json');
    expect(r.code).toBe(0);
    const status = JSON.parse(r.stdout);
    expect(status).toMatchObject({ app: APP, converged: true, desired: { commitId: commit, version: 1 }, summary: { ok: 2, total: 2 } });
    expect(r.stderr).toContain(`published ${commit}`);
  });

  it('stops with exit 3 as soon as hosts fail in a way they will not retry, naming each host and error, long before the timeout', async () => {
    const missing = 'e'.repeat(40);
    const started = Date.now();
    const r = await cli(...publishArgs(missing), '--wait', '--timeout', '50');
    expect(r.code).toBe(3);
    expect(Date.now() - started).toBeLessThan(20_000);
    // It stops at the first such host: the fleet cannot converge any more.
    expect(r.stderr).toMatch(/not converged: [12] hosts? failed for version 2 and will not retry until a new publish/);
    expect(r.stderr).toMatch(/web-[12] {2}failed \(version 2\) {2}ERR_COMMIT_NOT_FOUND: commit e{40} was not found/);
  });

  it('wait --commit for a commit that is not the current config exits 3 at once; a bad commit is exit 2', async () => {
    const r = await cli('wait', '--commit', 'abcdef1', '--timeout', '30');
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/the current config \(version 2\) is commit eeeeeeeeeeee, not abcdef1/);
    const bad = await cli('wait', '--commit', 'xyz');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--commit.*expected a commit id/);
  });

  it('times out with exit 3 when --min-hosts cannot be met, and draws a live progress line only on a TTY', async () => {
    const commit = await repo.commit({ 'app.txt': 'v4\n' }, 'v4');
    expect((await cli(...publishArgs(commit), '--wait', '--timeout', '40')).code).toBe(0);
    const short = await cli('wait', '--min-hosts', '3', '--timeout', '1.5');
    expect(short.code).toBe(3);
    expect(short.stderr).toMatch(/not converged: timed out after 1\.\ds: 2 of the 3 required hosts are ok \(2\/2 ok\)/);
    expect(short.stdout).toBe('');

    const tty = session(['wait', '--min-hosts', '3', '--timeout', '40'], true);
    await eventually('progress line drawn', () => tty.stdout.includes('2/2 ok'));
    expect(tty.stdout).toContain(`waiting for ${commit.slice(0, 12)} (version 3) · 2/2 ok`);
    await startAgent('web-3');
    expect(await tty.exited).toBe(0);
    expect(tty.stdout).toMatch(/converged: 3\/3 ok at [0-9a-f]{40} \(version 3\)/);
  });

  it('concurrent publishes: each either wins its compare-and-set or reports the concurrent write clearly; history matches the winners', async () => {
    const commits = await Promise.all([0, 1, 2, 3, 4, 5].map(() => repo.head()));
    const before = (await zk.exists(`${APP}/config`))?.version ?? -1;
    const results = await Promise.all(commits.map((c, i) => cli(...publishArgs(c), '--message', `race ${i}`)));
    const winners = results.filter((r) => r.code === 0);
    const losers = results.filter((r) => r.code !== 0);
    expect(winners.length).toBeGreaterThan(0);
    for (const l of losers) {
      expect(l.code).toBe(1);
      expect(l.stderr).toMatch(/\/t\/wait\/config was changed by another publisher meanwhile \(now at version \d+, commit [0-9a-f]{40} by .+\); nothing was written/);
    }
    const after = (await zk.exists(`${APP}/config`))?.version ?? -1;
    expect(after - before).toBe(winners.length);
    const history = (await zk.children(`${APP}/history`)) ?? [];
    expect(history.length).toBe(after + 1);
  });
});
