/**
 * Replaces how node-zookeeper-client 1.1.3 opens its connections, per client:
 * its ConnectionManager's `connect` (which calls `net.connect`, so no TLS —
 * upstream PR #97, issues #40, #56), `findNextServer` (a random 0..spinDelay
 * wait after each round, no backoff) and `onSocketConnected` (every watched
 * path re-sent in one SetWatches packet, which a server refuses once it is
 * over jute.maxbuffer: ZOOKEEPER-706).
 *
 * The replacements keep the library's own steps and event handlers and change
 * only the socket (plain or TLS, ready on `connect` or `secureConnect`), the
 * wait between rounds (reconnect-backoff.ts) and the size of each SetWatches
 * packet. They were written against the sources whose fingerprints are in
 * LIBRARY_SOURCE_FINGERPRINTS; library-connector.test.ts fails when the
 * installed library's differ, so an upgrade cannot silently break them.
 */
import type { Socket } from 'node:net';
import type { Client as LibraryClient } from 'node-zookeeper-client';
import { createRequire } from 'node:module';
import { packetFramer } from './packet-framer.js';

const require = createRequire(import.meta.url);

/** sha256 of `ConnectionManager.prototype.<name>.toString()` in node-zookeeper-client 1.1.3. */
export const LIBRARY_SOURCE_FINGERPRINTS: Record<string, string> = {
  connect: '5b32c8f11784cec753bb16e6bd9d04d95bfc868b43cae6099d0be7bd1b695928',
  findNextServer: 'cee5cb224dbbf6cd1f7d3a47130b085c3266fc84af3f3e53f9815e187253479b',
  onSocketConnected: '42fee67e5109675b3cef960c6387a7a1813d93de27555741adce53821241c07d',
};

/** The ConnectionManager methods replaced here, and the installed library's ConnectionManager prototype. */
export function libraryConnectionManagerPrototype(): Record<string, unknown> {
  const path = require.resolve('node-zookeeper-client/lib/ConnectionManager.js');
  return (require(path) as { prototype: Record<string, unknown> }).prototype;
}

export interface ZkServerAddress {
  host: string;
  port: number;
}

/** What one connection attempt came to, for the error a caller finally sees. */
export interface AttemptReport {
  server: ZkServerAddress;
  /** TCP connection made. */
  tcpConnected: boolean;
  /** TLS handshake completed (always false for plain sockets). */
  secured: boolean;
  /** Bytes the server sent (decrypted for TLS). */
  bytesIn: number;
  /** The first bytes the server sent, to recognise a TLS record on a plain socket. */
  firstBytes: Buffer;
  error: (Error & { code?: string }) | null;
  /** From TCP connect to close. */
  openMs: number | null;
}

export interface ConnectorHooks {
  /** Opens the socket to one server. */
  createSocket(server: ZkServerAddress): Socket;
  /** The event after which the ZooKeeper handshake may be written. */
  readyEvent: 'connect' | 'secureConnect';
  /** The wait before the next round (after every server was tried once). */
  nextRoundDelayMs(): number;
  /** Each attempt that closed before the server answered the ZooKeeper handshake. */
  onFailedAttempt(report: AttemptReport): void;
  /** The server answered: the connection is made. */
  onAnswered(): void;
}

/** Most path bytes one SetWatches packet carries (the Java client's SET_WATCHES_MAX_LENGTH). */
export const SET_WATCHES_MAX_PATH_BYTES = 128 * 1024;

