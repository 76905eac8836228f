/**
 * Issue 23, finding 5: with one shared agent identity any agent could forge
 * any other host. Here every host has its own identity (`zkdeploy host add`,
 * app in per-host mode by `init --host-identities`), real agents run with
 * `--auth-file`, and each attack is replayed with web-2's credentials: it is
 * refused by ZooKeeper (NO_AUTH) or flagged and never counted by the readers
 * (`status`, `wait`, `services`, `groups`).
 */
import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode, OPEN_ACL, ZkClient, statusSession } from '@zkdeploy/shared';
import { AgentProcess, eventually, freezeUntil, GitRepo, runCli, ZkCluster } from '@zkdeploy/test-support';

const APP = '/t/hosts';
const PUBLISHER = 'publisher:pub-secret';
const SESSION_MS = 2000;

/** Resolves with the ZooKeeper error code of a call that must fail. */
async function refused(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (err) {
    return (err as { code?: string }).code ?? String(err);
  }
  return 'succeeded';
}

describe('per-host identities: one host cannot forge another (issue 23, finding 5)', () => {
  let cluster: ZkCluster;
  let repo: GitRepo;
  let dir: string;
  let pubFile: string;
  let web2: ZkClient;
  let anonymous: ZkClient;
  let service: Server;
  let servicePort: number;
  const agents = new Map<string, AgentProcess>();
  const cli = (...args: string[]) => runCli(['--zk', cluster.connectString(), '--app', APP, '--auth-file', pubFile, ...args]);
  const statusJson = async () => JSON.parse((await cli('status', '--json')).stdout) as {
    hosts: { host: string; live: boolean; state: string; verified?: boolean }[];
    summary: Record<string, number>;
    converged: boolean;
  };
  const secret = (host: string) => join(dir, `${host}.auth`);
  const startAgent = async (host: string, args: string[] = []) => {
    const agent = await AgentProcess.start({
      zk: cluster.connectString(),
      host,
      app: APP,
      args: ['--auth-file', secret(host), '--session-timeout', String(SESSION_MS), ...args],
    });
    agents.set(host, agent);
    return agent;
  };
  const publish = async () => {
    const commit = await repo.commit({ 'app.txt': `${Date.now()}\n` });
    const out = await cli('publish', '--url', repo.url, '--commit', commit, '--path', 'srv/app');
    expect(out.stderr).toBe('');
    return commit;
  };

  beforeAll(async () => {
    cluster = await ZkCluster.start();
    repo = await GitRepo.create({ files: { 'app.txt': 'v1\n' } });
    dir = await mkdtemp(join(tmpdir(), 'zkdeploy-host-ids-'));
    pubFile = join(dir, 'publisher.auth');
    await writeFile(pubFile, `${PUBLISHER}\n`, { mode: 0o600 });
    anonymous = await ZkClient.connect({ connectString: cluster.connectString() });
    service = createServer((socket) => socket.end());
    await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve));
    servicePort = (service.address() as { port: number }).port;
  });
  afterAll(async () => {
    await Promise.all([...agents.values()].map((a) => a.stop()));
    await web2?.close();
    await anonymous?.close();
    if (service?.listening) await new Promise((resolve) => service.close(resolve));
    await cluster?.stop();
    await repo?.remove();
  });

  it('init --host-identities and one `host add` per host: a 0600 secret file, never overwritten without --force', async () => {
    const init = await cli('init', '--host-identities');
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    for (const host of ['web-1', 'web-2', 'web-3']) {
      const out = await cli('host', 'add', host, '--secret-file', secret(host));
      expect(out.stderr).toBe('');
      expect(out.code).toBe(0);
      expect(((await stat(secret(host))).mode & 0o777).toString(8)).toBe('600');
      expect(await readFile(secret(host), 'utf8')).toMatch(new RegExp(`^host-${host}:[A-Za-z0-9_-]{32}\\n$`));
    }
    const before = await readFile(secret('web-1'), 'utf8');
    const again = await cli('host', 'add', 'web-1', '--secret-file', secret('web-1'));
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
    expect(await readFile(secret('web-1'), 'utf8')).toBe(before);
    const mixed = await cli('init', '--host-identities', '--agent-auth', 'agent:x');
    expect(mixed.code).toBe(2);
  });

  it('host add refuses bad input with exit 2 and writes nothing', async () => {
    const open = '/t/open';
    expect((await runCli(['--zk', cluster.connectString(), '--app', open, 'init'])).code).toBe(0);
    const onOpen = await runCli(['--zk', cluster.connectString(), '--app', open, '--auth-file', pubFile, 'host', 'add', 'web-1', '--secret-file', join(dir, 'open.auth')]);
    expect(onOpen.code).toBe(2);
    expect(onOpen.stderr).toContain('has open ACLs');
    const noAuth = await runCli(['--zk', cluster.connectString(), '--app', APP, 'host', 'add', 'web-1', '--secret-file', join(dir, 'x.auth')]);
    expect(noAuth.code).toBe(2);
    const badName = await cli('host', 'add', '../web', '--secret-file', join(dir, 'y.auth'));
    expect(badName.code).toBe(2);
    for (const f of ['open.auth', 'x.auth', 'y.auth']) expect(await stat(join(dir, f)).then(() => true, () => false)).toBe(false);
    expect(await anonymous.get(open)).toMatchObject({ data: Buffer.alloc(0) });
  });

  it('real agents with their own identities converge and are verified', async () => {
    await startAgent('web-1', ['--service', `api=127.0.0.1:${servicePort}`, '--health-interval', '1', '--group', 'sched']);
    await startAgent('web-2', ['--group', 'sched']);
    await startAgent('web-3');
    const commit = await publish();
    const waited = await cli('wait', '--commit', commit, '--min-hosts', '3', '--timeout', '60');
    expect(waited.stderr).toBe('');
    expect(waited.code).toBe(0);
    const status = await statusJson();
    expect(status.hosts.map((h) => [h.host, h.live, h.verified])).toEqual([
      ['web-1', true, true],
      ['web-2', true, true],
      ['web-3', true, true],
    ]);
    web2 = await ZkClient.connect({ connectString: cluster.connectString(), auth: (await readFile(secret('web-2'), 'utf8')).trim() });
  });

  it("web-2 cannot overwrite, delete, re-ACL or recreate web-1's status, nor create status nodes or subtrees", async () => {
    const path = `${APP}/status/web-1`;
    const before = await anonymous.get(path);
    const forgedOk = Buffer.from(JSON.stringify({ ...JSON.parse(before!.data.toString()), state: 'ok', error: null }));
    expect(await refused(web2.set(path, forgedOk))).toBe(ErrorCode.ZK_NO_AUTH);
    expect(await refused(web2.delete(path))).toBe(ErrorCode.ZK_NO_AUTH);
    expect(await refused(web2.setAcl(path, OPEN_ACL))).toBe(ErrorCode.ZK_NO_AUTH);
    expect(await refused(web2.create(`${APP}/status/web-9`, forgedOk, 'persistent', OPEN_ACL))).toBe(ErrorCode.ZK_NO_AUTH);
    expect(await refused(web2.create(`${APP}/status/evil`, Buffer.alloc(0), 'persistent', OPEN_ACL))).toBe(ErrorCode.ZK_NO_AUTH);
    expect(await refused(web2.create(`${APP}/status/web-2/sub`, Buffer.alloc(0), 'persistent', OPEN_ACL))).toBe(ErrorCode.ZK_NO_AUTH);
    expect(await refused(web2.setAcl(`${APP}/status/web-2`, OPEN_ACL))).toBe(ErrorCode.ZK_NO_AUTH);
    const after = await anonymous.get(path);
    expect(after?.stat.version).toBe(before?.stat.version);
    expect(await anonymous.children(`${APP}/status`)).toEqual(expect.arrayContaining(['web-1', 'web-2', 'web-3']));
    expect((await anonymous.children(`${APP}/status`))?.length).toBe(3);
  });

  it("web-2 cannot delete web-1's live registration (which would hide it from wait)", async () => {
    expect(await refused(web2.delete(`${APP}/agents/web-1`))).toBe(ErrorCode.ZK_NO_AUTH);
    expect(await refused(web2.set(`${APP}/agents/web-1`, Buffer.from('{}')))).toBe(ErrorCode.ZK_NO_AUTH);
  });

  it('a dead host registered as live by web-2 is flagged, never counted live, and cannot satisfy wait --min-hosts', async () => {
    expect(await agents.get('web-3')!.stop()).toBe(0);
    await eventually('web-3 deregistered', async () => (await anonymous.exists(`${APP}/agents/web-3`)) === null);
    const data = Buffer.from(JSON.stringify({ host: 'web-3', pid: 1, version: '0.1.0', startedAt: new Date().toISOString(), baseDir: '/srv' }));
    await web2.create(`${APP}/agents/web-3`, data, 'ephemeral', OPEN_ACL);
    // Persistent, world-writable junk under B/agents: creatable (CREATE cannot restrict names) but never a live host.
    await web2.create(`${APP}/agents/junk`, Buffer.alloc(0), 'persistent', OPEN_ACL);
    const status = await statusJson();
    const web3 = status.hosts.find((h) => h.host === 'web-3');
    expect(web3).toMatchObject({ live: false, verified: false });
    expect(status.hosts.find((h) => h.host === 'junk')).toMatchObject({ live: false, verified: false });
    expect(status.summary.unverified).toBe(2);
    const listed = JSON.parse((await cli('agents', '--json')).stdout) as { host: string; verified: boolean }[];
    expect(listed.map((a) => [a.host, a.verified])).toEqual([['junk', false], ['web-1', true], ['web-2', true], ['web-3', false]]);
    expect((await cli('agents')).stdout).toContain('2 live agents, 2 unverified');
    const human = await cli('status');
    expect(human.stdout).toMatch(/web-3 \(UNVERIFIED/);
    expect(human.stdout).toContain('2 unverified');
    const waited = await cli('wait', '--min-hosts', '3', '--timeout', '2');
    expect(waited.code).toBe(3);
    // Control: the same wait counting only the two real hosts succeeds, so the refusal above is the forgery's.
    expect((await cli('wait', '--min-hosts', '2', '--timeout', '20')).code).toBe(0);
    await web2.delete(`${APP}/agents/junk`).catch(() => undefined);
  });

  it("a fake ok cannot make wait exit 0 while web-1 is failing", async () => {
    // web-1 restarts with an allowlist that refuses the repository: it reports rejected.
    await agents.get('web-1')!.stop();
    await startAgent('web-1', ['--allow-url', 'https://git.example.invalid/', '--service', `api=127.0.0.1:${servicePort}`, '--health-interval', '1', '--group', 'sched']);
    const commit = await publish();
    await eventually('web-1 rejected', async () => (await statusJson()).hosts.find((h) => h.host === 'web-1')?.state === 'rejected', 30_000);
    const path = `${APP}/status/web-1`;
    const record = JSON.parse((await anonymous.get(path))!.data.toString());
    const fake = Buffer.from(JSON.stringify({ ...record, state: 'ok', commitId: commit, error: null }));
    expect(await refused(web2.set(path, fake))).toBe(ErrorCode.ZK_NO_AUTH);
    expect(await refused(web2.delete(`${APP}/agents/web-1`))).toBe(ErrorCode.ZK_NO_AUTH);
    const waited = await cli('wait', '--commit', commit, '--timeout', '5');
    expect(waited.code).toBe(3);
    expect((await statusJson()).converged).toBe(false);
  });

  it('a fake service endpoint and a fake group member are flagged, never listed as live', async () => {
    await eventually('web-1 endpoint registered', async () => (await anonymous.exists(`${APP}/services/api/web-1`)) !== null, 20_000);
    const endpoint = Buffer.from(JSON.stringify({ host: '203.0.113.9', port: 6666 }));
    await web2.create(`${APP}/services/api/web-3`, endpoint, 'ephemeral', OPEN_ACL);
    const services = JSON.parse((await cli('services', 'api', '--json')).stdout) as {
      endpoints: { node: string; verified?: boolean }[];
      unverified: { node: string; host: string; verified: boolean }[];
    };
    expect(services.endpoints.map((e) => [e.node, e.verified])).toEqual([['web-1', true]]);
    expect(services.unverified).toEqual([expect.objectContaining({ node: 'web-3', host: '203.0.113.9', verified: false })]);
    expect((await cli('services', 'api')).stdout).toMatch(/UNVERIFIED 203\.0\.113\.9:6666/);

    await web2.create(`${APP}/groups/sched/m-`, Buffer.from(JSON.stringify({ host: 'web-1', pid: 1 })), 'ephemeral_sequential', OPEN_ACL);
    const groups = JSON.parse((await cli('groups', 'sched', '--json')).stdout) as {
      groups: { primary: { host: string; verified: boolean } | null; standbys: { host: string }[]; unverified: { host: string; verified: boolean }[] }[];
    };
    const [group] = groups.groups;
    expect(group!.unverified).toEqual([expect.objectContaining({ host: 'web-1', verified: false })]);
    expect(group!.primary?.verified).toBe(true);
    expect([group!.primary!.host, ...group!.standbys.map((s) => s.host)].sort()).toEqual(['web-1', 'web-2']);

    // Each host still removes its own endpoint when unhealthy (DELETE in the service container).
    await new Promise((resolve) => service.close(resolve));
    await eventually('web-1 endpoint deregistered', async () => (await anonymous.exists(`${APP}/services/api/web-1`)) === null, 20_000);
  });

  it('after a new session the agent records it again and stays verified', async () => {
    const agent = agents.get('web-2')!;
    const path = `${APP}/agents/web-2`;
    const before = statusSession((await anonymous.get(`${APP}/status/web-2`))?.data);
    await freezeUntil(
      agent.pid,
      eventually('web-2 session expired', async () => (await anonymous.exists(path)) === null, 20_000),
    );
    await eventually(
      'web-2 registered and anchored on a new session',
      async () => {
        const owner = (await anonymous.exists(path))?.ephemeralOwner;
        const session = statusSession((await anonymous.get(`${APP}/status/web-2`))?.data);
        return owner && owner === session && session !== before;
      },
      20_000,
    );
    expect((await statusJson()).hosts.find((h) => h.host === 'web-2')).toMatchObject({ live: true, verified: true });
  });

  it('host add --force rotates the password: the old one loses every right', async () => {
    await agents.get('web-1')!.stop();
    const old = (await readFile(secret('web-1'), 'utf8')).trim();
    const out = await cli('host', 'add', 'web-1', '--secret-file', secret('web-1'), '--force');
    expect(out.code).toBe(0);
    const fresh = (await readFile(secret('web-1'), 'utf8')).trim();
    expect(fresh).not.toBe(old);
    const [before, after] = await Promise.all([old, fresh].map((auth) => ZkClient.connect({ connectString: cluster.connectString(), auth })));
    try {
      expect(await refused(before!.set(`${APP}/status/web-1`, Buffer.from('{}')))).toBe(ErrorCode.ZK_NO_AUTH);
      expect(await refused(before!.create(`${APP}/agents/web-1`, Buffer.alloc(0), 'ephemeral'))).toBe(ErrorCode.ZK_NO_AUTH);
      expect(await refused(after!.create(`${APP}/agents/web-1`, Buffer.alloc(0), 'ephemeral'))).toBe('succeeded');
    } finally {
      await Promise.all([before!.close(), after!.close()]);
    }
  });

  it('host remove takes the identity away', async () => {
    const out = await cli('host', 'remove', 'web-3');
    expect(out.code).toBe(0);
    expect(await anonymous.exists(`${APP}/status/web-3`)).toBeNull();
    const web3 = await ZkClient.connect({ connectString: cluster.connectString(), auth: (await readFile(secret('web-3'), 'utf8')).trim() });
    try {
      const err = await refused(web3.create(`${APP}/agents/web-3b`, Buffer.alloc(0), 'ephemeral'));
      expect(err).toBe(ErrorCode.ZK_NO_AUTH);
    } finally {
      await web3.close();
    }
  });
});

