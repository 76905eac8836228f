import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentHarness, checkoutState, eventually, git, type GitCall, gitShim, tempBaseDir } from '@zkdeploy/test-support';

function overlapping(calls: GitCall[]): GitCall[][] {
  const pairs: GitCall[][] = [];
  for (const a of calls) {
    for (const b of calls) {
      if (a !== b && a.start < b.start && (a.end === null || b.start < a.end)) pairs.push([a, b]);
    }
  }
  return pairs;
}

describe('agent: the reconcile loop', () => {
  let h: AgentHarness;
  let shim: Awaited<ReturnType<typeof gitShim>>;
  let base: string;

  beforeAll(async () => {
    h = await AgentHarness.start();
    shim = await gitShim();
    base = await tempBaseDir('burst');
    await h.agent({ host: 'burst-1', baseDir: base, args: ['--splay', '300'], env: { PATH: `${shim.path}:${process.env['PATH'] ?? ''}` } });
    // /app/clock: a transient failure whose backoff retries time the stalling test (the same agent, the same backoff).
    await h.agent({ host: 'retry-1', args: ['--app', '/app/retry', '--app', '/app/clock'] });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('ends a burst of publishes at the last one without deploying each, never running two git commands at once', async () => {
    const commits: string[] = [];
    for (let i = 0; i < 8; i++) commits.push(await h.repo.commit({ 'app.txt': `burst ${i}\n` }, `burst ${i}`));
    let version = 0;
    for (const commit of commits) version = await h.publishCommit(commit);
    const last = commits[commits.length - 1]!;
    await h.waitOk('burst-1', last, version);
    expect(await checkoutState(join(base, 'srv/app'))).toEqual({ head: last, dirty: '' });
    const activations = (h.agents[0]!.output.match(/"msg":"activated"/g) ?? []).length;
    expect(activations).toBeGreaterThanOrEqual(1);
    expect(activations).toBeLessThan(commits.length);
    const calls = await shim.calls();
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.every((c) => c.end !== null)).toBe(true);
    expect(overlapping(calls)).toEqual([]);
    expect(h.agents[0]!.output).toMatch(/"delayMs":\d+,"msg":"waiting --splay before fetching"/);
    for (const m of h.agents[0]!.output.matchAll(/"delayMs":(\d+),"msg":"waiting --splay/g)) expect(Number(m[1])).toBeLessThanOrEqual(300);
  });

  it('retries a transient failure with backoff, counting attempts, and converges once the server is back without a new publish', async () => {
    const repoPath = join(await tempBaseDir('late-repo'), 'late.git');
    const commit = await h.repo.head();
    const version = await h.publish({ url: `file://${repoPath}`, commitId: commit, relativePath: 'srv/retry' }, '/app/retry');
    const failed = await h.waitStatus('retry-1', 'failed twice', (r) => r.state === 'failed' && r.attempts >= 2 && r.configVersion === version, 20_000, '/app/retry');
    expect(failed.error?.code).toBe('ERR_GIT_FAILED');
    await git(h.repo.root, ['clone', '-q', '--bare', h.repo.bare, repoPath]);
    const ok = await h.waitOk('retry-1', commit, version, 30_000, '/app/retry');
    expect(ok.attempts).toBeGreaterThanOrEqual(3);
  });

  it('does not retry a stalling failure (unknown commit) until the config changes', async () => {
    const missing = 'e'.repeat(40);
    const version = await h.publish({ url: h.repo.url, commitId: missing, relativePath: 'srv/retry' }, '/app/retry');
    const failed = await h.waitStatus('retry-1', 'failed', (r) => r.state === 'failed' && r.configVersion === version, 15_000, '/app/retry');
    expect(failed.error?.code).toBe('ERR_COMMIT_NOT_FOUND');
    expect(failed.error?.class).toBe('stalling');
    // Long enough for two backoff retries, had there been any: the agent's own clock, a transient failure it retries twice meanwhile.
    const unreachable = `file://${join(await tempBaseDir('clock-repo'), 'none.git')}`;
    const clockVersion = await h.publish({ url: unreachable, commitId: await h.repo.head(), relativePath: 'srv/clock' }, '/app/clock');
    await h.waitStatus('retry-1', 'retried twice', (r) => r.state === 'failed' && r.configVersion === clockVersion && r.attempts >= 3, 20_000, '/app/clock');
    const later = await h.status('retry-1', '/app/retry');
    expect(later?.updatedAt).toBe(failed.updatedAt);
    expect(later?.attempts).toBe(1);
  });

  it('treats an id that names a blob, not a commit, as an unknown commit', async () => {
    const blob = await git(h.repo.work, ['rev-parse', 'HEAD:app.txt']);
    const version = await h.publish({ url: h.repo.url, commitId: blob, relativePath: 'srv/retry' }, '/app/retry');
    const failed = await h.waitStatus('retry-1', 'failed', (r) => r.state === 'failed' && r.configVersion === version, 15_000, '/app/retry');
    expect(failed.error?.code).toBe('ERR_COMMIT_NOT_FOUND');
  });

  it('reads the config again after ZooKeeper comes back, and deploys what was published meanwhile', async () => {
    await h.cluster.killMember(1);
    await h.cluster.startMember(1);
    await eventually('test client reconnected', () => h.zk.isConnected, 30_000);
    const commit = await h.repo.commit({ 'app.txt': 'after restart\n' }, 'after zk restart');
    const version = await h.publishCommit(commit);
    await h.waitOk('burst-1', commit, version, 40_000);
  });
});
