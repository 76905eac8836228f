/**
 * The large workload's git server: git's own `git daemon`, started in inetd
 * mode for each connection, with its stdin and stdout piped to the client's
 * socket, which is set TCP_NODELAY.
 *
 * A listening `git daemon` hands the accepted socket to upload-pack, which
 * writes its answer in small pkt-lines with Nagle's algorithm on: on
 * loopback, the second small write of an answer waits for the client's
 * delayed acknowledgement. Every update fetch (one `have`) paid that wait
 * between the `acknowledgments` line and the rest, for every kind of agent
 * alike, the baseline's `git pull` too: a test server's quirk added to every
 * update, not a cost of any agent (bench/FINDINGS.md, "The bench's git
 * server and the disk between sizes"). It also listens with a backlog of 5,
 * which a hundred hosts fetching at once overflow. Here the listener is
 * Node's, and upload-pack writes to a pipe. `bytes` counts what the server
 * sent to its clients (what a new host costs the git server).
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { GIT_DAEMON, freePort } from '@zkdeploy/test-support';


/** Serves the repositories under `basePath` as `git://127.0.0.1:<port>/<name>`; `close()` stops it and every upload-pack. */
export async function startGitServer(basePath) {
  const children = new Set();
  const server = { bytes: 0, port: await freePort(), listener: null };
  // Half-open allowed: a client that has sent all it will send still gets the whole answer (ended when upload-pack exits).
  server.listener = createServer({ allowHalfOpen: true }, (socket) => {
    socket.setNoDelay(true);
    const child = spawn(GIT_DAEMON, ['--inetd', '--export-all', `--base-path=${basePath}`, basePath], { stdio: ['pipe', 'pipe', 'ignore'] });
    children.add(child);
    child.on('exit', () => {
      children.delete(child);
      socket.end();
    });
    child.on('error', () => socket.destroy());
    child.stdout.on('data', (d) => (server.bytes += d.length));
    child.stdout.pipe(socket);
    socket.pipe(child.stdin);
    // A client gone (a superseded fetch killed) ends its upload-pack; an EPIPE on either side is only that.
    socket.on('error', () => child.kill('SIGKILL'));
    socket.on('close', () => child.kill('SIGKILL'));
    child.stdin.on('error', () => undefined);
  });
  await new Promise((resolve) => server.listener.listen(server.port, '127.0.0.1', 511, resolve));
  server.close = () => {
    server.listener.close();
    for (const child of children) child.kill('SIGKILL');
  };
  return server;
}
