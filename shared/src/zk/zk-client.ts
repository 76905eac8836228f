/**
 * The one wrapper over node-zookeeper-client: promises, a deadline on every
 * call, typed errors, and Curator-style connection states. Nothing else in
 * zkdeploy imports the library.
 *
 * What the wrapper adds to node-zookeeper-client 1.1.3, fault by fault:
 * - no read timeout (a black-holed connection stays "connected"): a read
 *   watchdog drops a connection that received nothing for 2/3 of the session
 *   timeout (read-watchdog.ts);
 * - calls made while disconnected wait for ever: they fail at once with
 *   ERR_ZK_DISCONNECTED, and every call has a deadline (ERR_ZK_TIMEOUT);
 * - expiry is learned only on reconnect: the session is presumed lost once
 *   the session timeout passes without a reconnect (LOST), the old client is
 *   retired and a new client and session are built;
 * - unknown server error codes crash the process: they become
 *   ERR_ZK_SERVER_ERROR on that call (unknown-error-codes.ts);
 * - the library's retries repeat non-idempotent creates: they are off;
 *   `createOnce` resolves an unanswered create by looking (safe-create.ts);
 * - it connects with `net.connect` only (no TLS), waits 0..1 s between rounds
 *   of attempts without backoff, and re-sends every watch in one packet on
 *   reconnect: its connection step is replaced (library-connector.ts) to open
 *   verified TLS sockets (zk-tls.ts), back off exponentially with full jitter
 *   (reconnect-backoff.ts) and chunk the re-sent watches;
 * - a failed connect says only that it timed out: the attempts' failures are
 *   diagnosed (TLS, TLS on one side only, connections closed at once by
 *   maxClientCnxns) in connection-diagnosis.ts.
 */
import zookeeper, { type ACL as LibraryAcl, type Client as LibraryClient, type Event as LibraryEvent } from 'node-zookeeper-client';
import type { Logger } from 'pino';
import { QUIET_LOG, type ComponentLog } from '../component-log.js';
import { ErrorCode } from '../errors.js';
import { ConnectionState, type ConnectionStateChange, type ConnectionStateListener } from './connection-state.js';
import { withDeadline } from './deadline.js';
import { negotiatedSessionTimeoutMs, retireLibraryClient } from './library-socket.js';
import { ReadWatchdog } from './read-watchdog.js';
import { createOnce, type CreateOnceOptions } from './safe-create.js';
import { tolerateUnknownServerCodes } from './unknown-error-codes.js';
import { diagnoseUnreachable, isDefinitiveFailure } from './connection-diagnosis.js';
import { installConnector, type AttemptReport } from './library-connector.js';
import { ReconnectBackoff, reconnectPolicy } from './reconnect-backoff.js';
import { connectTls, loadZkTls, type ZkTlsOptions, type ZkTlsSettings } from './zk-tls.js';
import { connect as netConnect } from 'node:net';
import { ZkError, toZkError } from './zk-errors.js';
import { toZkStat, type ZkStat } from './zk-stat.js';
import { toLibraryAcls, type ZkAcl } from './zk-acl.js';

export type CreateMode = 'persistent' | 'ephemeral' | 'persistent_sequential' | 'ephemeral_sequential';

export interface ZkWatchEvent {
  type: 'created' | 'deleted' | 'changed' | 'children';
  path: string;
}
export type ZkWatcher = (event: ZkWatchEvent) => void;

export type ZkOp =
  | { op: 'create'; path: string; data?: Buffer; mode?: CreateMode; acl?: ZkAcl[] }
  | { op: 'set'; path: string; data: Buffer; version: number }
  | { op: 'check'; path: string; version: number }
  | { op: 'delete'; path: string; version: number };

export interface ZkClientOptions {
  /** `host:port[,host:port…][/chroot]`. */
  connectString: string;
  sessionTimeoutMs?: number;
  /** Deadline of each call. */
  operationTimeoutMs?: number;
  /** How long `start()` waits for the first connection. */
  connectTimeoutMs?: number;
  /** `user:password` for ZooKeeper digest auth. */
  auth?: string;
  /** Connect with TLS (server certificates always verified); a client certificate authenticates as `x509`. */
  tls?: ZkTlsOptions;
  logger?: Logger;
}