describe('control: with the shared agent identity (not per-host mode) the same forgery fools wait', () => {
  let cluster: ZkCluster;
  let repo: GitRepo;
  let dir: string;
  const agents: AgentProcess[] = [];
  const APP_SHARED = '/t/shared';
  const AGENT = 'agent:agent-secret';

  beforeAll(async () => {
    cluster = await ZkCluster.start();
    repo = await GitRepo.create({ files: { 'app.txt': 'v1\n' } });
    dir = await mkdtemp(join(tmpdir(), 'zkdeploy-shared-ids-'));
    await writeFile(join(dir, 'publisher.auth'), `${PUBLISHER}\n`, { mode: 0o600 });
    await writeFile(join(dir, 'agent.auth'), `${AGENT}\n`, { mode: 0o600 });
  });
  afterAll(async () => {
    await Promise.all(agents.map((a) => a.stop()));
    await cluster?.stop();
    await repo?.remove();
  });

  it('a registration forged for a dead host counts as live, and status has no verified field', async () => {
    const cli = (...args: string[]) => runCli(['--zk', cluster.connectString(), '--app', APP_SHARED, '--auth-file', join(dir, 'publisher.auth'), ...args]);
    expect((await cli('init', '--agent-auth-file', join(dir, 'agent.auth'))).code).toBe(0);
    for (const host of ['a-1', 'a-2']) {
      agents.push(await AgentProcess.start({ zk: cluster.connectString(), host, app: APP_SHARED, args: ['--auth-file', join(dir, 'agent.auth')] }));
    }
    const commit = await repo.head();
    expect((await cli('publish', '--url', repo.url, '--commit', commit, '--path', 'srv/app')).code).toBe(0);
    expect((await cli('wait', '--commit', commit, '--min-hosts', '2', '--timeout', '60')).code).toBe(0);
    expect(await agents[1]!.stop()).toBe(0);
    const forger = await ZkClient.connect({ connectString: cluster.connectString(), auth: AGENT });
    try {
      await eventually('a-2 deregistered', async () => (await forger.exists(`${APP_SHARED}/agents/a-2`)) === null);
      await forger.create(`${APP_SHARED}/agents/a-2`, Buffer.from(JSON.stringify({ host: 'a-2' })), 'ephemeral', OPEN_ACL);
      expect((await cli('wait', '--min-hosts', '2', '--timeout', '20')).code).toBe(0);
      const status = JSON.parse((await cli('status', '--json')).stdout) as { hosts: Record<string, unknown>[] };
      expect(status.hosts.find((h) => h['host'] === 'a-2')).toMatchObject({ live: true, state: 'ok' });
      expect(status.hosts.every((h) => !('verified' in h))).toBe(true);
      await forger.delete(`${APP_SHARED}/agents/a-2`);
    } finally {
      await forger.close();
    }
  });

  it('migrates host by host (both identities work meanwhile, groups included), then init --host-identities verifies', async () => {
    const cli = (...args: string[]) => runCli(['--zk', cluster.connectString(), '--app', APP_SHARED, '--auth-file', join(dir, 'publisher.auth'), ...args]);
    const start = (host: string, auth: string) =>
      AgentProcess.start({ zk: cluster.connectString(), host, app: APP_SHARED, args: ['--auth-file', auth, '--group', 'g'] }).then((a) => {
        agents.push(a);
        return a;
      });
    await agents[0]!.stop();
    const shared = await start('a-2', join(dir, 'agent.auth'));
    expect((await cli('host', 'add', 'a-1', '--secret-file', join(dir, 'a-1.auth'))).code).toBe(0);
    const own = await start('a-1', join(dir, 'a-1.auth'));
    const groupOf = async () => {
      const out = JSON.parse((await cli('groups', 'g', '--json')).stdout) as { groups: { primary: { host: string } | null; standbys: { host: string }[] }[] };
      const g = out.groups[0]!;
      return [g.primary?.host, ...g.standbys.map((m) => m.host)].sort();
    };
    await eventually('both in the group', async () => JSON.stringify(await groupOf()) === '["a-1","a-2"]', 20_000);
    const commit = await repo.commit({ 'app.txt': 'migrating\n' });
    expect((await cli('publish', '--url', repo.url, '--commit', commit, '--path', 'srv/app', '--wait', '--timeout', '60')).code).toBe(0);

    expect((await cli('host', 'add', 'a-2', '--secret-file', join(dir, 'a-2.auth'))).code).toBe(0);
    await shared.stop();
    await own.stop();
    const init = await cli('init', '--host-identities');
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    await start('a-1', join(dir, 'a-1.auth'));
    await start('a-2', join(dir, 'a-2.auth'));
    expect((await cli('wait', '--commit', commit, '--min-hosts', '2', '--timeout', '60')).code).toBe(0);
    const status = JSON.parse((await cli('status', '--json')).stdout) as { hosts: { host: string; live: boolean; verified: boolean }[] };
    expect(status.hosts.map((h) => [h.host, h.live, h.verified])).toEqual([
      ['a-1', true, true],
      ['a-2', true, true],
    ]);
    await eventually('both back in the group', async () => JSON.stringify(await groupOf()) === '["a-1","a-2"]', 20_000);
    const stale = await AgentProcess.start({ zk: cluster.connectString(), host: 'a-9', app: APP_SHARED, args: ['--auth-file', join(dir, 'agent.auth')] });
    agents.push(stale);
    expect(await stale.exit()).not.toBe(0); // the shared identity may not register any more
    const sharedClient = await ZkClient.connect({ connectString: cluster.connectString(), auth: AGENT });
    try {
      expect(await refused(sharedClient.create(`${APP_SHARED}/groups/g/m-`, Buffer.alloc(0), 'ephemeral_sequential', OPEN_ACL))).toBe(ErrorCode.ZK_NO_AUTH);
    } finally {
      await sharedClient.close();
    }
  });
});