interface Internals {
  servers: ZkServerAddress[];
  nextServerIndex: number;
  serverAttempts: number;
  socket?: Socket;
  connectTimeout: number;
  connectTimeoutHandler: NodeJS.Timeout | null;
  zxid: Buffer;
  sessionTimeout: number;
  sessionId: Buffer;
  sessionPassword: Buffer;
  chrootPath?: string;
  credentials: { scheme: string; auth: Buffer }[];
  watcherManager: {
    isEmpty(): boolean;
    getDataWatcherPaths(): string[];
    getExistenceWatcherPaths(): string[];
    getChildWatcherPaths(): string[];
  };
  setState(state: number): void;
  queue(request: unknown): void;
  connect(): void;
  findNextServer(callback: (server: ZkServerAddress) => void): void;
  onSocketConnected(): void;
  onSocketConnectTimeout(): void;
  onSocketData(buffer: Buffer): void;
  onSocketDrain(): void;
  onSocketClosed(hadError: boolean): void;
  onSocketError(error: Error): void;
  /** Set by retire: no further attempts. */
  zkdeployRetired?: boolean;
  zkdeployRoundTimer?: NodeJS.Timeout | null;
}

const CONNECTING = 1;

function internals(lib: LibraryClient): Internals {
  const manager = (lib as unknown as { connectionManager?: Internals }).connectionManager;
  if (!manager || typeof manager.onSocketData !== 'function' || !Array.isArray(manager.servers)) {
    throw new Error('node-zookeeper-client has no ConnectionManager as 1.1.3 had; the connector cannot be installed');
  }
  return manager;
}

/** Installs the connector on a client that has not connected yet. */
export function installConnector(lib: LibraryClient, hooks: ConnectorHooks): void {
  const m = internals(lib);
  m.findNextServer = (callback) => findNextServer(m, hooks, callback);
  m.connect = () => connect(m, hooks);
  m.onSocketConnected = () => onSocketConnected(m);
}

/** Stops a client's connector for good: no pending round, no new socket. */
export function retireConnector(lib: LibraryClient): void {
  const m = (lib as unknown as { connectionManager?: Internals }).connectionManager;
  if (!m) return;
  m.zkdeployRetired = true;
  if (m.zkdeployRoundTimer) clearTimeout(m.zkdeployRoundTimer);
  m.zkdeployRoundTimer = null;
}

/** The library's findNextServer with the round wait from `hooks` (and none once retired). */
function findNextServer(m: Internals, hooks: ConnectorHooks, callback: (server: ZkServerAddress) => void): void {
  m.nextServerIndex %= m.servers.length;
  const next = (): void => {
    m.zkdeployRoundTimer = null;
    if (m.zkdeployRetired) return;
    callback(m.servers[m.nextServerIndex]!);
    m.nextServerIndex += 1;
  };
  if (m.serverAttempts === m.servers.length) {
    m.serverAttempts = 0;
    m.zkdeployRoundTimer = setTimeout(next, hooks.nextRoundDelayMs());
  } else {
    m.serverAttempts += 1;
    process.nextTick(next);
  }
}

/** The library's connect, with the socket from `hooks` and a report of every attempt the server did not answer. */
function connect(m: Internals, hooks: ConnectorHooks): void {
  if (m.zkdeployRetired) return;
  m.setState(CONNECTING);
  m.findNextServer((server) => {
    const socket = hooks.createSocket(server);
    m.socket = socket;
    // For TLS the connect timeout also bounds the handshake: it is cleared only once the socket is ready.
    m.connectTimeoutHandler = setTimeout(m.onSocketConnectTimeout.bind(m), m.connectTimeout);
    socket.setNoDelay();
    watchAttempt(socket, server, hooks);
    socket.on(hooks.readyEvent, m.onSocketConnected.bind(m));
    socket.on('data', packetFramer(m.onSocketData.bind(m), () => socket.destroyed));
    socket.on('drain', m.onSocketDrain.bind(m));
    socket.on('close', m.onSocketClosed.bind(m));
    socket.on('error', m.onSocketError.bind(m));
  });
}

