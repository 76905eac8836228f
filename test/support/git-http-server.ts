/**
 * A private git server on loopback: `git http-backend` (smart HTTP) behind a
 * small Node HTTP server that demands Basic auth, so tests can prove that an
 * agent reaches a private repository with credentials from its environment
 * and fails cleanly without them.
 */
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { basename, dirname, join } from 'node:path';

const HTTP_BACKEND = join(execFileSync('git', ['--exec-path'], { encoding: 'utf8' }).trim(), 'git-http-backend');

export class GitHttpServer {
  /** Requests answered 401 (no or wrong credentials). */
  refused = 0;

  private constructor(
    private readonly server: Server,
    readonly port: number,
    private readonly root: string,
  ) {}

  /** Serves the parent directory of `bareRepo`, for `user`/`password` only. */
  static start(bareRepo: string, user: string, password: string): Promise<GitHttpServer> {
    const root = dirname(bareRepo);
    const expected = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
    let self: GitHttpServer;
    const server = createServer((req, res) => {
      if (req.headers.authorization !== expected) {
        self.refused++;
        res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="zkdeploy-test"' }).end();
        return;
      }
      backend(root, user, req, res);
    });
    return new Promise((resolve) => {
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        self = new GitHttpServer(server, typeof address === 'object' && address ? address.port : 0, root);
        resolve(self);
      });
    });
  }

  urlOf(bareRepo: string): string {
    return `http://127.0.0.1:${this.port}/${basename(bareRepo)}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** Runs git http-backend as CGI for one request and relays its answer. */
function backend(root: string, user: string, req: IncomingMessage, res: ServerResponse): void {
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
