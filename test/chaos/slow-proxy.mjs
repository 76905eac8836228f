/**
 * A TCP proxy that can make a server slow: while `delayMs` is set, every
 * chunk either way is held that long before it is forwarded (in order).
 * Stands in front of the git daemon for the nemesis's "git server slow".
 */
import { once } from 'node:events';
import { connect, createServer } from 'node:net';

export class SlowProxy {
  delayMs = 0;
  #sockets = new Set();

  constructor(server, port) {
    this.server = server;
    this.port = port;
  }

  static async start(targetPort) {
    const server = createServer();
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const proxy = new SlowProxy(server, server.address().port);
    server.on('connection', (client) => proxy.#accept(client, targetPort));
    return proxy;
  }

  #accept(client, targetPort) {
    const upstream = connect({ host: '127.0.0.1', port: targetPort });
    for (const s of [client, upstream]) {
      this.#sockets.add(s);
      s.on('close', () => this.#sockets.delete(s));
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    this.#pipe(client, upstream);
    this.#pipe(upstream, client);
  }

  #pipe(from, to) {
    let tail = Promise.resolve();
    from.on('data', (chunk) => {
      const delay = this.delayMs;
      tail = tail.then(() => (delay > 0 ? new Promise((r) => setTimeout(r, delay)) : undefined)).then(() => {
        if (!to.destroyed) to.write(chunk);
      });
    });
    from.on('end', () => void tail.then(() => to.end()));
  }

  async stop() {
    for (const s of this.#sockets) s.destroy();
    await new Promise((r) => this.server.close(() => r()));
  }
}
