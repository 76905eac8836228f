/**
 * Tasks in an app with ACLs and signed requests (issue 24): the controller
 * runs with the publisher's identity, agents with the agent identity and
 * --trust-key. An agent identity cannot create a task, rewrite a task or a
 * host's assignment; an unsigned request is refused by every worker; a
 * signed request copied into a new task node (a replay by someone who can
 * write B/tasks) is refused by the workers that ran it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentProcess, CLI_BIN, GitRepo, ZkCluster, eventually, runCli, tempBaseDir } from '@zkdeploy/test-support';
import { ErrorCode, ZkClient, hasZkCode, parseStatus, parseTask } from '@zkdeploy/shared';

const APP = '/t/secure-tasks';
const PUBLISHER = 'publisher:pub-secret';
const AGENT = 'agent:agent-secret';
const HOSTS = ['s1', 's2'];

describe('tasks with ACLs and signed requests', () => {
  let cluster: ZkCluster;
  let repo: GitRepo;
  let controller: ChildProcess;
  let key: string;
  let log: string;
  const agents: AgentProcess[] = [];
  const cli = (...args: string[]) => runCli(['--zk', cluster.connectString(), '--app', APP, '--auth', PUBLISHER, ...args], { timeoutMs: 60_000 });
  const runs = async (id: string) => (await readFile(log, 'utf8').catch(() => '')).split('\n').filter((l) => l.endsWith(` ${id}`)).map((l) => l.split(' ')[0]).sort();

  beforeAll(async () => {
    cluster = await ZkCluster.start();
    repo = await GitRepo.create({ files: { 'app.txt': 'v1\n' } });
    const keyDir = await tempBaseDir('keys');
    expect((await runCli(['keygen', '--out', join(keyDir, 'deploy')])).code).toBe(0);
    key = join(keyDir, 'deploy.key');
    log = join(await tempBaseDir('task-log'), 'runs.txt');
    expect((await cli('init', '--agent-auth', AGENT)).code).toBe(0);
    expect((await cli('publish', '--url', repo.url, '--commit', await repo.head(), '--path', 'srv/app', '--sign-key', key)).code).toBe(0);
    for (const host of HOSTS) {
      const args = ['--auth', AGENT, '--trust-key', join(keyDir, 'deploy.pub'), '--task', `record=echo "$ZKDEPLOY_HOST $ZKDEPLOY_TASK_ID" >> '${log}'`];
      agents.push(await AgentProcess.start({ zk: cluster.connectString(), host, app: APP, baseDir: await tempBaseDir(host), args }));
    }
    const v1 = await repo.head();
    const reader = await ZkClient.connect({ connectString: cluster.connectString() });
    try {
      for (const host of HOSTS) await eventually(`${host} ok`, async () => (parseStatus((await reader.get(`${APP}/status/${host}`))?.data, host)?.commitId === v1 ? true : undefined));
    } finally {
      await reader.close();
    }
    controller = spawn(process.execPath, [CLI_BIN, 'controller', '--zk', cluster.connectString(), '--app', APP, '--auth', PUBLISHER, '--tick', '100', '--keep-tasks', '2'], { stdio: 'ignore' });
  });
  afterAll(async () => {
    controller?.kill('SIGTERM');
    await Promise.all(agents.map((a) => a.stop()));
    await cluster?.stop();
    await repo?.remove();
  });

  it('runs a signed task on every host; the agent identity cannot create or rewrite tasks or assignments', async () => {
    const r = await cli('task', 'run', 'record', '--all', '--sign-key', key, '--wait', '--json');
    expect(r.code, r.stderr).toBe(0);
    const view = JSON.parse(r.stdout) as { id: string; results: { host: string; exitCode: number }[] };
    expect(view.results.map((x) => [x.host, x.exitCode])).toEqual(HOSTS.map((h) => [h, 0]));
    expect(await runs(view.id)).toEqual(HOSTS);
    const zk = await ZkClient.connect({ connectString: cluster.connectString(), auth: AGENT });
    try {
      const refused = (p: Promise<unknown>) => expect(p).rejects.toSatisfy((err: unknown) => hasZkCode(err, ErrorCode.ZK_NO_AUTH));
      await refused(zk.create(`${APP}/tasks/t-`, Buffer.from('{}'), 'persistent_sequential'));
      await refused(zk.set(`${APP}/tasks/${view.id}`, Buffer.from('{}'), -1));
      await refused(zk.set(`${APP}/task-hosts/s1`, Buffer.from('{"tasks":[]}'), -1));
    } finally {
      await zk.close();
    }
  });

  it('refuses an unsigned request on every host, and a signed request replayed as a new task', async () => {
    const unsigned = await cli('task', 'run', 'record', '--all', '--wait', '--json');
    expect(unsigned.code).toBe(3);
    const u = JSON.parse(unsigned.stdout) as { id: string; results: { exitCode: number | null; output: string }[] };
    expect(u.results.map((x) => [x.exitCode, /not signed/.test(x.output)])).toEqual(HOSTS.map(() => [null, true]));
    expect(await runs(u.id)).toEqual([]);

    const signed = await cli('task', 'run', 'record', '--all', '--sign-key', key, '--wait', '--json');
    expect(signed.code, signed.stderr).toBe(0);
    const original = (JSON.parse(signed.stdout) as { id: string }).id;
    // The replay: the signed request's data, copied into a new task node by the publisher's identity.
    const zk = await ZkClient.connect({ connectString: cluster.connectString(), auth: PUBLISHER });
    let replay: string;
    try {
      const task = parseTask(original, (await zk.get(`${APP}/tasks/${original}`))!.data)!;
      const copy = { name: task.name, mode: task.mode, selector: task.selector, args: task.args, timeoutS: task.timeoutS, createdAt: task.createdAt, state: 'pending', reason: null, runs: [], signature: task.signature };
      const path = await zk.create(`${APP}/tasks/t-`, Buffer.from(JSON.stringify(copy)), 'persistent_sequential', await zk.getAcl(`${APP}/agents`));
      replay = path.slice(path.lastIndexOf('/') + 1);
      const done = await eventually('the replay finished', async () => { const t = parseTask(replay, (await zk.get(path))?.data); return t?.state === 'failed' || t?.state === 'succeeded' ? t : undefined; });
      expect(done.state).toBe('failed');
    } finally {
      await zk.close();
    }
    const shown = JSON.parse((await cli('task', 'show', replay, '--json')).stdout) as { results: { output: string }[] };
    expect(shown.results.map((x) => /already run as task/.test(x.output))).toEqual(HOSTS.map(() => true));
    expect(await runs(replay)).toEqual([]);
    expect(await runs(original)).toEqual(HOSTS);
  });

  it('keeps only the newest --keep-tasks finished tasks, their run nodes pruned with them', async () => {
    const r = await cli('task', 'run', 'record', '--once', '--sign-key', key, '--wait', '--json');
    expect(r.code, r.stderr).toBe(0);
    const newest = (JSON.parse(r.stdout) as { id: string }).id;
    const zk = await ZkClient.connect({ connectString: cluster.connectString() });
    try {
      const kept = await eventually('pruned to two', async () => { const ids = ((await zk.children(`${APP}/tasks`)) ?? []).sort(); return ids.length === 2 ? ids : undefined; });
      expect(kept[1]).toBe(newest);
      expect((await cli('task', 'list', '--json')).stdout).not.toContain('t-0000000000');
      const assignments = await Promise.all(HOSTS.map(async (h) => (await zk.get(`${APP}/task-hosts/${h}`))?.data.toString()));
      expect(assignments).toEqual(HOSTS.map(() => '{"tasks":[]}'));
    } finally {
      await zk.close();
    }
  });
});
