/**
 * Service registration with health checks, with real agent processes on a
 * real ZooKeeper and real TCP/HTTP servers in the test: an endpoint is listed
 * exactly while its check passes.
 */
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode, Perm, ZkClient, agentNodeAcl, digestId, parseServiceEndpoint } from '@zkdeploy/shared';
import { AgentProcess, eventually, freePorts, runCli, ZkCluster } from '@zkdeploy/test-support';

const APP = '/app/business';

function listen(server: Server | HttpServer, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
}

function close(server: Server | HttpServer): Promise<void> {
  return new Promise((resolve) => {
    (server as HttpServer).closeAllConnections?.();
    server.close(() => resolve());
  });
}

interface ServiceJson {
  app: string;
  service: string;
  endpoints: { node: string; host: string; port: number; since: string | null }[];
  invalid: string[];
}

describe('service registration: registered while healthy, removed when the check fails, back when it passes', () => {
  let cluster: ZkCluster;
  let zk: ZkClient;
  let tcpPort: number;
  let httpPort: number;
  let tcp: Server | null = null;
  let httpHealthy = true;
  let http: HttpServer;
  const agents: AgentProcess[] = [];
  const cli = (...args: string[]) => runCli(['--zk', cluster.connectString(), ...args]);
  const endpoints = async (name: string): Promise<ServiceJson> => {
    const result = await cli('services', name, '--json');
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout) as ServiceJson;
  };

  beforeAll(async () => {
    cluster = await ZkCluster.start();
    zk = await ZkClient.connect({ connectString: cluster.connectString() });
    [tcpPort, httpPort] = (await freePorts(2)) as [number, number];
    tcp = createServer((socket) => socket.end());
    await listen(tcp, tcpPort);
    http = createHttpServer((req, res) => {
      res.statusCode = req.url === '/healthz' && httpHealthy ? 200 : 503;
      res.end();
    });
    await listen(http, httpPort);
    agents.push(
      await AgentProcess.start({
        zk: cluster.connectString(),
        host: 'svc-1',
        args: ['--service', `db=127.0.0.1:${tcpPort}`, '--health', 'tcp', '--health-interval', '0.2', '--session-timeout', '2000'],
      }),
      await AgentProcess.start({
        zk: cluster.connectString(),
        host: 'svc-2',
        args: [
          '--service', `api=127.0.0.1:${httpPort}`,
          '--health', `http://127.0.0.1:${httpPort}/healthz`,
          '--health-interval', '0.2',
        ],
      }),
    );
  });
  afterAll(async () => {
    await Promise.all(agents.map((a) => a.stop()));
    if (tcp?.listening) await close(tcp);
    await close(http);
    await zk?.close();
    await cluster?.stop();
  });

  it('registers a healthy tcp endpoint as an ephemeral {host, port} under B/services/<name>/<host>', async () => {
    const listed = await eventually('db listed', async () => {
      const s = await endpoints('db');
      return s.endpoints.length === 1 ? s : undefined;
    });
    expect(listed.endpoints[0]).toMatchObject({ node: 'svc-1', host: '127.0.0.1', port: tcpPort });
    const node = await zk.get(`${APP}/services/db/svc-1`);
    expect(node?.stat.ephemeralOwner).not.toBeNull();
    expect(parseServiceEndpoint(node?.data)).toMatchObject({ host: '127.0.0.1', port: tcpPort });
    const table = await cli('services');
    expect(table.code).toBe(0);
    expect(table.stdout).toContain(`127.0.0.1:${tcpPort}`);
  });

  it('removes the endpoint when its port closes and registers it again when the port reopens', async () => {
    await eventually('db registered', async () => (await zk.exists(`${APP}/services/db/svc-1`)) !== null);
    await close(tcp as Server);
    const closedAt = Date.now();
    await eventually('db removed after the port closed', async () => (await endpoints('db')).endpoints.length === 0, 10_000);
    console.log(`endpoint removed ${Date.now() - closedAt} ms after its port closed (interval 200 ms)`);
    tcp = createServer((socket) => socket.end());
    await listen(tcp, tcpPort);
    await eventually('db back after the port reopened', async () => (await endpoints('db')).endpoints.length === 1, 10_000);
  });

  it('follows an http health check: 503 removes the endpoint, 200 brings it back', async () => {
    await eventually('api listed', async () => (await endpoints('api')).endpoints.length === 1);
    httpHealthy = false;
    await eventually('api removed on 503', async () => (await endpoints('api')).endpoints.length === 0, 10_000);
    httpHealthy = true;
    await eventually('api back on 200', async () => (await endpoints('api')).endpoints.length === 1, 10_000);
  });

  it('re-creates the endpoint after the agent’s session expires', async () => {
    const before = await eventually('db registered', async () => (await zk.exists(`${APP}/services/db/svc-1`)) ?? undefined);
    const agent = agents[0] as AgentProcess;
    agent.signal('SIGSTOP');
    await eventually('db gone with the expired session', async () => (await zk.exists(`${APP}/services/db/svc-1`)) === null, 10_000);
    agent.signal('SIGCONT');
    const after = await eventually('db registered on a new session', async () => (await zk.exists(`${APP}/services/db/svc-1`)) ?? undefined, 15_000);
    expect(after.ephemeralOwner).not.toBe(before.ephemeralOwner);
  });

  it('lists nothing (exit 0) for an unknown service, lists malformed data as invalid, and rejects a bad name with exit 2', async () => {
    expect(await endpoints('nope')).toEqual({ app: APP, service: 'nope', endpoints: [], invalid: [] });
    await zk.ensurePath(`${APP}/services/junk`);
    await zk.create(`${APP}/services/junk/x`, Buffer.from('{"host":"-rm -rf","port":0}'));
    expect(await endpoints('junk')).toMatchObject({ endpoints: [], invalid: ['x'] });
    const bad = await cli('services', '../etc');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/service name "..\/etc" is not valid/);
  });

  it('refuses bad --service and --health flags with exit 2 and one sentence (details in the unit tests)', async () => {
    const cases: [string[], RegExp][] = [
      [['--service', 'db=127.0.0.1:70000'], /--service "db=127.0.0.1:70000" has port 70000 outside 1-65535/],
      [['--service', 'db=127.0.0.1:80', '--health', 'ftp://x'], /--health "ftp:\/\/x" must be tcp or an http/],
    ];
    for (const [args, message] of cases) {
      const agent = await AgentProcess.start({ zk: cluster.connectString(), host: 'bad-flags', args });
      expect(await agent.exit(), args.join(' ')).toBe(2);
      expect(agent.output).toMatch(message);
      expect(await zk.exists(`${APP}/agents/bad-flags`)).toBeNull();
    }
  });

  it('in an app initialised with digest ACLs, group members and endpoints carry the agent identity and resist others', async () => {
    const app = '/acl/app';
    const init = await cli('--app', app, '--auth', 'publisher:pw', 'init', '--agent-auth', 'agent:pw');
    expect(init.code).toBe(0);
    const agent = await AgentProcess.start({
      zk: cluster.connectString(),
      host: 'acl-1',
      app,
      args: ['--auth', 'agent:pw', '--group', 'g', '--service', `db=127.0.0.1:${tcpPort}`, '--health-interval', '0.2'],
    });
    agents.push(agent);
    const endpoint = `${app}/services/db/acl-1`;
    await eventually('endpoint registered', async () => (await zk.exists(endpoint)) !== null);
    const [member] = await eventually('group member', async () => ((await zk.children(`${app}/groups/g`)) ?? []).length === 1 && (await zk.children(`${app}/groups/g`)));
    const expected = agentNodeAcl('agent:pw');
    // ZooKeeper shows digest ids only to clients with admin rights on the node.
    const asAgent = await ZkClient.connect({ connectString: cluster.connectString(), auth: 'agent:pw' });
    try {
      expect(await asAgent.getAcl(endpoint)).toEqual(expected);
      expect(await asAgent.getAcl(`${app}/groups/g/${member}`)).toEqual(expected);
      // The container also grants the app's publisher (recorded by init), so that `host add` can let hosts in later.
      expect(await asAgent.getAcl(`${app}/groups/g`)).toEqual(expect.arrayContaining([...expected, { perms: Perm.ALL, scheme: 'digest', id: digestId('publisher:pw') }]));
      expect(await asAgent.getAcl(`${app}/groups/g`)).toHaveLength(3);
    } finally {
      await asAgent.close();
    }
    await expect(zk.delete(`${app}/groups/g`)).rejects.toMatchObject({ code: ErrorCode.ZK_NO_AUTH });
    const listed = await cli('--app', app, 'groups', 'g', '--json');
    expect(JSON.parse(listed.stdout).groups[0].primary.host).toBe('acl-1');
  });
});
