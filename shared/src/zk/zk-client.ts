/**
 * The one wrapper over node-zookeeper-client: promises, a deadline on every
 * call, typed errors, and Curator-style connection states. Nothing else in
 * zkdeploy imports the library.
 *
 * The library never fails calls made while disconnected and learns of session
 * expiry only on reconnect, so this wrapper fails such calls at once and
 * presumes the session lost once the session timeout passes without a
 * reconnect; it then closes the old client and builds a new one.
 */
import zookeeper, { type ACL as LibraryAcl, type Client as LibraryClient, type Event as LibraryEvent } from 'node-zookeeper-client';
import type { Logger } from 'pino';
import { ErrorCode } from '../errors.js';
import { silentLogger } from '../logger.js';
import { ConnectionState, type ConnectionStateChange, type ConnectionStateListener } from './connection-state.js';
import { withDeadline } from './deadline.js';
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
  logger?: Logger;
}

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
  private readonly log: Logger;
  private lib: LibraryClient | null = null;
  private lifecycle: Lifecycle = 'latent';
  private connected = false;
  private everConnected = false;
  private sessionOpenedOnce = false;
  private lostTimer: NodeJS.Timeout | null = null;
  private readonly listeners = new Set<ConnectionStateListener>();
  /** One wrapper per watcher function and client, so the library's dedup by identity works. */
  private wrappedWatchers = new WeakMap<ZkWatcher, (event: LibraryEvent) => void>();

  constructor(private readonly options: ZkClientOptions) {
    this.sessionTimeoutMs = options.sessionTimeoutMs ?? 10_000;
    this.operationTimeoutMs = options.operationTimeoutMs ?? 5_000;
    this.log = (options.logger ?? silentLogger()).child({ component: 'zk' });
  }

  /** Creates a client and waits for its first connection. */
  static async connect(options: ZkClientOptions): Promise<ZkClient> {
    const client = new ZkClient(options);
    await client.start();
    return client;
  }

  /** Connects; rejects with ERR_ZK_UNREACHABLE when no server answers in time. */
  async start(): Promise<void> {
    if (this.lifecycle !== 'latent') throw new ZkError(ErrorCode.ZK_CLOSED, 'ZooKeeper client was already started');
    this.lifecycle = 'started';
    const timeoutMs = this.options.connectTimeoutMs ?? this.sessionTimeoutMs;
    const connected = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(
          new ZkError(
            ErrorCode.ZK_UNREACHABLE,
            `could not connect to ZooKeeper at ${this.options.connectString} within ${timeoutMs} ms`,
            { hint: 'check --zk (ZKDEPLOY_ZK) and that the ensemble is running' },
          ),
        );
      }, timeoutMs);
      const off = this.onStateChange((change) => {
        if (change.state !== ConnectionState.CONNECTED) return;
        clearTimeout(timer);
        off();
        resolve();
      });
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
    const lib = this.lib;
    this.lib = null;
    this.connected = false;
    if (!lib) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 1000);
      lib.once('disconnected', () => {
        clearTimeout(timer);
        resolve();
      });
      lib.close();
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
  getAcl(path: string): Promise<ZkAcl[]> {
    return this.call('getAcl', path, undefined, (lib, settle) =>
      lib.getACL(path, (err, acls) =>
        // The library's ACL objects carry `permission`; its type definitions say `perms`.
        settle(err, (acls ?? []).map((a) => ({ perms: (a as unknown as { permission: number }).permission ?? a.perms, scheme: a.id.scheme, id: a.id.id }))),
      ),
    );
  }

  /** Replaces the node's ACL. */
  setAcl(path: string, acl: ZkAcl[]): Promise<void> {
    return this.call('setAcl', path, undefined, (lib, settle) => lib.setACL(path, this.acls(acl), -1, (err) => settle(err)));
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
    const lib = zookeeper.createClient(this.options.connectString, {
      sessionTimeout: this.sessionTimeoutMs,
      spinDelay: 200,
      // The library's own retries repeat non-idempotent creates; never let it.
      retries: 0,
    });
    if (this.options.auth) lib.addAuthInfo('digest', Buffer.from(this.options.auth));
    lib.on('connected', () => this.onLibConnected(lib));
    lib.on('connectedReadOnly', () => this.onLibConnected(lib));
    lib.on('disconnected', () => this.onLibDisconnected(lib));
    lib.on('expired', () => this.onLibExpired(lib));
    lib.on('authenticationFailed', () => this.log.error({ code: ErrorCode.ZK_AUTH_FAILED }, 'ZooKeeper authentication failed'));
    this.lib = lib;
    this.wrappedWatchers = new WeakMap();
    lib.connect();
  }

  private onLibConnected(lib: LibraryClient): void {
    if (lib !== this.lib) return;
    this.clearLostTimer();
    this.connected = true;
    const sessionId = lib.getSessionId().toString('hex');
    if (!this.everConnected) {
      this.everConnected = true;
      this.sessionOpenedOnce = true;
      this.log.info({ sessionId }, 'connected to ZooKeeper');
      this.emit({ state: ConnectionState.CONNECTED, newSession: true, sessionId });
      return;
    }
    const newSession = this.sessionOpenedOnce === false;
    this.sessionOpenedOnce = true;
    this.log.info({ sessionId, newSession }, 'reconnected to ZooKeeper');
    this.emit({ state: ConnectionState.RECONNECTED, newSession, sessionId });
  }

  private onLibDisconnected(lib: LibraryClient): void {
    if (lib !== this.lib || this.lifecycle !== 'started' || !this.connected) return;
    this.connected = false;
    this.log.warn('disconnected from ZooKeeper; session may still be alive');
    this.emit({ state: ConnectionState.SUSPENDED, newSession: false, sessionId: null });
    this.clearLostTimer();
    this.lostTimer = setTimeout(() => this.loseSession('no reconnect within the session timeout'), this.sessionTimeoutMs);
  }

  private onLibExpired(lib: LibraryClient): void {
    if (lib !== this.lib || this.lifecycle !== 'started') return;
    this.loseSession('ZooKeeper reported the session expired');
  }

  /** Drops the old client and builds a new session. */
  private loseSession(reason: string): void {
    if (this.lifecycle !== 'started') return;
    this.clearLostTimer();
    const old = this.lib;
    this.connected = false;
    this.sessionOpenedOnce = false;
    this.lib = null;
    old?.close();
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
