/**
 * A git server on loopback: `git http-backend` (smart HTTP) behind a small
 * Node HTTP or HTTPS server that may demand Basic auth. It records every
 * request it received with its Authorization header, so tests can prove
 * that an agent reaches a private repository with credentials from its
 * environment, fails cleanly without them, and never sends them where it
 * should not (an attacker's server, plain http).
 */
import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { basename, dirname } from 'node:path';
import { gitProgram } from './git-daemon.js';

export { selfSignedCertificate, gitHomeTrusting, type TestCertificate } from './self-signed-certificate.js';

const HTTP_BACKEND = gitProgram('git-http-backend');

export interface GitHttpServerOptions {
  /** Basic auth demanded of every request; without it anyone is served. */
  auth?: { user: string; password: string };
  /** PEM key and certificate: serve https instead of http. */
  tls?: { key: string; cert: string };
}

/** One request as the server received it. */
export interface ReceivedRequest {
  method: string;
  path: string;
  /** The Authorization header, as sent. */
  authorization: string | undefined;
}

export class GitHttpServer {
  /** Requests answered 401 (no or wrong credentials). */
  refused = 0;
  /** Every request received, in order. */
  readonly requests: ReceivedRequest[] = [];

  private constructor(
    private readonly server: Server,
    readonly port: number,
    readonly root: string,
    readonly scheme: 'http' | 'https',
  ) {}

  /** Serves the parent directory of `bareRepo`, for `user`/`password` only. */
  static start(bareRepo: string, user: string, password: string, options: Omit<GitHttpServerOptions, 'auth'> = {}): Promise<GitHttpServer> {
    return GitHttpServer.serve(dirname(bareRepo), { ...options, auth: { user, password } });
  }

  /** Serves every repository under `root` (URLs: {@link url}). */
  static serve(root: string, options: GitHttpServerOptions = {}): Promise<GitHttpServer> {
    const expected = options.auth ? `Basic ${Buffer.from(`${options.auth.user}:${options.auth.password}`).toString('base64')}` : null;
    const user = options.auth?.user ?? 'anonymous';
    let self: GitHttpServer;
    const handler: RequestListener = (req, res) => {
      self.requests.push({ method: req.method ?? '', path: req.url ?? '', authorization: req.headers.authorization });
      if (expected !== null && req.headers.authorization !== expected) {
        self.refused++;
        res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="zkdeploy-test"' }).end();
        return;
      }
      backend(root, user, req, res);
    };
    const server: Server = options.tls ? createHttpsServer(options.tls, handler) : createServer(handler);
    return new Promise((resolve) => {
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        self = new GitHttpServer(server, typeof address === 'object' && address ? address.port : 0, root, options.tls ? 'https' : 'http');
        resolve(self);
      });
    });
  }

  /** The URL of the repository at `path` under the served root (as written: nothing is normalised). */
  url(path: string): string {
    return `${this.scheme}://127.0.0.1:${this.port}/${path}`;
  }

  urlOf(bareRepo: string): string {
    return this.url(basename(bareRepo));
  }

  /** The Authorization headers received, decoded (`user:password`), in order. */
  credentialsReceived(): string[] {
    return this.requests
      .map((r) => r.authorization)
      .filter((a): a is string => a !== undefined)
      .map((a) => (a.startsWith('Basic ') ? Buffer.from(a.slice(6), 'base64').toString('utf8') : a));
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** Runs git http-backend as CGI for one request and relays its answer. */
function backend(root: string, user: string, req: IncomingMessage, res: ServerResponse): void {
  // The WHATWG parser resolves `.`/`..` and `%2e` segments, as many web servers do.
  const url = new URL(req.url ?? '/', 'http://localhost');
  const cgi = spawn(HTTP_BACKEND, [], {
    env: {
      PATH: process.env['PATH'] ?? '',
      GIT_PROJECT_ROOT: root,
      GIT_HTTP_EXPORT_ALL: '1',
      REMOTE_USER: user,
      REQUEST_METHOD: req.method ?? 'GET',
      PATH_INFO: decodeURIComponent(url.pathname),
      QUERY_STRING: url.search.slice(1),
      CONTENT_TYPE: req.headers['content-type'] ?? '',
      ...(req.headers['git-protocol'] ? { GIT_PROTOCOL: String(req.headers['git-protocol']) } : {}),
    },
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  req.pipe(cgi.stdin);
  let head = Buffer.alloc(0);
  let headersDone = false;
  cgi.stdout.on('data', (chunk: Buffer) => {
    if (headersDone) return void res.write(chunk);
    head = Buffer.concat([head, chunk]);
    const end = head.indexOf('\r\n\r\n');
    if (end < 0) return;
    headersDone = true;
    let status = 200;
    for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).trim();
      const value = line.slice(colon + 1).trim();
      if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10);
      else res.setHeader(name, value);
    }
    res.writeHead(status);
    res.write(head.subarray(end + 4));
  });
  cgi.on('close', () => res.end());
}