/** How many failed attempts a client remembers for the error it finally reports. */
const ATTEMPTS_KEPT = 16;

export interface CallOptions {
  watch?: ZkWatcher;
  timeoutMs?: number;
}

const MODES: Record<CreateMode, number> = {
  persistent: zookeeper.CreateMode.PERSISTENT,
  ephemeral: zookeeper.CreateMode.EPHEMERAL,
  persistent_sequential: zookeeper.CreateMode.PERSISTENT_SEQUENTIAL,
  ephemeral_sequential: zookeeper.CreateMode.EPHEMERAL_SEQUENTIAL,
};

const EVENT_TYPES: Record<number, ZkWatchEvent['type']> = { 1: 'created', 2: 'deleted', 3: 'changed', 4: 'children' };

type Lifecycle = 'latent' | 'started' | 'closed';

/** A ZooKeeper client that outlives sessions: after LOST it builds a new session itself. */
export class ZkClient {
  readonly sessionTimeoutMs: number;
  readonly operationTimeoutMs: number;
  private readonly log: ComponentLog;
  private lib: LibraryClient | null = null;
  private lifecycle: Lifecycle = 'latent';
  private connected = false;
  private everConnected = false;
  /** Hex id of the last session this client had, to tell a reconnect from a new session. */
  private lastSessionId: string | null = null;
  private lostTimer: NodeJS.Timeout | null = null;
  private watchdog: ReadWatchdog | null = null;
  private readonly listeners = new Set<ConnectionStateListener>();
  /** One wrapper per watcher function and client, so the library's dedup by identity works. */
  private wrappedWatchers = new WeakMap<ZkWatcher, (event: LibraryEvent) => void>();
  private readonly tls: ZkTlsSettings | null;
  /** Rounds of failed attempts; kept across sessions so a fleet recreating clients still backs off. */
  private readonly backoff: ReconnectBackoff;
  /** The latest attempts the server did not answer, newest last; cleared by a connection. */
  private attempts: AttemptReport[] = [];
  private definitiveFailures = 0;
  private lastLoggedFailure: string | null = null;
  /** Rejects a pending start() early, when more attempts cannot help. */
  private failStart: ((err: ZkError) => void) | null = null;

  /** Throws ERR_USAGE or ERR_ZK_TLS_KEY_MISMATCH when the TLS files are unusable. */
  constructor(private readonly options: ZkClientOptions) {
    this.sessionTimeoutMs = options.sessionTimeoutMs ?? 10_000;
    this.operationTimeoutMs = options.operationTimeoutMs ?? 5_000;
    this.log = options.logger?.child({ component: 'zk' }) ?? QUIET_LOG;
    this.tls = options.tls ? loadZkTls(options.tls) : null;
    this.backoff = new ReconnectBackoff(() => reconnectPolicy(this.sessionTimeoutMs));
  }

  /** Creates a client and waits for its first connection. */
  static async connect(options: ZkClientOptions): Promise<ZkClient> {
    const client = new ZkClient(options);
    await client.start();
    return client;
  }

  /** Another session with this client's servers, auth and TLS (`connectTimeoutMs` may be shortened). */
  connectAnother(connectTimeoutMs?: number): Promise<ZkClient> {
    return ZkClient.connect({ ...this.options, ...(connectTimeoutMs === undefined ? {} : { connectTimeoutMs }) });
  }

  /** Connects; rejects with ERR_ZK_UNREACHABLE when no server answers in time. */
  async start(): Promise<void> {
    if (this.lifecycle !== 'latent') throw new ZkError(ErrorCode.ZK_CLOSED, 'ZooKeeper client was already started');
    this.lifecycle = 'started';
    const timeoutMs = this.options.connectTimeoutMs ?? this.sessionTimeoutMs;
    const connected = new Promise<void>((resolve, reject) => {
      const fail = (err: ZkError): void => {
        clearTimeout(timer);
        off();
        this.failStart = null;
        reject(err);
      };
      const timer = setTimeout(() => {
        this.failStart = null;
        void diagnoseUnreachable(this.options.connectString, timeoutMs, this.attempts, this.tls).then(fail);
      }, timeoutMs);
      const off = this.onStateChange((change) => {
        if (change.state !== ConnectionState.CONNECTED) return;
        clearTimeout(timer);
        off();
        this.failStart = null;
        resolve();
      });
      this.failStart = fail;
    });
    this.openSession();
    try {
      await connected;
    } catch (err) {
      await this.close();
      throw err;
    }
  }

