/**
 * Tasks in per-host identity mode (`init --host-identities`, one `host add`
 * per host): each worker claims and records its runs with its own identity,
 * so another host's identity can neither change nor delete them, nor
 * rewrite a host's assignment.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode, ZkClient, hasZkCode } from '@zkdeploy/shared';
import { AgentProcess, CLI_BIN, GitRepo, ZkCluster, runCli } from '@zkdeploy/test-support';

const APP = '/t/task-hosts';
const HOSTS = ['web-1', 'web-2'];

describe('tasks with per-host identities', () => {
  let cluster: ZkCluster;
  let repo: GitRepo;
  let dir: string;
  let pubFile: string;
  let controller: ChildProcess;
  const agents: AgentProcess[] = [];
  const cli = (...args: string[]) => runCli(['--zk', cluster.connectString(), '--app', APP, '--auth-file', pubFile, ...args], { timeoutMs: 60_000 });
  const secret = (host: string) => join(dir, `${host}.auth`);

  beforeAll(async () => {
    cluster = await ZkCluster.start();
    repo = await GitRepo.create({ files: { 'app.txt': 'v1\n' } });
    dir = await mkdtemp(join(tmpdir(), 'zkdeploy-task-hosts-'));
    pubFile = join(dir, 'publisher.auth');
    await writeFile(pubFile, 'publisher:pub-secret\n', { mode: 0o600 });
    expect((await cli('init', '--host-identities')).code).toBe(0);
    for (const host of HOSTS) expect((await cli('host', 'add', host, '--secret-file', secret(host))).code).toBe(0);
    expect((await cli('publish', '--url', repo.url, '--commit', await repo.head(), '--path', 'srv/app')).code).toBe(0);
    for (const host of HOSTS) {
      agents.push(await AgentProcess.start({ zk: cluster.connectString(), host, app: APP, args: ['--auth-file', secret(host), '--task', 'hello=echo hello from $ZKDEPLOY_HOST'] }));
    }
    expect((await cli('wait', '--commit', await repo.head(), '--min-hosts', '2', '--timeout', '60')).code).toBe(0);
    controller = spawn(process.execPath, [CLI_BIN, 'controller', '--zk', cluster.connectString(), '--app', APP, '--auth-file', pubFile, '--tick', '100'], { stdio: 'ignore' });
  });
  afterAll(async () => {
    controller?.kill('SIGTERM');
    await Promise.all(agents.map((a) => a.stop()));
    await cluster?.stop();
    await repo?.remove();
  });

  it("runs on both hosts; web-2's identity cannot change or delete web-1's result or claim, nor rewrite web-1's assignment", async () => {
    const r = await cli('task', 'run', 'hello', '--all', '--wait', '--json');
    expect(r.code, r.stderr).toBe(0);
    const view = JSON.parse(r.stdout) as { id: string; results: { host: string; exitCode: number; output: string }[] };
    expect(view.results.map((x) => [x.host, x.exitCode, x.output.trim()])).toEqual(HOSTS.map((h) => [h, 0, `hello from ${h}`]));
    const { readFile } = await import('node:fs/promises');
    const web2 = await ZkClient.connect({ connectString: cluster.connectString(), auth: (await readFile(secret('web-2'), 'utf8')).trim() });
    try {
      const task = `${APP}/tasks/${view.id}`;
      const codes = await Promise.all([
        web2.set(`${task}/r-1-web-1`, Buffer.from('{"exitCode":0}'), -1),
        web2.delete(`${task}/r-1-web-1`, -1),
        web2.delete(`${task}/c-1-web-1`, -1),
        web2.set(`${APP}/task-hosts/web-1`, Buffer.from('{"tasks":[]}'), -1),
        web2.set(task, Buffer.from('{}'), -1),
      ].map((p) => p.then(() => 'succeeded', (err: unknown) => (hasZkCode(err, ErrorCode.ZK_NO_AUTH) ? 'NO_AUTH' : String(err)))));
      expect(codes).toEqual(['NO_AUTH', 'NO_AUTH', 'NO_AUTH', 'NO_AUTH', 'NO_AUTH']);
    } finally {
      await web2.close();
    }
  });
});
