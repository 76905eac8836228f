/**
 * Issue 19, done-when 1 and 3: the whole tool over TLS on a TLS-only 3-node
 * ensemble (secureClientPort only, ssl.clientAuth=need). Three agents with
 * their own client certificates converge on publishes; status, wait,
 * history, rollback, groups and services work through the CLI over TLS; an
 * agent given the wrong CA never connects, says why, and the others serve on.
 */
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZkClient } from '@zkdeploy/shared';
import { AgentProcess, eventually, freePorts, GitRepo, runCli, TestCertificateAuthority, ZkCluster, type ZkClusterTls } from '@zkdeploy/test-support';

const APP = '/tls/fleet';

describe('zkdeploy over TLS on a TLS-only ensemble', () => {
  let cluster: ZkCluster;
  let tls: ZkClusterTls;
  let zk: ZkClient;
  let repo: GitRepo;
  let port: number;
  let endpoint: Server;
  let other: TestCertificateAuthority;
  const agents: AgentProcess[] = [];
  const commits: string[] = [];
  const tlsArgs = (cert: string, key: string, ca = tls.ca): string[] => ['--zk-tls', '--zk-tls-ca', ca, '--zk-tls-cert', cert, '--zk-tls-key', key];
  const cli = (...args: string[]) => runCli(['--zk', cluster.connectString(), '--app', APP, ...tlsArgs(tls.cert, tls.key), ...args]);
  const publish = (commit: string) => cli('publish', '--url', repo.url, '--commit', commit, '--path', 'srv/app', '--wait', '--timeout', '40');

  beforeAll(async () => {
    cluster = await ZkCluster.start({ nodes: 3, tls: true });
    tls = cluster.tls!;
    zk = await ZkClient.connect({ connectString: cluster.connectString(), tls: cluster.clientTls });
    repo = await GitRepo.create({ files: { 'app.txt': 'v0\n' } });
    [port] = (await freePorts(1)) as [number];
    endpoint = createServer((socket) => socket.end());
    await new Promise<void>((resolve) => endpoint.listen(port, '127.0.0.1', resolve));
    other = await TestCertificateAuthority.create('other');
    expect((await cli('init')).code).toBe(0);
    for (const n of [1, 2, 3]) {
      const cert = await tls.authority.clientCertificate(`web-${n}`);
      agents.push(
        await AgentProcess.start({
          zk: cluster.connectString(),
          host: `web-${n}`,
          app: APP,
          args: [...tlsArgs(cert.cert, cert.key), '--group', 'g', '--service', `api=127.0.0.1:${port}`, '--health-interval', '0.2'],
        }),
      );
    }
    await eventually('three agents registered over TLS', async () => ((await zk.children(`${APP}/agents`)) ?? []).length === 3, 30_000);
  });
  afterAll(async () => {
    await Promise.all(agents.map((a) => a.stop()));
    await new Promise<void>((resolve) => endpoint?.close(() => resolve()));
    await zk?.close();
    await cluster?.stop();
    await other?.remove();
    await repo?.remove();
  });

  it('publishes and converges three agents; status, wait and history answer over TLS', async () => {
    for (const n of [1, 2]) {
      commits.push(await repo.commit({ 'app.txt': `v${n}\n` }, `release ${n}`));
      const published = await publish(commits.at(-1) as string);
      expect(published.stderr).toBe('');
      expect(published.code).toBe(0);
    }
    const status = JSON.parse((await cli('status', '--json')).stdout);
    expect(status.summary).toMatchObject({ total: 3, ok: 3 });
    expect(status.hosts.map((h: { commitId: string }) => h.commitId)).toEqual([commits[1], commits[1], commits[1]]);
    expect((await cli('wait', '--commit', commits[1] as string, '--timeout', '20')).code).toBe(0);
    const history = JSON.parse((await cli('history', '--json')).stdout);
    expect(history.map((h: { commitId: string }) => h.commitId).slice(0, 2)).toEqual([commits[1], commits[0]]);
  });

  it('rolls back over TLS, and every agent follows', async () => {
    const back = await cli('rollback', '--wait', '--timeout', '40');
    expect(back.code).toBe(0);
    const status = JSON.parse((await cli('status', '--json')).stdout);
    expect(status.hosts.map((h: { commitId: string }) => h.commitId)).toEqual([commits[0], commits[0], commits[0]]);
  });

  it('groups and services are registered and listed over TLS', async () => {
    const group = await eventually('a primary in g', async () => {
      const listed = JSON.parse((await cli('groups', 'g', '--json')).stdout);
      return listed.groups[0]?.primary?.host ? listed.groups[0] : undefined;
    });
    expect(['web-1', 'web-2', 'web-3']).toContain(group.primary.host);
    const services = await eventually('three api endpoints', async () => {
      const listed = JSON.parse((await cli('services', 'api', '--json')).stdout);
      return listed.endpoints.length === 3 ? listed : undefined;
    });
    expect(services.endpoints.map((e: { node: string }) => e.node).sort()).toEqual(['web-1', 'web-2', 'web-3']);
  });

  it('an agent given the wrong CA never connects and says why; the others keep serving', async () => {
    const cert = await tls.authority.clientCertificate('web-4');
    const wrong = await AgentProcess.start({ zk: cluster.connectString(), host: 'web-4', app: APP, args: tlsArgs(cert.cert, cert.key, other.caCert) });
    try {
      await eventually('the refused agent naming the cause', async () => wrong.output.includes('ERR_ZK_TLS_UNKNOWN_CA'), 20_000);
      commits.push(await repo.commit({ 'app.txt': 'v3\n' }, 'release 3'));
      expect((await publish(commits.at(-1) as string)).code).toBe(0);
      expect(await zk.exists(`${APP}/agents/web-4`)).toBeNull();
      expect(wrong.child.exitCode).toBeNull();
    } finally {
      await wrong.stop();
    }
  });

  it('a CLI without --zk-tls is told the ensemble accepts only TLS (exit 1)', async () => {
    const plain = await runCli(['--zk', cluster.connectString(), '--app', APP, 'status']);
    expect(plain.code).toBe(1);
    expect(plain.stderr).toMatch(/accepts only TLS on that port/);
    expect(plain.stderr).toMatch(/--zk-tls/);
  });
});