  /** Closes the session (ephemerals go at once). Idempotent. */
  async close(): Promise<void> {
    if (this.lifecycle === 'closed') return;
    this.lifecycle = 'closed';
    this.clearLostTimer();
    this.stopWatchdog();
    const lib = this.lib;
    const wasConnected = this.connected;
    this.lib = null;
    this.connected = false;
    if (!lib) return;
    if (wasConnected) {
      // Ask the server to end the session (ephemerals go at once), but never wait long for the answer.
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(1000, this.operationTimeoutMs));
        lib.once('disconnected', () => {
          clearTimeout(timer);
          resolve();
        });
        lib.close();
      });
    }
    retireLibraryClient(lib);
  }

  /**
   * Resolves once connected; rejects with ERR_ZK_DISCONNECTED when not
   * connected within `timeoutMs` (default: the operation timeout), or with
   * ERR_ZK_CLOSED when the client closes.
   */
  whenConnected(timeoutMs = this.operationTimeoutMs): Promise<void> {
    if (this.lifecycle === 'closed') return Promise.reject(new ZkError(ErrorCode.ZK_CLOSED, 'the ZooKeeper client is closed'));
    if (this.connected) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(new ZkError(ErrorCode.ZK_DISCONNECTED, `not connected to ZooKeeper within ${timeoutMs} ms`));
      }, timeoutMs);
      const off = this.onStateChange((change) => {
        if (change.state === ConnectionState.CONNECTED || change.state === ConnectionState.RECONNECTED) {
          clearTimeout(timer);
          off();
          resolve();
        }
      });
    });
  }

  /** Subscribes to connection state changes; returns the unsubscribe function. */
  onStateChange(listener: ConnectionStateListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get isConnected(): boolean {
    return this.connected;
  }

  get isClosed(): boolean {
    return this.lifecycle === 'closed';
  }

  /** The session timeout the server granted (ZooKeeper clamps the requested one to its min/max). */
  get negotiatedSessionTimeoutMs(): number {
    return (this.lib && negotiatedSessionTimeoutMs(this.lib)) ?? this.sessionTimeoutMs;
  }

  /** The current session id in hex, or null while there is none. */
  get sessionId(): string | null {
    return this.lib && this.connected ? this.lib.getSessionId().toString('hex') : null;
  }

  /** The current session id and password, for tests that expire a session on purpose. */
  sessionCredentials(): { sessionId: Buffer; password: Buffer } | null {
    if (!this.lib || !this.connected) return null;
    return { sessionId: this.lib.getSessionId(), password: this.lib.getSessionPassword() };
  }

  // ---- operations --------------------------------------------------------

  /** The node's stat, or null when it does not exist (a watch is set either way). */
  exists(path: string, options: CallOptions = {}): Promise<ZkStat | null> {
    return this.call<ZkStat | null>('exists', path, options.timeoutMs, (lib, settle) => {
      const cb = (err: unknown, stat: zookeeper.Stat | undefined) => settle(err, stat ? toZkStat(stat) : null);
      if (options.watch) lib.exists(path, this.watcher(lib, options.watch), cb);
      else lib.exists(path, cb);
    });
  }

  /** The node's data and stat, or null when it does not exist. */
  async get(path: string, options: CallOptions = {}): Promise<{ data: Buffer; stat: ZkStat } | null> {
    try {
      return await this.call('get', path, options.timeoutMs, (lib, settle) => {
        const cb = (err: unknown, data: Buffer | undefined, stat: zookeeper.Stat) =>
          settle(err, err ? undefined : { data: data ?? Buffer.alloc(0), stat: toZkStat(stat) });
        if (options.watch) lib.getData(path, this.watcher(lib, options.watch), cb);
        else lib.getData(path, cb);
      });
    } catch (err) {
      if (err instanceof ZkError && err.code === ErrorCode.ZK_NO_NODE) return null;
      throw err;
    }
  }

  /** The node's children (unsorted), or null when it does not exist. */
  async children(path: string, options: CallOptions = {}): Promise<string[] | null> {
    try {
      return await this.call('children', path, options.timeoutMs, (lib, settle) => {
        const cb = (err: unknown, children: string[]) => settle(err, children);
        if (options.watch) lib.getChildren(path, this.watcher(lib, options.watch), cb);
        else lib.getChildren(path, cb);
      });
    } catch (err) {
      if (err instanceof ZkError && err.code === ErrorCode.ZK_NO_NODE) return null;
      throw err;
    }
  }

  /** Sets data; `version` -1 means unconditionally. */
  set(path: string, data: Buffer, version = -1, timeoutMs?: number): Promise<ZkStat> {
    return this.call('set', path, timeoutMs, (lib, settle) =>
      lib.setData(path, data, version, (err, stat) => settle(err, stat ? toZkStat(stat) : undefined)),
    );
  }

  /** Creates a node; returns its actual path (sequential nodes get a suffix). */
  create(path: string, data: Buffer = Buffer.alloc(0), mode: CreateMode = 'persistent', acl?: ZkAcl[], timeoutMs?: number): Promise<string> {
    return this.call('create', path, timeoutMs, (lib, settle) =>
      lib.create(path, data, this.acls(acl), MODES[mode], (err, created) => settle(err, created)),
    );
  }

  /**
   * Creates a node at most once, even when the answer is lost: after a
   * timeout or connection loss it waits for the connection, looks for the
   * node it may have made (owner session for ephemerals, data for others,
   * the children of the parent for sequential nodes), and only creates again
   * when it is not there. Returns the actual path.
   */
  createOnce(path: string, data: Buffer = Buffer.alloc(0), mode: CreateMode = 'persistent', options: CreateOnceOptions = {}): Promise<string> {
    return createOnce(this, path, data, mode, options);
  }

  /** Deletes a node; `version` -1 means any version. */
  delete(path: string, version = -1, timeoutMs?: number): Promise<void> {
    return this.call('delete', path, timeoutMs, (lib, settle) => lib.remove(path, version, (err) => settle(err)));
  }

  /** Runs the ops atomically: all of them or none. */
  multi(ops: ZkOp[], timeoutMs?: number): Promise<void> {
    const path = ops[0]?.path ?? '/';
    return this.call('multi', path, timeoutMs, (lib, settle) => {
      const tx = lib.transaction();
      for (const op of ops) {
        if (op.op === 'create') tx.create(op.path, op.data ?? Buffer.alloc(0), this.acls(op.acl), MODES[op.mode ?? 'persistent']);
        else if (op.op === 'set') tx.setData(op.path, op.data, op.version);
        else if (op.op === 'check') tx.check(op.path, op.version);
        else tx.remove(op.path, op.version);
      }
      // The library's Transaction turns version 0 into -1 (`version || -1`): a compare-and-set at version 0 would be unconditional.
      const queued = (tx as unknown as { ops: { version?: number }[] }).ops;
      ops.forEach((op, i) => {
        if (op.op !== 'create' && queued[i]) queued[i].version = op.version;
      });
      tx.commit((err) => settle(err));
    });
  }

  /** Creates every missing persistent node along `path`. */
  async ensurePath(path: string, acl?: ZkAcl[]): Promise<void> {
    let current = '';
    for (const segment of path.split('/').filter(Boolean)) {
      current += `/${segment}`;
      if (await this.exists(current)) continue;
      try {
        await this.create(current, Buffer.alloc(0), 'persistent', acl);
      } catch (err) {
        if (!(err instanceof ZkError && err.code === ErrorCode.ZK_NODE_EXISTS)) throw err;
      }
    }
  }

  /** The node's ACL. */
  getAcl(path: string, timeoutMs?: number): Promise<ZkAcl[]> {
    return this.call('getAcl', path, timeoutMs, (lib, settle) =>
      lib.getACL(path, (err, acls) =>
        // The library's ACL objects carry `permission`; its type definitions say `perms`.
        settle(err, (acls ?? []).map((a) => ({ perms: (a as unknown as { permission: number }).permission ?? a.perms, scheme: a.id.scheme, id: a.id.id }))),
      ),
    );
  }

  /** Replaces the node's ACL; `version` (the stat's `aversion`) makes it a compare-and-set, -1 means any. */
  setAcl(path: string, acl: ZkAcl[], timeoutMs?: number, version = -1): Promise<void> {
    return this.call('setAcl', path, timeoutMs, (lib, settle) => lib.setACL(path, this.acls(acl), version, (err) => settle(err)));
  }

  // ---- internals ---------------------------------------------------------

  private call<T>(
    op: string,
    path: string,
    timeoutMs: number | undefined,
    start: (lib: LibraryClient, settle: (err: unknown, value?: T) => void) => void,
  ): Promise<T> {
    const lib = this.lib;
    if (this.lifecycle !== 'started' || !lib) {
      return Promise.reject(new ZkError(ErrorCode.ZK_CLOSED, `${op} ${path}: the ZooKeeper client is closed`, { path }));
    }
    if (!this.connected) {
      return Promise.reject(
        new ZkError(ErrorCode.ZK_DISCONNECTED, `${op} ${path}: not connected to ZooKeeper`, { path }),
      );
    }
    return withDeadline<T>(op, path, timeoutMs ?? this.operationTimeoutMs, (settle) =>
      start(lib, (err, value) => settle(err ? toZkError(err, op, path) : null, value)),
    );
  }

  private acls(acl: ZkAcl[] | undefined): LibraryAcl[] {
    return toLibraryAcls(acl);
  }

  /** Wraps a watcher so that events of a replaced client never reach it. */
  private watcher(lib: LibraryClient, watch: ZkWatcher): (event: LibraryEvent) => void {
    const existing = this.wrappedWatchers.get(watch);
    if (existing) return existing;
    const wrapped = (event: LibraryEvent): void => {
      if (lib !== this.lib) return;
      const type = EVENT_TYPES[event.getType()];
      if (type) this.safely(() => watch({ type, path: event.getPath() }));
    };
    this.wrappedWatchers.set(watch, wrapped);
    return wrapped;
  }

  private openSession(): void {
    tolerateUnknownServerCodes();
    const lib = zookeeper.createClient(this.options.connectString, {
      sessionTimeout: this.sessionTimeoutMs,
      spinDelay: 200,
      // The library's own retries repeat non-idempotent creates; never let it.
      retries: 0,
    });
    const tls = this.tls;
    installConnector(lib, {
      createSocket: (server) => (tls ? connectTls(tls, server) : netConnect(server)),
      readyEvent: tls ? 'secureConnect' : 'connect',
      nextRoundDelayMs: () => this.backoff.nextDelayMs(),
      onFailedAttempt: (report) => this.onFailedAttempt(lib, report),
      onAnswered: () => {
        this.backoff.reset();
        this.attempts = [];
        this.definitiveFailures = 0;
        this.lastLoggedFailure = null;
      },
    });
    if (this.options.auth) lib.addAuthInfo('digest', Buffer.from(this.options.auth));
    lib.on('connected', () => this.onLibConnected(lib));
    lib.on('connectedReadOnly', () => this.onLibConnected(lib));
    lib.on('disconnected', () => this.onLibDisconnected(lib));
    lib.on('expired', () => this.onLibExpired(lib));
    lib.on('authenticationFailed', () => this.log.error({ code: ErrorCode.ZK_AUTH_FAILED }, 'ZooKeeper authentication failed'));
    this.lib = lib;
    this.wrappedWatchers = new WeakMap();
    this.stopWatchdog();
    this.watchdog = new ReadWatchdog(
      lib,
      () => Math.floor((negotiatedSessionTimeoutMs(lib) ?? this.sessionTimeoutMs) * (2 / 3)),
      (silentMs) => this.log.warn({ silentMs }, 'no reply from ZooKeeper; dropping the silent connection to reconnect'),
    );
    this.watchdog.start();
    lib.connect();
  }

  /** Remembers a failed attempt; a start() that more attempts cannot help fails at once; a new kind of failure is logged. */
  private onFailedAttempt(lib: LibraryClient, report: AttemptReport): void {
    if (lib !== this.lib) return;
    this.attempts.push(report);
    if (this.attempts.length > ATTEMPTS_KEPT) this.attempts.shift();
    const definitive = isDefinitiveFailure(report, this.tls !== null);
    this.definitiveFailures = definitive ? this.definitiveFailures + 1 : 0;
    const kind = `${report.error?.code ?? ''} ${report.error?.message ?? (report.tcpConnected ? 'closed' : '')}`;
    if (report.error && kind !== this.lastLoggedFailure) {
      this.lastLoggedFailure = kind;
      this.log.warn({ server: `${report.server.host}:${report.server.port}`, err: report.error.message, code: report.error.code }, 'connection attempt to ZooKeeper failed');
    }
    const servers = this.options.connectString.split('/')[0]!.split(',').length;
    if (this.failStart && this.definitiveFailures >= servers) {
      const fail = this.failStart;
      this.failStart = null;
      void diagnoseUnreachable(this.options.connectString, null, this.attempts, this.tls).then(fail);
    }
  }

  private stopWatchdog(): void {
    this.watchdog?.stop();
    this.watchdog = null;
  }

  private onLibConnected(lib: LibraryClient): void {
    if (lib !== this.lib) return;
    this.clearLostTimer();
    this.connected = true;
    const sessionId = lib.getSessionId().toString('hex');
    const newSession = sessionId !== this.lastSessionId;
    this.lastSessionId = sessionId;
    if (!this.everConnected) {
      this.everConnected = true;
      this.log.info({ sessionId, sessionTimeoutMs: this.negotiatedSessionTimeoutMs }, 'connected to ZooKeeper');
      this.emit({ state: ConnectionState.CONNECTED, newSession: true, sessionId });
      return;
    }
    this.log.info({ sessionId, newSession }, 'reconnected to ZooKeeper');
    this.emit({ state: ConnectionState.RECONNECTED, newSession, sessionId });
  }

  private onLibDisconnected(lib: LibraryClient): void {
    if (lib !== this.lib || this.lifecycle !== 'started' || !this.connected) return;
    this.connected = false;
    this.log.warn('disconnected from ZooKeeper; session may still be alive');
    this.emit({ state: ConnectionState.SUSPENDED, newSession: false, sessionId: null });
    this.clearLostTimer();
    this.lostTimer = setTimeout(
      () => this.loseSession('no reconnect within the session timeout; presuming the session expired'),
      this.negotiatedSessionTimeoutMs,
    );
  }

  private onLibExpired(lib: LibraryClient): void {
    if (lib !== this.lib || this.lifecycle !== 'started') return;
    this.loseSession('ZooKeeper reported the session expired');
  }

  /** Drops the old client and builds a new session. */
  private loseSession(reason: string): void {
    if (this.lifecycle !== 'started') return;
    this.clearLostTimer();
    this.stopWatchdog();
    const old = this.lib;
    this.connected = false;
    this.lib = null;
    // The session is (presumed) gone, so there is nothing to close politely.
    if (old) retireLibraryClient(old);
    this.log.warn({ reason }, 'ZooKeeper session lost; opening a new session');
    this.emit({ state: ConnectionState.LOST, newSession: false, sessionId: null });
    if (this.lifecycle === 'started') this.openSession();
  }

  private clearLostTimer(): void {
    if (this.lostTimer) clearTimeout(this.lostTimer);
    this.lostTimer = null;
  }

  private emit(change: ConnectionStateChange): void {
    for (const listener of [...this.listeners]) this.safely(() => listener(change));
  }

  /** A listener that throws is logged and never breaks the loop. */
  private safely(fn: () => void): void {
    try {
      fn();
    } catch (err) {
      this.log.error({ err }, 'listener threw');
    }
  }
}
