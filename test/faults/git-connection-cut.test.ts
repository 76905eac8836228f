/**
 * Found by the chaos run (issue 22, seed 31337): a git server whose
 * connection is cut under a shallow fetch (down behind a proxy or a load
 * balancer, or killed mid-transfer) was taken for a server that cannot serve
 * shallow fetches, and every later fetch from that URL was a full one for the
 * rest of the agent's life. A cut connection is a transient failure: the
 * deploy is retried, still shallow, and nothing is said about shallow fetches.
 */
import { once } from 'node:events';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentHarness, GitDaemon } from '@zkdeploy/test-support';

/** Forwards to the git daemon; `cutNext` connections are reset at once, as a server down behind a proxy does. */
class CuttingProxy {
  cutNext = 0;
  cut = 0;
  private constructor(readonly server: Server, readonly port: number) {}

  static async start(targetPort: number): Promise<CuttingProxy> {
    const server = createServer();
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const proxy = new CuttingProxy(server, (server.address() as { port: number }).port);
    server.on('connection', (client: Socket) => {
      if (proxy.cutNext > 0) {
        proxy.cutNext--;
        proxy.cut++;
        client.resetAndDestroy();
        return;
      }
      const upstream = connect({ host: '127.0.0.1', port: targetPort });
      client.pipe(upstream).pipe(client);
      const end = () => (client.destroy(), upstream.destroy());
      client.on('error', end);
      upstream.on('error', end);
    });
    return proxy;
  }
}

describe('a git connection cut under a shallow fetch', () => {
  let h: AgentHarness;
  let daemon: GitDaemon;
  let proxy: CuttingProxy;

  beforeAll(async () => {
    h = await AgentHarness.start();
    daemon = await GitDaemon.start(h.repo.bare);
    proxy = await CuttingProxy.start(daemon.port);
  });
  afterAll(async () => {
    proxy?.server.close();
    await daemon?.halt();
    await h?.stop();
  });

  it('is retried as a transient failure, and the agent keeps fetching shallow', async () => {
    const url = daemon.urlOf(h.repo.bare).replace(`:${daemon.port}/`, `:${proxy.port}/`);
    const agent = await h.agent({ host: 'cut', args: ['--session-timeout', '4000'] });
    const v1 = await h.repo.head();
    await h.publish({ url, commitId: v1, relativePath: 'srv/app' });
    await h.waitOk('cut', v1);
    proxy.cutNext = 1;
    const v2 = await h.repo.commit({ 'app.txt': 'v2\n' }, 'v2');
    await h.publish({ url, commitId: v2, relativePath: 'srv/app' });
    await h.waitOk('cut', v2);
    expect(proxy.cut).toBe(1);
    expect(agent.output).not.toMatch(/cannot serve a shallow fetch/);
  });
});
