/**
 * A TCP fault proxy between a ZooKeeper client and one server, for the
 * network faults the wrapper must survive:
 * - `pass`: forward both ways;
 * - `refuse`: reset new connections at once;
 * - `blackhole`: accept, then deliver nothing either way (held, not lost,
 *   like a network that silently stops; `pass` delivers what was held);
 * - `mute`: requests reach the server but its answers are held, so a write
 *   happens while its client never hears of it;
 * - `drop()`: reset every current connection.
 * `inject()` writes raw bytes to the clients, to fake a server frame.
 */
import { EventEmitter, once } from 'node:events';
import { createServer, connect, type Server, type Socket } from 'node:net';

export type ProxyMode = 'pass' | 'refuse' | 'blackhole' | 'mute';

interface Pair {
  client: Socket;
  server: Socket;
  /** Bytes held while black-holed, in each direction. */
  toServer: Buffer[];
  toClient: Buffer[];
}

export class FaultProxy extends EventEmitter {
  private mode: ProxyMode = 'pass';
  private readonly pairs = new Set<Pair>();
  /** Connections accepted so far (refused ones included). */
  accepted = 0;

  private constructor(
    private readonly server: Server,
    readonly port: number,
    readonly targetPort: number,
  ) {
    super();
  }

  /** Starts a proxy on a free loopback port in front of `127.0.0.1:targetPort`. */
  static async start(targetPort: number): Promise<FaultProxy> {
    const server = createServer();
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const proxy = new FaultProxy(server, port, targetPort);
    server.on('connection', (socket) => proxy.accept(socket));
    return proxy;
  }

  /** `127.0.0.1:<proxy port>`. */
  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  get currentMode(): ProxyMode {
    return this.mode;
  }

  /** Number of open proxied connections. */
  get openConnections(): number {
    return this.pairs.size;
  }

  /** Switches mode; `pass` delivers whatever a black hole held. */
  setMode(mode: ProxyMode): void {
    this.mode = mode;
    if (mode === 'pass') for (const pair of this.pairs) this.flush(pair);
  }

  /** Resets every current connection (both sides see a reset); what was held is lost. */
  drop(): void {
    for (const pair of [...this.pairs]) this.close(pair);
  }

  /** Writes raw bytes to every connected client, as if the server sent them. */
  inject(bytes: Buffer): void {
    for (const pair of this.pairs) pair.client.write(bytes);
  }

  /** Resolves on the next accepted connection. */
  async nextConnection(): Promise<void> {
    await once(this, 'connection');
  }

  /** Resolves once no proxied connection is open. */
  async allClosed(): Promise<void> {
    while (this.pairs.size > 0) await once(this, 'closed');
  }

  async stop(): Promise<void> {
    this.drop();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: Socket): void {
    this.accepted++;
    if (this.mode === 'refuse') {
      client.resetAndDestroy();
      this.emit('connection');
      return;
    }
    const server = connect({ host: '127.0.0.1', port: this.targetPort });
    server.setNoDelay(true);
    client.setNoDelay(true);
    const pair: Pair = { client, server, toServer: [], toClient: [] };
    this.pairs.add(pair);
    client.on('data', (chunk: Buffer) => this.forward(pair, chunk, 'toServer'));
    server.on('data', (chunk: Buffer) => this.forward(pair, chunk, 'toClient'));
    for (const socket of [client, server]) {
      socket.on('error', () => this.close(pair));
      socket.on('close', () => this.close(pair));
    }
    this.emit('connection');
  }

  private forward(pair: Pair, chunk: Buffer, direction: 'toServer' | 'toClient'): void {
    if (this.mode === 'blackhole' || (this.mode === 'mute' && direction === 'toClient')) {
      pair[direction].push(chunk);
      return;
    }
    (direction === 'toServer' ? pair.server : pair.client).write(chunk);
  }

  private flush(pair: Pair): void {
    for (const chunk of pair.toServer.splice(0)) pair.server.write(chunk);
    for (const chunk of pair.toClient.splice(0)) pair.client.write(chunk);
  }

  private close(pair: Pair): void {
    if (!this.pairs.delete(pair)) return;
    for (const socket of [pair.client, pair.server]) {
      if (!socket.destroyed) socket.resetAndDestroy();
    }
    this.emit('closed');
  }
}
