/**
 * --drain-during-deploy with real agents, git and ZooKeeper: the draining
 * agent's endpoint leaves the service while it checks out a new commit and
 * comes back after; an agent without the flag stays registered throughout.
 */
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZkClient, parseStatus, type ZkWatchEvent } from '@zkdeploy/shared';
import { AgentProcess, eventually, freePort, GitRepo, headOf, runCli, ZkCluster } from '@zkdeploy/test-support';

const APP = '/app/business';
const DRAINING = `${APP}/services/web/drain-1`;
const STEADY = `${APP}/services/web/steady-1`;

describe('--drain-during-deploy: the endpoint is deregistered while this host activates a new commit', () => {
  let cluster: ZkCluster;
  let zk: ZkClient;
  let repo: GitRepo;
  let server: Server;
  let port: number;
  const agents: AgentProcess[] = [];
  const cli = (...args: string[]) => runCli(['--zk', cluster.connectString(), ...args]);
  const okAt = async (host: string, commit: string): Promise<number | undefined> => {
    const node = await zk.get(`${APP}/status/${host}`);
    const status = node ? parseStatus(node.data, host) : null;
    return status?.state === 'ok' && status.commitId === commit ? Date.parse(status.updatedAt) : undefined;
  };
  const publish = async (content: string): Promise<string> => {
    const commit = await repo.commit({ 'app.txt': content }, `deploy ${content.trim()}`);
    const result = await cli('publish', '--url', repo.url, '--commit', commit, '--path', 'srv/app');
    expect(result.code).toBe(0);
    return commit;
  };

  beforeAll(async () => {
    cluster = await ZkCluster.start();
    zk = await ZkClient.connect({ connectString: cluster.connectString() });
    repo = await GitRepo.create({ files: { 'app.txt': 'v0\n' } });
    port = await freePort();
    server = createServer((socket) => socket.end());
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    const service = ['--service', `web=127.0.0.1:${port}`, '--health-interval', '0.2'];
    agents.push(
      await AgentProcess.start({ zk: cluster.connectString(), host: 'drain-1', args: [...service, '--drain-during-deploy'] }),
      await AgentProcess.start({ zk: cluster.connectString(), host: 'steady-1', args: service }),
    );
    await eventually('both endpoints registered', async () => (await zk.exists(DRAINING)) !== null && (await zk.exists(STEADY)) !== null);
  });
  afterAll(async () => {
    await Promise.all(agents.map((a) => a.stop()));
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await zk?.close();
    await cluster?.stop();
    await repo?.remove();
  });

  it('removes the draining endpoint during the checkout and registers it again after; the other stays', async () => {
    const first = await publish('v1\n');
    await eventually('first deploy ok on both', async () => (await okAt('drain-1', first)) && (await okAt('steady-1', first)));
    const [drainingBefore, steadyBefore] = await eventually('both endpoints registered', async () => {
      const stats = await Promise.all([zk.exists(DRAINING), zk.exists(STEADY)]);
      return stats[0] && stats[1] ? (stats as [NonNullable<(typeof stats)[0]>, NonNullable<(typeof stats)[1]>]) : undefined;
    });
    const events: (ZkWatchEvent & { at: number })[] = [];
    await zk.exists(DRAINING, { watch: (e) => events.push({ ...e, at: Date.now() }) });

    const publishedAt = Date.now();
    const second = await publish('v2\n');
    const deployedAt = await eventually('second deploy ok on drain-1', () => okAt('drain-1', second));
    expect(await headOf(join(agents[0]!.spec.baseDir, 'srv/app'))).toBe(second);
    const drainingAfter = await eventually('drain-1 registered again', async () => (await zk.exists(DRAINING)) ?? undefined);

    expect(events[0]?.type).toBe('deleted');
    expect(events[0]!.at).toBeGreaterThanOrEqual(publishedAt);
    expect(events[0]!.at).toBeLessThanOrEqual(deployedAt + 50);
    expect(drainingAfter.czxid).toBeGreaterThan(drainingBefore.czxid);
    const steadyAfter = await zk.exists(STEADY);
    expect(steadyAfter?.czxid).toBe(steadyBefore.czxid);
    const listed = JSON.parse((await cli('services', 'web', '--json')).stdout) as { endpoints: { node: string }[] };
    expect(listed.endpoints.map((e) => e.node)).toEqual(['drain-1', 'steady-1']);
  });
});
