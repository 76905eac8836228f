/**
 * Operating a rollout against a real ZooKeeper and real agents (issue 17,
 * "Done when" 5): label waves behind a manual gate, a host joining
 * mid-rollout, an agent restarted mid-rollout, what a seed client reading
 * `B/config` sees, then abort, pause/resume and promote.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentHarness, CLI_BIN, eventually, runCli, tempBaseDir, type AgentProcess } from '@zkdeploy/test-support';
import { parseRollout, type RolloutRecord } from '@zkdeploy/shared';

const CONFIG = '/app/business/config';

describe('rollout operations', () => {
  let h: AgentHarness;
  let controller: ChildProcess;
  const bases: Record<string, string> = {};
  const procs: Record<string, AgentProcess> = {};
  let stable: string;
  let stableVersion: number;
  const cli = (...args: string[]) => runCli(['--zk', h.connectString, ...args], { timeoutMs: 60_000 });
  const rollout = async (): Promise<RolloutRecord> => parseRollout((await h.zk.get('/app/business/rollout'))!.data)!;
  const configCommit = async () => (JSON.parse((await h.zk.get(CONFIG))!.data.toString()) as { commitId: string }).commitId;
  const startAgent = async (host: string, zone: string) => {
    bases[host] ??= await tempBaseDir(host);
    procs[host] = await h.agent({ host, baseDir: bases[host], args: ['--label', `zone=${zone}`] });
  };
  const publish = (commit: string, ...plan: string[]) => cli('publish', '--url', h.repo.url, '--commit', commit, '--path', 'srv/app', ...plan);

  beforeAll(async () => {
    h = await AgentHarness.start({ 'app.txt': 'v1\n' });
    controller = spawn(process.execPath, [CLI_BIN, 'controller', '--zk', h.connectString, '--tick', '100'], { stdio: 'ignore' });
    stable = await h.repo.head();
    stableVersion = await h.publishCommit(stable);
    for (const [host, zone] of [['o1', 'a'], ['o2', 'a'], ['o3', 'b'], ['o4', 'b']] as const) await startAgent(host, zone);
    for (const host of ['o1', 'o2', 'o3', 'o4']) await h.waitOk(host, stable, stableVersion);
  });
  afterAll(async () => {
    controller?.kill('SIGTERM');
    await h?.stop();
  });

  it('5: label waves stop at a manual gate; a joining host stays stable, a restarted one keeps its wave, B/config stays stable until completion', async () => {
    const v2 = await h.repo.commit({ 'app.txt': 'v2\n' }, 'v2');
    expect((await publish(v2, '--waves', 'zone=a,*', '--manual')).code).toBe(0);
    const candidateVersion = stableVersion + 1;
    await eventually('the manual gate', async () => ((await rollout()).state === 'paused' ? true : undefined), 30_000);
    expect((await rollout()).reason).toMatch(/manual gate: waiting for `rollout resume` before wave 2/);
    for (const host of ['o1', 'o2']) await h.waitOk(host, v2, candidateVersion);
    for (const host of ['o3', 'o4']) expect((await h.status(host))?.commitId).toBe(stable);
    const view = JSON.parse((await cli('rollout', 'status', '--json')).stdout).rollout;
    expect(view.waves.map((w: { hosts: { host: string }[] }) => w.hosts.map((x) => x.host))).toEqual([['o1', 'o2'], ['o3', 'o4']]);
    const fleet = JSON.parse((await cli('status', '--json')).stdout);
    const byHost = Object.fromEntries(fleet.hosts.map((x: { host: string; wave: number; candidate: boolean; state: string }) => [x.host, x]));
    expect(byHost['o1']).toMatchObject({ wave: 0, candidate: true, state: 'ok' });
    expect(byHost['o3']).toMatchObject({ wave: 1, candidate: false, state: 'ok' });
    // A seed client reads B/config: still the stable version.
    expect((await h.zk.get(CONFIG))!.stat.version).toBe(stableVersion);
    expect(await configCommit()).toBe(stable);

    await startAgent('o5', 'a'); // joins after the plan: no wave, stays stable
    await h.waitOk('o5', stable, stableVersion);
    await procs['o1']!.stop();
    await startAgent('o1', 'a'); // restarted: keeps its wave (the candidate), without redeploying it
    await h.waitOk('o1', v2, candidateVersion);

    expect((await cli('rollout', 'pause')).code).toBe(2); // paused already: pause needs it progressing
    expect((await cli('rollout', 'resume')).code).toBe(0);
    await eventually('completed', async () => ((await rollout()).state === 'completed' ? true : undefined), 30_000);
    expect(await configCommit()).toBe(v2);
    for (const host of ['o1', 'o2', 'o3', 'o4', 'o5']) await h.waitOk(host, v2, candidateVersion);
    stable = v2;
    stableVersion = candidateVersion;
  });

  it('5: abort returns the moved host to stable at once; pause and resume; promote makes the candidate stable now', async () => {
    const v3 = await h.repo.commit({ 'app.txt': 'v3\n' }, 'v3');
    expect((await publish(v3, '--waves', '1,*', '--bake', '60')).code).toBe(0);
    const moved = await eventually('a host on the candidate', async () => {
      for (const host of ['o1', 'o2', 'o3', 'o4', 'o5']) if ((await h.status(host))?.commitId === v3) return host;
      return undefined;
    }, 30_000);
    expect((await cli('rollout', 'pause')).code).toBe(0);
    expect((await rollout()).state).toBe('paused');
    expect((await cli('rollout', 'resume')).code).toBe(0);
    expect((await rollout()).state).toBe('progressing');
    expect((await cli('rollout', 'abort')).code).toBe(0);
    await h.waitOk(moved, stable, stableVersion);
    expect(await configCommit()).toBe(stable);
    expect((await cli('rollout', 'resume')).code).toBe(2);
    const history = JSON.parse((await cli('rollout', 'history', '--json')).stdout).rollouts;
    expect(history.map((o: { state: string; commitId: string }) => [o.state, o.commitId])).toEqual([['aborted', v3], ['completed', stable]]);
    const outcome = JSON.parse((await h.zk.get(`/app/business/rollouts/${(await rollout()).id}`))!.data.toString());
    expect(outcome).toMatchObject({ state: 'aborted', reason: 'aborted by an operator', commitId: v3 });

    const v4 = await h.repo.commit({ 'app.txt': 'v4\n' }, 'v4');
    expect((await publish(v4, '--waves', '1,*', '--bake', '60')).code).toBe(0);
    await eventually('wave 1 on the candidate', async () => ((await rollout()).planned ? true : undefined), 30_000);
    expect((await cli('rollout', 'promote')).code).toBe(0);
    expect(await configCommit()).toBe(v4);
    for (const host of ['o1', 'o2', 'o3', 'o4', 'o5']) await h.waitOk(host, v4, stableVersion + 1);
  });

  it('refuses bad plans with exit 2 naming the flag, writing nothing', async () => {
    const before = await h.zk.get('/app/business/rollout');
    const bad = await publish(stable, '--waves', '0,*');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--waves: "0"/);
    expect((await publish(stable, '--bake', '5')).stderr).toMatch(/--bake needs --waves/);
    expect((await publish(stable, '--waves', '1,*', '--now')).code).toBe(2);
    expect((await h.zk.get('/app/business/rollout'))!.stat.version).toBe(before!.stat.version);
  });

  it('the app default plan is used by a publish without flags, and --now skips it', async () => {
    expect((await cli('rollout', 'policy', 'set', '--waves', '1,*', '--bake', '0')).code).toBe(0);
    expect((await cli('rollout', 'policy', 'show')).stdout).toMatch(/waves 1,\* · bake 0s/);
    const v5 = await h.repo.commit({ 'app.txt': 'v5\n' }, 'v5');
    const rolled = await publish(v5, '--wait', '--timeout', '60');
    expect(rolled.code, rolled.stderr).toBe(0);
    expect(rolled.stdout).toMatch(/rolling out .* \(waves 1,\*;/);
    // The post-receive hook uses the plan too.
    const pushed = await h.repo.commit({ 'app.txt': 'v5b\n' }, 'v5b');
    const hook = await runCli(['--zk', h.connectString, 'hook', 'post-receive', '--url', h.repo.url, '--path', 'srv/app', '--git-dir', h.repo.bare, '--wait', '--timeout', '60'], { input: `${v5} ${pushed} refs/heads/main\n` });
    expect(hook.code, hook.stderr).toBe(0);
    expect(hook.stdout).toMatch(/rolling out .* \(the app's default plan\)/);
    expect((await rollout()).candidate.commitId).toBe(pushed);
    expect(await configCommit()).toBe(pushed);
    const v6 = await h.repo.commit({ 'app.txt': 'v6\n' }, 'v6');
    const now = await publish(v6, '--now', '--wait', '--timeout', '60');
    expect(now.code, now.stderr).toBe(0);
    expect(now.stdout).toMatch(/^published /);
    expect((await cli('rollout', 'policy', 'clear')).code).toBe(0);
  });
});
