import { createServer, type Server } from 'node:http';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger, type StatusRecord } from '@zkdeploy/shared';
import { HealthMonitor, type HealthMonitorOptions } from './health-monitor.js';
import type { StatusWriter } from '../reconcile/status-writer.js';

describe('HealthMonitor.check', () => {
  let server: Server;
  let url: string;
  let status = 200;
  let baseDir: string;

  beforeAll(async () => {
    baseDir = await mkdtemp(join(tmpdir(), 'health-'));
    server = createServer((_req, res) => res.writeHead(status).end());
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/healthz`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const monitor = (o: Partial<HealthMonitorOptions>) =>
    new HealthMonitor({
      app: '/app/business', host: 'web-1', baseDir, cmd: undefined, url: undefined, intervalMs: 1000,
      writer: { current: null as StatusRecord | null } as unknown as StatusWriter, log: silentLogger(), signal: new AbortController().signal, ...o,
    });

  it('runs --health-cmd in the base dir with the deploy facts; its failure is the reason, output tail included', async () => {
    expect(await monitor({ cmd: 'test "$ZKDEPLOY_COMMIT" = abc && test "$PWD" = "$(pwd)"' }).check('abc', 3)).toEqual({ healthy: true, reason: 'health checks pass' });
    expect(await monitor({ cmd: 'echo "db down"; exit 4' }).check('abc', 3)).toEqual({ healthy: false, reason: '--health-cmd exited with 4; output ends with: db down' });
  });

  it('asks --health-url for a 2xx', async () => {
    status = 200;
    expect((await monitor({ url }).check('abc', 3)).healthy).toBe(true);
    status = 503;
    expect(await monitor({ url }).check('abc', 3)).toEqual({ healthy: false, reason: '--health-url HTTP 503' });
  });

  it('counts a failing service health check', async () => {
    const failing = { healthy: false, reason: 'service /app/business/services/api/web-1: connect ECONNREFUSED' };
    expect(await monitor({ services: () => failing }).check('abc', 3)).toEqual(failing);
    expect((await monitor({ services: () => ({ healthy: true, reason: 'ok' }) }).check('abc', 3)).healthy).toBe(true);
  });
});
