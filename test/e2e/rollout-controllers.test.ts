/**
 * Rollout controllers against a real ZooKeeper (issue 17, "Done when" 3 and
 * 4): two standalone controllers, one leading. The test records every
 * version of `B/rollout` it sees (current wave, each wave's start, writer)
 * and every activation (--exec appends `<host> <commit>`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AgentHarness, CLI_BIN, eventually, freezeUntil, runCli, tempBaseDir } from '@zkdeploy/test-support';
import { ZkClient, fencedWrite, liveHostsWithLabels, parseRollout, type RolloutRecord } from '@zkdeploy/shared';

const HOSTS = ['c1', 'c2', 'c3'];
const SESSION_MS = 2000;

interface Controller {
  child: ChildProcess;
  output: string;
}

describe('rollout controllers: failover and fencing', () => {
  let h: AgentHarness;
  let log: string;
  let controllers: Controller[] = [];
  const cli = (...args: string[]) => runCli(['--zk', h.connectString, ...args], { timeoutMs: 60_000 });

  function startController(): Controller {
    const child = spawn(process.execPath, [CLI_BIN, 'controller', '--zk', h.connectString, '--tick', '100', '--session-timeout', String(SESSION_MS)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const c: Controller = { child, output: '' };
    child.stdout!.on('data', (d: Buffer) => (c.output += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (c.output += d.toString()));
    controllers.push(c);
    return c;
  }

  /** The leading controller: the lowest member of B/controllers, whose data names its pid. */
  async function leader(): Promise<{ member: string; pid: number }> {
    return eventually('a leading controller', async () => {
      // Members of an earlier test's killed controllers linger until their sessions expire: wait them out.
      const ours = new Set(controllers.map((c) => c.child.pid));
      const members = ((await h.zk.children('/app/business/controllers')) ?? []).sort();
      const pids = await Promise.all(members.map(async (m) => (JSON.parse((await h.zk.get(`/app/business/controllers/${m}`))?.data.toString() ?? '{}') as { pid?: number }).pid));
      if (members.length === 0 || !pids.every((p) => ours.has(p))) return undefined;
      return { member: members[0]!, pid: pids[0]! };
    });
  }

  /** Records every version of B/rollout seen (polled: versions a poll misses are checked by their effects). */
  function recordRollouts(commit: string): { seen: { version: number; at: number; record: RolloutRecord }[]; stop: () => void } {
    const seen: { version: number; at: number; record: RolloutRecord }[] = [];
    let stopped = false;
    void (async () => {
      while (!stopped) {
        const node = await h.zk.get('/app/business/rollout').catch(() => null);
        const record = parseRollout(node?.data);
        if (node && record && record.candidate.commitId === commit && seen.at(-1)?.version !== node.stat.version) seen.push({ version: node.stat.version, at: Date.now(), record });
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    return { seen, stop: () => (stopped = true) };
  }

  async function activationsOf(commit: string): Promise<string[]> {
    const text = await readFile(log, 'utf8').catch(() => '');
    return text.split('\n').filter((l) => l.endsWith(` ${commit}`)).map((l) => l.split(' ')[0]!);
  }

  beforeAll(async () => {
    h = await AgentHarness.start({ 'app.txt': 'v1\n' });
    log = join(await tempBaseDir('activations'), 'activations.txt');
    const stable = await h.repo.head();
    const version = await h.publishCommit(stable);
    for (const host of HOSTS) {
      await h.agent({ host, baseDir: await tempBaseDir(host), args: ['--exec', `echo "$ZKDEPLOY_HOST $ZKDEPLOY_COMMIT" >> '${log}'`] });
    }
    for (const host of HOSTS) await h.waitOk(host, stable, version);
  });
  afterEach(() => {
    for (const c of controllers) c.child.kill('SIGKILL');
    controllers = [];
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('3: the leader SIGKILLed mid-rollout, the other continues from the same wave within the session timeout + 1 s; no wave skipped or repeated', async () => {
    startController();
    const first = await leader();
    startController();
    await eventually('two controllers in line', async () => (((await h.zk.children('/app/business/controllers')) ?? []).length === 2 ? true : undefined));
    const commit = await h.repo.commit({ 'app.txt': 'v2\n' }, 'v2');
    const rec = recordRollouts(commit);
    const published = await cli('publish', '--url', h.repo.url, '--commit', commit, '--path', 'srv/app', '--waves', '1,1,*', '--bake', '1');
    expect(published.code, published.stderr).toBe(0);
    await eventually('wave 2 started', () => (rec.seen.at(-1)?.record.current === 1 ? true : undefined), 30_000);
    const killedAt = Date.now();
    process.kill(first.pid, 'SIGKILL');
    const result = await eventually('rollout completed', () => (rec.seen.at(-1)?.record.state === 'completed' ? rec.seen.at(-1) : undefined), 30_000);
    rec.stop();
    // The other took the lead (its log's timestamp) within the session timeout + 1 s, and the next write was its.
    const other = controllers.find((c) => c.child.pid !== first.pid)!;
    const leading = other.output.split('\n').filter((l) => l.includes('"msg":"leading the rollout controllers"')).map((l) => Date.parse((JSON.parse(l) as { time: string }).time));
    expect(leading).toHaveLength(1);
    expect(leading[0]! - killedAt).toBeLessThanOrEqual(SESSION_MS + 1000);
    const takeover = rec.seen.find((s) => s.at > killedAt);
    expect(takeover?.record['writer']).not.toBe(first.member);
    expect(takeover?.record.current).toBe(2);
    // The wave sequence moved by one at a time, and a wave's start, once written, never changed.
    const currents = rec.seen.map((s) => s.record.current);
    for (let i = 1; i < currents.length; i++) expect(currents[i]! - currents[i - 1]!).toBeGreaterThanOrEqual(0);
    expect([...new Set(currents.filter((c) => c >= 0))]).toEqual([0, 1, 2]);
    const starts = result!.record.waves.map((w) => w.startedAt);
    for (const s of rec.seen) s.record.waves.forEach((w, i) => w.startedAt && expect(w.startedAt).toBe(starts[i]));
    expect((await activationsOf(commit)).sort()).toEqual(HOSTS);
  });

  it('4: a leader frozen past its session timeout is replaced; resumed, its writes are refused by ZooKeeper, it steps down, and nothing it attempted shows', async () => {
    const a = startController();
    const first = await leader();
    const b = startController();
    await eventually('two controllers in line', async () => (((await h.zk.children('/app/business/controllers')) ?? []).length === 2 ? true : undefined));
    const commit = await h.repo.commit({ 'app.txt': 'v3\n' }, 'v3');
    const rec = recordRollouts(commit);
    expect((await cli('publish', '--url', h.repo.url, '--commit', commit, '--path', 'srv/app', '--waves', '1,1,*', '--bake', '1')).code).toBe(0);
    await eventually('wave 1 started', () => (rec.seen.at(-1)?.record.current === 0 ? true : undefined), 30_000);
    // Frozen until the other controller has written as leader: by then the frozen one's session is gone.
    await freezeUntil(first.pid, eventually('the other controller writes', () => (rec.seen.some((s) => s.record['writer'] && s.record['writer'] !== first.member) ? true : undefined), 30_000));
    expect(rec.seen.some((s) => s.record['writer'] === first.member)).toBe(true); // it led this rollout before it froze
    const resumedAt = Date.now();
    await eventually('the resumed controller stepped down', () => (/"leader":false/.test(a.output.slice(a.output.indexOf('"leader":true'))) ? true : undefined), 10_000);
    await eventually('rollout completed', () => (rec.seen.at(-1)?.record.state === 'completed' ? true : undefined), 30_000);
    rec.stop();
    expect(rec.seen.filter((s) => s.at > resumedAt && s.record['writer'] === first.member)).toEqual([]);
    expect(b.output).toMatch(/"leader":true/);
    expect((await activationsOf(commit)).sort()).toEqual(HOSTS);
  });

  it('4: ZooKeeper itself refuses a fenced write once the writer\'s election node is gone (its session expired) or the record changed since the decision', async () => {
    const writer = await ZkClient.connect({ connectString: h.connectString, sessionTimeoutMs: SESSION_MS });
    try {
      await writer.ensurePath('/fence-test/controllers');
      await writer.create('/fence-test/rollout', Buffer.from('v0'));
      const member = await writer.create('/fence-test/controllers/m-', Buffer.alloc(0), 'ephemeral_sequential');
      const fence = { memberPath: member, rolloutPath: '/fence-test/rollout', rolloutVersion: 0 };
      const set = (text: string, version: number) => [{ op: 'set' as const, path: '/fence-test/rollout', data: Buffer.from(text), version }];
      expect(await fencedWrite(writer, fence, set('v1', 0))).toBe('written');
      expect(await fencedWrite(writer, fence, set('stale', 0))).toBe('stale');
      // What the server does when the session expires: the ephemeral election node goes.
      await h.zk.delete(member, -1);
      expect(await fencedWrite(writer, { ...fence, rolloutVersion: 1 }, set('deposed', 1))).toBe('deposed');
      expect((await h.zk.get('/fence-test/rollout'))!.data.toString()).toBe('v1');
    } finally {
      await writer.close();
    }
  });

  it('plans only verified registrations in per-host mode: a registration not owned by the session its host recorded never joins a wave', async () => {
    const app = '/t/perhost';
    await h.zk.ensurePath(`${app}/agents`);
    await h.zk.ensurePath(`${app}/status`);
    await h.zk.set(app, Buffer.from(JSON.stringify({ hostIdentities: { perHost: true, publisher: [], hosts: {} } })), -1);
    const session = h.zk.sessionId!;
    const record = (host: string, s: string) => Buffer.from(JSON.stringify({ host, state: 'ok', commitId: null, session: s }));
    await h.zk.create(`${app}/agents/real`, Buffer.from(JSON.stringify({ host: 'real', labels: { zone: 'a' } })), 'ephemeral');
    await h.zk.create(`${app}/status/real`, record('real', session));
    await h.zk.create(`${app}/agents/forged`, Buffer.from(JSON.stringify({ host: 'forged' })), 'ephemeral');
    await h.zk.create(`${app}/status/forged`, record('forged', '0123456789abcdef'));
    expect(await liveHostsWithLabels(h.zk, app)).toEqual([{ host: 'real', labels: { zone: 'a' } }]);
  });
});
