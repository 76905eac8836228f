/**
 * Detects a silent (black-holed) connection, which node-zookeeper-client never
 * notices on its own (no read timeout, upstream issue #13).
 *
 * The library pings after a third of the session timeout of idleness, and the
 * server answers every request and ping, so a healthy connection receives
 * bytes at least every third of the session timeout. When nothing at all has
 * arrived for two thirds of it (the Java client's read timeout), the socket is
 * destroyed and the library reconnects, possibly to another ensemble member.
 * The same rule catches a server that accepts TCP but never answers the
 * connect handshake.
 */
import type { Socket } from 'node:net';
import type { Client as LibraryClient } from 'node-zookeeper-client';
import { dropLibrarySocket, librarySocket } from './library-socket.js';

export class ReadWatchdog {
  private socket: Socket | undefined;
  private lastInbound = Date.now();
  private lastTick = Date.now();
  private timer: NodeJS.Timeout | null = null;
  private readonly onData = (): void => {
    this.lastInbound = Date.now();
  };

  /**
   * @param readTimeoutMs returns the current read timeout (it follows the negotiated session timeout)
   * @param onSilent called just before a silent socket is dropped
   */
  constructor(
    private readonly lib: LibraryClient,
    private readonly readTimeoutMs: () => number,
    private readonly onSilent: (silentMs: number) => void,
  ) {}

  /** Starts checking; the timer never keeps the process alive. */
  start(): void {
    if (this.timer) return;
    const period = Math.max(25, Math.floor(this.readTimeoutMs() / 8));
    this.lastTick = Date.now();
    this.timer = setInterval(() => this.check(period), period);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.attach(undefined);
  }

  private check(period: number): void {
    const now = Date.now();
    // A late tick means this process itself was paused (GC, SIGSTOP): bytes may
    // be waiting unread, so judge the connection only from now on.
    const paused = now - this.lastTick > period * 4;
    this.lastTick = now;
    const socket = librarySocket(this.lib);
    if (!socket || socket.destroyed || socket.connecting) {
      // No socket, or still in TCP connect, which the library times out itself.
      this.attach(undefined);
      return;
    }
    if (socket !== this.socket || paused) {
      this.attach(socket);
      return;
    }
    const silentMs = now - this.lastInbound;
    if (silentMs < this.readTimeoutMs()) return;
    this.onSilent(silentMs);
    this.attach(undefined);
    dropLibrarySocket(this.lib);
  }

  private attach(socket: Socket | undefined): void {
    if (this.socket !== socket) {
      this.socket?.off('data', this.onData);
      socket?.on('data', this.onData);
      this.socket = socket;
    }
    this.lastInbound = Date.now();
  }
}
