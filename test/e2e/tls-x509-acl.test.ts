/**
 * Issue 19, done-when 2: apps protected by certificate identity (ZooKeeper's
 * x509 scheme, the certificate's subject). A certificate without the
 * publisher's identity cannot change the config (exit 1, nothing changed);
 * an agent's certificate cannot write the config or another host's status,
 * with the shared agent certificates and with per-host identities
 * (`host add <host> --cert`); digest and certificate identities work side by
 * side during a migration.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode, ZkClient } from '@zkdeploy/shared';
import { AgentProcess, eventually, GitRepo, runCli, ZkCluster, type CertFiles, type ZkClusterTls } from '@zkdeploy/test-support';

describe('x509 ACLs: the publisher and the agents known by their certificates', () => {
  let cluster: ZkCluster;
  let tls: ZkClusterTls;
  let admin: ZkClient;
  let repo: GitRepo;
  let publisher: CertFiles;
  let stranger: CertFiles;
  const hosts: Record<string, CertFiles> = {};
  const agents: AgentProcess[] = [];
  const clients: ZkClient[] = [];
  const tlsArgs = (c: CertFiles): string[] => ['--zk-tls', '--zk-tls-ca', tls.ca, '--zk-tls-cert', c.cert, '--zk-tls-key', c.key];
  const cliAs = (c: CertFiles, app: string, ...args: string[]) => runCli(['--zk', cluster.connectString(), '--app', app, ...tlsArgs(c), ...args]);
  const publishAs = (c: CertFiles, app: string, commit: string, ...extra: string[]) =>
    cliAs(c, app, 'publish', '--url', repo.url, '--commit', commit, '--path', 'srv/app', ...extra);
  async function clientAs(c: CertFiles): Promise<ZkClient> {
    const zk = await ZkClient.connect({ connectString: cluster.connectString(), tls: { ca: tls.ca, cert: c.cert, key: c.key } });
    clients.push(zk);
    return zk;
  }

  beforeAll(async () => {
    cluster = await ZkCluster.start({ tls: true });
    tls = cluster.tls!;
    admin = await ZkClient.connect({ connectString: cluster.connectString(), tls: cluster.clientTls });
    repo = await GitRepo.create({ files: { 'app.txt': 'v0\n' } });
    publisher = await tls.authority.clientCertificate('publisher');
    stranger = await tls.authority.clientCertificate('stranger');
    for (const h of ['web-1', 'web-2']) hosts[h] = await tls.authority.clientCertificate(h);
  });
  afterAll(async () => {
    await Promise.all(agents.map((a) => a.stop()));
    await Promise.all(clients.map((c) => c.close()));
    await admin?.close();
    await cluster?.stop();
    await repo?.remove();
  });

  it('init --publisher-cert --agent-cert: agents deploy; a stranger and an agent cannot publish; an agent cannot write another host\'s status', async () => {
    const app = '/x509/shared';
    const init = await cliAs(publisher, app, 'init', '--publisher-cert', publisher.cert, '--agent-cert', hosts['web-1']!.cert, '--agent-cert', hosts['web-2']!.cert, '--json');
    expect(init.stderr).toBe('');
    expect(JSON.parse(init.stdout).acl).toBe('x509');
    for (const h of ['web-1', 'web-2']) agents.push(await AgentProcess.start({ zk: cluster.connectString(), host: h, app, args: tlsArgs(hosts[h]!) }));
    const v1 = await repo.commit({ 'app.txt': 'v1\n' }, 'release 1');
    expect((await publishAs(publisher, app, v1, '--wait', '--timeout', '40')).code).toBe(0);

    const before = await admin.get(`${app}/config`);
    const v2 = await repo.commit({ 'app.txt': 'v2\n' }, 'release 2');
    for (const who of [stranger, hosts['web-1']!]) {
      const refused = await publishAs(who, app, v2);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/permission denied/);
    }
    const after = await admin.get(`${app}/config`);
    expect(after?.stat.version).toBe(before?.stat.version);
    expect(after?.data.equals(before!.data)).toBe(true);

    const web1 = await clientAs(hosts['web-1']!);
    const status2 = await admin.get(`${app}/status/web-2`);
    await expect(web1.set(`${app}/status/web-2`, Buffer.from('{"forged":true}'))).rejects.toMatchObject({ code: ErrorCode.ZK_NO_AUTH });
    await expect(web1.set(`${app}/config`, Buffer.from('{}'))).rejects.toMatchObject({ code: ErrorCode.ZK_NO_AUTH });
    expect((await admin.get(`${app}/status/web-2`))?.data.equals(status2!.data)).toBe(true);
    // Its own status is its own.
    await expect(web1.exists(`${app}/status/web-1`)).resolves.not.toBeNull();
  });

  it('host add <host> --cert: in per-host mode a host certificate writes its own status and not another host\'s', async () => {
    const app = '/x509/per-host';
    expect((await cliAs(publisher, app, 'init', '--host-identities', '--publisher-cert', publisher.cert)).code).toBe(0);
    for (const h of ['web-1', 'web-2']) {
      const added = await cliAs(publisher, app, 'host', 'add', h, '--cert', hosts[h]!.cert);
      expect(added.stderr).toBe('');
      expect(added.stdout).toContain(`x509:CN=${h},O=zkdeploy`);
    }
    const web2 = await clientAs(hosts['web-2']!);
    await web2.set(`${app}/status/web-2`, Buffer.from(''));
    await expect(web2.set(`${app}/status/web-1`, Buffer.from('{"forged":true}'))).rejects.toMatchObject({ code: ErrorCode.ZK_NO_AUTH });
    await expect(web2.delete(`${app}/status/web-1`)).rejects.toMatchObject({ code: ErrorCode.ZK_NO_AUTH });
    await expect(web2.create(`${app}/status/web-3`, Buffer.from('x'))).rejects.toMatchObject({ code: ErrorCode.ZK_NO_AUTH });
    // A stranger's certificate is not a host: it cannot register.
    const outsider = await clientAs(stranger);
    await expect(outsider.create(`${app}/agents/web-1`, Buffer.from('x'), 'ephemeral')).rejects.toMatchObject({ code: ErrorCode.ZK_NO_AUTH });
    // A real agent with its certificate deploys in per-host mode.
    const agent = await AgentProcess.start({ zk: cluster.connectString(), host: 'web-1', app, args: tlsArgs(hosts['web-1']!) });
    agents.push(agent);
    const v = await repo.commit({ 'app.txt': 'per-host\n' }, 'per-host release');
    expect((await publishAs(publisher, app, v)).code).toBe(0);
    await eventually('web-1 ok in per-host mode', async () => {
      const node = await admin.get(`${app}/status/web-1`);
      return node !== null && node.data.length > 0 && JSON.parse(node.data.toString()).state === 'ok';
    }, 30_000);
  });

  it('digest and certificate identities side by side (a migration): both publishers may publish', async () => {
    const app = '/x509/migrating';
    const both = await runCli([
      '--zk', cluster.connectString(), '--app', app, ...tlsArgs(publisher), '--auth', 'publisher:pw',
      'init', '--agent-auth', 'agent:pw', '--publisher-cert', publisher.cert, '--agent-cert', hosts['web-1']!.cert, '--json',
    ]);
    expect(both.stderr).toBe('');
    expect(JSON.parse(both.stdout).acl).toBe('digest+x509');
    const v = await repo.commit({ 'app.txt': 'migrating\n' }, 'migrating');
    expect((await publishAs(publisher, app, v)).code).toBe(0);
    const digestOnly = await runCli(['--zk', cluster.connectString(), '--app', app, ...tlsArgs(stranger), '--auth', 'publisher:pw', 'publish', '--url', repo.url, '--commit', v, '--path', 'srv/app', '--message', 'by digest']);
    expect(digestOnly.code).toBe(0);
    expect((await publishAs(stranger, app, v)).code).toBe(1);
  });

  it('init refuses publisher certificates that would lock out the connection making them (exit 2, nothing created)', async () => {
    const refused = await cliAs(stranger, '/x509/locked', 'init', '--publisher-cert', publisher.cert, '--agent-cert', hosts['web-1']!.cert);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/lock itself out/);
    expect(await admin.exists('/x509/locked')).toBeNull();
  });
});
