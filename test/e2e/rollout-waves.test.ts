/**
 * Progressive rollouts against a real ZooKeeper and real agent processes
 * (issue 17, "Done when" 1 and 2). Every agent's --exec appends
 * `<host> <commit> <ns>` to one file: the recorded activations the
 * assertions are made on.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentHarness, CLI_BIN, eventually, runCli, tempBaseDir } from '@zkdeploy/test-support';

interface Activation {
  host: string;
  commit: string;
  atMs: number;
}

const HOSTS = ['h1', 'h2', 'h3', 'h4', 'h5'];

describe('rollout: waves, health gates, halt and rollback', () => {
  let h: AgentHarness;
  let log: string;
  let stable: string;
  let stableVersion: number;
  let controller: ChildProcess | null = null;
  const cli = (...args: string[]) => runCli(['--zk', h.connectString, ...args], { timeoutMs: 60_000 });

  async function activations(): Promise<Activation[]> {
    const text = await readFile(log, 'utf8').catch(() => '');
    return text.split('\n').filter(Boolean).map((line) => {
      const [host, commit, ns] = line.split(' ');
      return { host: host!, commit: commit!, atMs: Number(BigInt(ns!) / 1_000_000n) };
    });
  }

  beforeAll(async () => {
    h = await AgentHarness.start({ 'app.txt': 'v1\n', healthy: 'yes\n' });
    log = join(await tempBaseDir('activations'), 'activations.txt');
    stable = await h.repo.head();
    stableVersion = await h.publishCommit(stable);
    for (const host of HOSTS) {
      const args = [
        '--exec', `echo "$ZKDEPLOY_HOST $ZKDEPLOY_COMMIT $(date +%s%N)" >> '${log}'`,
        '--health-cmd', 'test -f srv/app/healthy', '--health-interval', '0.2',
        '--label', `zone=${host === 'h5' ? 'b' : 'a'}`,
        // One agent runs the controller itself; the other test uses the standalone one.
        ...(host === 'h1' ? ['--controller'] : []),
      ];
      await h.agent({ host, baseDir: await tempBaseDir(host), args });
    }
    for (const host of HOSTS) await h.waitOk(host, stable, stableVersion);
  });
  afterAll(async () => {
    controller?.kill('SIGTERM');
    await h?.stop();
  });

  it('1: a commit whose health check fails reaches exactly one host, halts within bake + 2 s, exits 3 naming the host, and rolls it back', async () => {
    const bad = await h.repo.commit({ healthy: null, 'app.txt': 'v2\n' }, 'v2 fails its health check');
    const before = (await activations()).length;
    const fetchesOfStable = () => HOSTS.map((_, i) => h.agents[i]!.output.split('\n').filter((l) => l.includes('"msg":"fetching"') && l.includes(stable)).length);
    const fetchedBefore = fetchesOfStable();
    expect(fetchedBefore).toEqual(HOSTS.map(() => 1)); // each fetched the stable commit once, for its first deploy
    const result = await cli('publish', '--url', h.repo.url, '--commit', bad, '--path', 'srv/app', '--waves', '1,2,*', '--bake', '1', '--auto-rollback', '--wait', '--timeout', '30');
    expect(result.code, result.stdout + result.stderr).toBe(3);
    const took = (await activations()).slice(before).filter((a) => a.commit === bad);
    expect(took.map((a) => a.host)).toHaveLength(1);
    const host = took[0]!.host;
    expect(result.stdout).toMatch(new RegExp(`halted, wave 1/3 \\(1\\) — 1 host\\(s\\) failed, over the budget of 0: ${host} unhealthy: --health-cmd exited with 1`));
    const rollout = JSON.parse((await cli('rollout', 'status', '--json')).stdout).rollout;
    expect(rollout.state).toBe('halted');
    expect(Date.parse(rollout.updatedAt) - took[0]!.atMs).toBeLessThan(1000 + 2000);
    // Auto-rollback: back on the stable commit (its release is kept: no fetch); nobody else moved.
    await h.waitOk(host, stable, stableVersion);
    expect(fetchesOfStable()).toEqual(fetchedBefore); // the previous release was kept: a link swap, no fetch
    const after = (await activations()).slice(before);
    expect(after.filter((a) => a.host !== host)).toEqual([]);
    expect(JSON.parse((await h.zk.get('/app/business/config'))!.data.toString()).commitId).toBe(stable);
  });

  it('2: waves 1,40%,* with a 2 s bake: no host of wave k+1 activates before wave k was ok and healthy for the bake; B/config holds it at the end', async () => {
    controller = spawn(process.execPath, [CLI_BIN, 'controller', '--zk', h.connectString, '--tick', '200'], { stdio: 'ignore' });
    const good = await h.repo.commit({ healthy: 'yes\n', 'app.txt': 'v3\n' }, 'v3 is good');
    const before = (await activations()).length;
    const result = await cli('publish', '--url', h.repo.url, '--commit', good, '--path', 'srv/app', '--waves', '1,40%,*', '--bake', '2', '--wait', '--timeout', '60');
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const rollout = JSON.parse((await cli('rollout', 'status', '--json')).stdout).rollout;
    expect(rollout.state).toBe('completed');
    const waves: string[][] = rollout.waves.map((w: { hosts: { host: string }[] }) => w.hosts.map((x) => x.host));
    expect(waves.map((w) => w.length)).toEqual([1, 2, 2]);
    const at = new Map((await activations()).slice(before).filter((a) => a.commit === good).map((a) => [a.host, a.atMs]));
    expect([...at.keys()].sort()).toEqual(HOSTS);
    for (let k = 0; k + 1 < waves.length; k++) {
      const lastOfWave = Math.max(...waves[k]!.map((x) => at.get(x)!));
      const firstOfNext = Math.min(...waves[k + 1]!.map((x) => at.get(x)!));
      expect(firstOfNext - lastOfWave).toBeGreaterThanOrEqual(2000);
    }
    const config = await h.zk.get('/app/business/config');
    expect(JSON.parse(config!.data.toString()).commitId).toBe(good);
    expect(config!.stat.version).toBe(rollout.stableVersion + 1);
    await eventually('every host ok at the completed config', async () => {
      for (const host of HOSTS) {
        const r = await h.status(host);
        if (r?.state !== 'ok' || r.commitId !== good || r.configVersion !== config!.stat.version) return undefined;
      }
      return true;
    });
  });
});
