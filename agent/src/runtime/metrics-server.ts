/**
 * The `--metrics-port` HTTP server: `/metrics` (Prometheus text format) and
 * `/healthz` (200 when connected to ZooKeeper and every app registered, 503
 * otherwise, with a small JSON body saying why). Listens on 127.0.0.1 unless
 * `--metrics-host` says otherwise.
 */
import { createServer, type Server } from 'node:http';
import type { AgentMetrics } from './agent-metrics.js';

export interface Health {
  healthy: boolean;
  [detail: string]: unknown;
}

/** Starts the server; resolves once it listens. */
export async function startMetricsServer(metrics: AgentMetrics, health: () => Health, host: string, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (path === '/metrics') {
      metrics.registry.metrics().then(
        (text) => res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
        (err: Error) => res.writeHead(500, { 'content-type': 'text/plain' }).end(`${err.message}\n`),
      );
      return;
    }
    if (path === '/healthz') {
      const h = health();
      res.writeHead(h.healthy ? 200 : 503, { 'content-type': 'application/json' }).end(`${JSON.stringify(h)}\n`);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found: try /metrics or /healthz\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return server;
}
