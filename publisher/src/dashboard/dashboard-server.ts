/**
 * The dashboard's HTTP server (node:http; four routes need no framework).
 * Every request must name this server in its Host header (DNS rebinding);
 * GET never acts; the one action, POST /api/rollback, passes action-guard.ts
 * first and is logged with who and what, whether it succeeds or not.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ZkDeployError } from '@zkdeploy/shared/errors';
import type { Logger } from '@zkdeploy/shared/logger';
import type { ZkClient } from '@zkdeploy/shared/zk';
import { checkAction } from './action-guard.js';
import type { DashboardHub } from './dashboard-hub.js';
import { streamEvents } from './event-stream.js';
import { parseRollbackRequest, runRollback } from './rollback-request.js';
import { loadAssets, SECURITY_HEADERS, type Asset } from './static-assets.js';
import type { ActionToken } from './token-file.js';

export interface DashboardServerOptions {
  zk: ZkClient;
  hub: DashboardHub;
  log: Logger;
  host: string;
  port: number;
  /** Undefined when actions are off. */
  tokens: ActionToken[] | undefined;
}

const MAX_BODY = 4096;

function send(res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...extra });
  res.end(JSON.stringify(body));
}

const fail = (res: ServerResponse, status: number, code: string, message: string, hint?: string): void =>
  send(res, status, { error: { code, message, ...(hint ? { hint } : {}) } });

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) reject(new Error(`the body is larger than ${MAX_BODY} bytes`));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The Host values this server answers to: its address, and the loopback names when it listens on loopback. */
export function hostMatcher(listenHost: string, port: () => number): (host: string | undefined) => boolean {
  const wildcard = listenHost === '0.0.0.0' || listenHost === '::';
  const loopback = ['127.0.0.1', 'localhost', '[::1]'];
  return (host) => {
    if (host === undefined) return false;
    if (wildcard) return true;
    const names = [listenHost.includes(':') ? `[${listenHost}]` : listenHost, ...(loopback.includes(listenHost) || listenHost === '::1' ? loopback : [])];
    return names.some((n) => host === `${n}:${port()}`);
  };
}

export class DashboardServer {
  private readonly server: Server;
  private readonly assets: Map<string, Asset>;
  private readonly hostAllowed: (host: string | undefined) => boolean;

  constructor(private readonly options: DashboardServerOptions) {
    this.assets = loadAssets();
    this.hostAllowed = hostMatcher(options.host, () => this.port);
    this.server = createServer((req, res) => {
      this.route(req, res).catch((err: unknown) => {
        options.log.error({ err }, 'dashboard: request failed');
        if (!res.headersSent) fail(res, 500, 'ERR_INTERNAL', 'internal error');
        else res.destroy();
      });
    });
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.options.port, this.options.host, () => resolve());
    });
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!this.hostAllowed(req.headers.host)) return fail(res, 421, 'ERR_HOST', 'this server does not answer to that Host', 'open it by the address it listens on');
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/api/rollback') return req.method === 'POST' ? this.rollback(req, res) : fail(res, 405, 'ERR_METHOD', 'rollback is a POST', undefined);
    if (req.method !== 'GET' && req.method !== 'HEAD') return fail(res, 405, 'ERR_METHOD', 'only GET here');
    if (path === '/api/state') return send(res, 200, this.options.hub.state());
    if (path === '/api/events') return streamEvents(req, res, this.options.hub, SECURITY_HEADERS);
    const asset = this.assets.get(path);
    if (!asset) return fail(res, 404, 'ERR_NOT_FOUND', `no route ${path}`);
    res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': asset.type, 'cache-control': 'no-cache' });
    res.end(req.method === 'HEAD' ? undefined : asset.body);
  }

  private async rollback(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const remote = req.socket.remoteAddress;
    const verdict = checkAction(req, { tokens: this.options.tokens, hostAllowed: this.hostAllowed });
    const log = this.options.log.child({ action: 'rollback', who: verdict.who ?? null, remote });
    if (!verdict.ok) {
      log.warn({ status: verdict.status, reason: verdict.reason }, 'dashboard: action refused');
      req.resume();
      return fail(res, verdict.status, verdict.status === 401 ? 'ERR_UNAUTHORIZED' : 'ERR_FORBIDDEN', verdict.reason ?? 'refused');
    }
    const who = verdict.who as string;
    try {
      const request = parseRollbackRequest(await readBody(req), this.options.hub.apps);
      const result = await runRollback(this.options.zk, request, who);
      log.info({ app: request.app, to: request.to ?? null, result }, 'dashboard: rollback published');
      this.options.hub.events.append('action', { action: 'rollback', who, at: new Date().toISOString(), ...result });
      // With who: the page that clicked shows the same line as every page the action event reaches, whichever comes first.
      send(res, 200, { ...result, who });
    } catch (err) {
      log.warn({ err }, 'dashboard: rollback refused or failed; nothing was written');
      if (err instanceof ZkDeployError) return fail(res, err.exitCode === 2 ? 400 : 503, err.code, err.message, err.hint);
      return fail(res, 400, 'ERR_USAGE', (err as Error).message);
    }
  }
}
