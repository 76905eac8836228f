/**
 * Rollouts in an app with ACLs (zkdeploy init --auth): the controller runs
 * with the publisher's identity and everything it makes carries the app's
 * ACL, so an agent's identity can neither stand in the controllers' line
 * nor write the rollout record.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentProcess, CLI_BIN, GitRepo, ZkCluster, eventually, runCli, tempBaseDir } from '@zkdeploy/test-support';
import { ErrorCode, ZkClient, hasZkCode, parseStatus } from '@zkdeploy/shared';

const APP = '/t/secure-rollout';
const PUBLISHER = 'publisher:pub-secret';
const AGENT = 'agent:agent-secret';

describe('rollouts with ACLs', () => {
  let cluster: ZkCluster;
  let repo: GitRepo;
  let controller: ChildProcess;
  const agents: AgentProcess[] = [];
  const cli = (...args: string[]) => runCli(['--zk', cluster.connectString(), '--app', APP, '--auth', PUBLISHER, ...args]);

  beforeAll(async () => {
    cluster = await ZkCluster.start();
    repo = await GitRepo.create({ files: { 'app.txt': 'v1\n' } });
    expect((await cli('init', '--agent-auth', AGENT)).code).toBe(0);
    expect((await cli('publish', '--url', repo.url, '--commit', await repo.head(), '--path', 'srv/app')).code).toBe(0);
    for (const host of ['a1', 'a2']) agents.push(await AgentProcess.start({ zk: cluster.connectString(), host, app: APP, baseDir: await tempBaseDir(host), args: ['--auth', AGENT] }));
    const v1 = await repo.head();
    const reader = await ZkClient.connect({ connectString: cluster.connectString() });
    try {
      for (const host of ['a1', 'a2']) await eventually(`${host} ok`, async () => (parseStatus((await reader.get(`${APP}/status/${host}`))?.data, host)?.commitId === v1 ? true : undefined));
    } finally {
      await reader.close();
    }
    controller = spawn(process.execPath, [CLI_BIN, 'controller', '--zk', cluster.connectString(), '--app', APP, '--auth', PUBLISHER, '--tick', '100'], { stdio: 'ignore' });
  });
  afterAll(async () => {
    controller?.kill('SIGTERM');
    await Promise.all(agents.map((a) => a.stop()));
    await cluster?.stop();
    await repo?.remove();
  });

  it('completes a rollout driven by a controller with the publisher identity; an agent identity cannot join the controllers or write the record', async () => {
    const v2 = await repo.commit({ 'app.txt': 'v2\n' }, 'v2');
    const result = await cli('publish', '--url', repo.url, '--commit', v2, '--path', 'srv/app', '--waves', '1,*', '--wait', '--timeout', '60');
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const zk = await ZkClient.connect({ connectString: cluster.connectString(), auth: AGENT });
    try {
      for (const host of ['a1', 'a2']) expect(parseStatus((await zk.get(`${APP}/status/${host}`))!.data, host)?.commitId).toBe(v2);
      const join = zk.create(`${APP}/controllers/m-`, Buffer.alloc(0), 'ephemeral_sequential');
      await expect(join).rejects.toSatisfy((err: unknown) => hasZkCode(err, ErrorCode.ZK_NO_AUTH));
      const write = zk.set(`${APP}/rollout`, Buffer.from('{}'), -1);
      await expect(write).rejects.toSatisfy((err: unknown) => hasZkCode(err, ErrorCode.ZK_NO_AUTH));
    } finally {
      await zk.close();
    }
  });

  it('an agent runs the controller with --controller-auth-file (the publisher identity on a session of its own)', async () => {
    controller.kill('SIGTERM');
    const authFile = join(await tempBaseDir('controller-auth'), 'publisher.auth');
    await writeFile(authFile, `${PUBLISHER}\n`, { mode: 0o600 });
    agents.push(await AgentProcess.start({ zk: cluster.connectString(), host: 'a3', app: APP, baseDir: await tempBaseDir('a3'), args: ['--auth', AGENT, '--controller', '--controller-auth-file', authFile] }));
    const v3 = await repo.commit({ 'app.txt': 'v3\n' }, 'v3');
    const result = await cli('publish', '--url', repo.url, '--commit', v3, '--path', 'srv/app', '--waves', '1,*', '--wait', '--timeout', '60');
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(agents.at(-1)!.output).not.toContain(PUBLISHER.split(':')[1]);
  });
});