function watchAttempt(socket: Socket, server: ZkServerAddress, hooks: ConnectorHooks): void {
  const report: AttemptReport = { server, tcpConnected: false, secured: false, bytesIn: 0, firstBytes: Buffer.alloc(0), error: null, openMs: null };
  let connectedAt = 0;
  socket.once('connect', () => {
    report.tcpConnected = true;
    connectedAt = Date.now();
  });
  socket.once('secureConnect', () => {
    report.secured = true;
  });
  const onData = (chunk: Buffer): void => {
    if (report.firstBytes.length < 8) report.firstBytes = Buffer.concat([report.firstBytes, chunk]).subarray(0, 8);
    report.bytesIn += chunk.length;
    // 36 bytes or more: at least a whole ZooKeeper connect response.
    if (report.bytesIn >= 36 && report.firstBytes.readInt32BE(0) <= report.bytesIn) {
      socket.off('data', onData);
      hooks.onAnswered();
      report.bytesIn = -1;
    }
  };
  socket.on('data', onData);
  socket.once('error', (err: Error & { code?: string }) => {
    report.error ??= err;
  });
  socket.once('close', () => {
    if (report.bytesIn < 0) return;
    report.openMs = connectedAt ? Date.now() - connectedAt : null;
    hooks.onFailedAttempt(report);
  });
}

/**
 * The library's onSocketConnected with the watched paths re-sent in packets
 * of at most SET_WATCHES_MAX_PATH_BYTES path bytes each, as the Java client
 * does since ZOOKEEPER-706.
 */
function onSocketConnected(m: Internals): void {
  const jute = loadJute();
  if (m.connectTimeoutHandler) clearTimeout(m.connectTimeoutHandler);
  const connectRequest = new jute.Request(
    null,
    new jute.protocol.ConnectRequest(jute.PROTOCOL_VERSION, m.zxid, m.sessionTimeout, m.sessionId, m.sessionPassword),
  );
  m.socket!.write(connectRequest.toBuffer());
  for (const credential of m.credentials) {
    const header = new jute.protocol.RequestHeader();
    const payload = new jute.protocol.AuthPacket();
    header.xid = jute.XID_AUTHENTICATION;
    header.type = jute.OP_CODES.AUTH;
    payload.type = 0;
    payload.scheme = credential.scheme;
    payload.auth = credential.auth;
    m.queue(new jute.Request(header, payload));
  }
  if (m.watcherManager.isEmpty()) return;
  const watches = {
    dataWatches: m.watcherManager.getDataWatcherPaths(),
    existWatches: m.watcherManager.getExistenceWatcherPaths(),
    childWatches: m.watcherManager.getChildWatcherPaths(),
  };
  for (const chunk of chunkWatches(watches, SET_WATCHES_MAX_PATH_BYTES)) {
    const header = new jute.protocol.RequestHeader();
    const payload = new jute.protocol.SetWatches();
    header.type = jute.OP_CODES.SET_WATCHES;
    header.xid = jute.XID_SET_WATCHES;
    payload.setChrootPath(m.chrootPath);
    payload.relativeZxid = m.zxid;
    payload.dataWatches = chunk.dataWatches;
    payload.existWatches = chunk.existWatches;
    payload.childWatches = chunk.childWatches;
    m.queue(new jute.Request(header, payload));
  }
}

export interface WatchSet {
  dataWatches: string[];
  existWatches: string[];
  childWatches: string[];
}

/** Splits watched paths into sets of at most `maxPathBytes` path bytes each (a single longer path gets a set of its own). */
export function chunkWatches(watches: WatchSet, maxPathBytes: number): WatchSet[] {
  const chunks: WatchSet[] = [];
  let current: WatchSet = { dataWatches: [], existWatches: [], childWatches: [] };
  let bytes = 0;
  for (const kind of ['dataWatches', 'existWatches', 'childWatches'] as const) {
    for (const path of watches[kind]) {
      const size = Buffer.byteLength(path);
      if (bytes > 0 && bytes + size > maxPathBytes) {
        chunks.push(current);
        current = { dataWatches: [], existWatches: [], childWatches: [] };
        bytes = 0;
      }
      current[kind].push(path);
      bytes += size;
    }
  }
  if (bytes > 0 || chunks.length === 0) chunks.push(current);
  return chunks;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Jute = any;
let jute: Jute | null = null;
function loadJute(): Jute {
  jute ??= require(require.resolve('node-zookeeper-client/lib/jute/index.js'));
  return jute;
}
