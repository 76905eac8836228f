/**
 * LeaderElection recipe (ZooKeeper's leader-election recipe, Curator's
 * LeaderLatch): every member creates an ephemeral sequential node
 * `m-<seq>` under the group; the lowest sequence number leads; every other
 * member watches only the node just below its own, so when the leader goes
 * exactly one member wakes up (no herd effect).
 *
 * ZooKeeper caveats this recipe handles:
 * - A create whose answer is lost (deadline, dropped connection) may have
 *   happened; creating again would leave a duplicate member that nobody owns
 *   in practice. The member joins with the wrapper's `createOnce` (Curator's
 *   protected create), which after an unanswered create finds the node by
 *   its owner (this session) and its data before creating again; so one
 *   session holds at most one member of a group. The member's data is the
 *   caller's bytes: what a member record says is the application's business.
 * - Leadership is only as good as the session. On SUSPENDED the leader stops
 *   leading at once: the session may expire while we cannot hear about it,
 *   and another member takes over when it does. After RECONNECTED on the
 *   same session the member re-checks its place; after LOST its node is gone
 *   (or about to be) and it joins again at the back of the line.
 * - node-zookeeper-client has no read timeout, and a paused process (SIGSTOP,
 *   a long GC, a frozen VM) hears nothing at all. So the leader holds a lease
 *   that it renews by reading its own node; when no read sent in the last
 *   `leaseMs` (half the session timeout by default) has succeeded, it steps
 *   down, before the server could have expired the session. The check runs in
 *   a timer, which Node runs before any I/O after a pause.
 * - Watches are one-shot: the predecessor watch is re-armed by re-checking
 *   the whole line after every event and every reconnect.
 */
import type { Logger } from 'pino';
import { QUIET_LOG, type ComponentLog } from '../component-log.js';
import { CoalescingRunner } from './coalescing-runner.js';
import { ConnectionState, type ConnectionStateChange } from '../zk/connection-state.js';
import type { ZkClient, ZkWatcher } from '../zk/zk-client.js';
import type { ZkAcl } from '../zk/zk-acl.js';
import { backoffDelay } from '../zk/retry.js';
import { MEMBER_PREFIX, electionOrder } from './election-order.js';

/** Told every time leadership changes, and once at the first decision. A returned promise is awaited only by `close()`. */
export type LeadershipListener = (leader: boolean, reason: string) => void | Promise<void>;

export interface LeaderElectionOptions {
  /** The member node's data (agents write a group member record); default empty. */
  data?: Buffer;
  /** How long leadership lasts without a successful read from ZooKeeper; default half the session timeout. */
  leaseMs?: number;
  /** ACL of the member node and of the group node if it has to be made (ACLs are not inherited). */
  acl?: ZkAcl[];
  logger?: Logger;
}

export class LeaderElection {
  private lifecycle: 'latent' | 'started' | 'closed' = 'latent';
  private memberPath: string | null = null;
  private memberSession: string | null = null;
  /** Aborted by close(): stops a join that is retrying its create. */
  private readonly closing = new AbortController();
  private leader = false;
  private reported: boolean | undefined = undefined;
  private lastConfirmedAt = 0;
  private failures = 0;
  private retryTimer: NodeJS.Timeout | null = null;
  private leaseTimer: NodeJS.Timeout | null = null;
  private unsubscribe: (() => void) | null = null;
  private readonly runner = new CoalescingRunner(() => this.evaluate());
  private readonly leaseMs: number;
  private readonly log: ComponentLog;
  private readonly onPredecessorEvent: ZkWatcher = () => void this.trigger();

  constructor(
    private readonly client: ZkClient,
    readonly groupPath: string,
    private readonly listener: LeadershipListener,
    private readonly options: LeaderElectionOptions = {},
  ) {
    this.leaseMs = options.leaseMs ?? Math.floor(client.sessionTimeoutMs / 2);
    this.log = options.logger?.child({ component: 'election', group: groupPath }) ?? QUIET_LOG;
  }

  /** Joins the group; the listener hears the outcome. Join failures are retried with backoff. */
  start(): void {
    if (this.lifecycle !== 'latent') return;
    this.lifecycle = 'started';
    this.unsubscribe = this.client.onStateChange((change) => this.onConnectionChange(change));
    this.leaseTimer = setInterval(() => this.checkLease(), Math.max(25, Math.floor(this.leaseMs / 4)));
    void this.trigger();
  }

  /** True while this member leads (and its lease holds). */
  get isLeader(): boolean {
    return this.leader;
  }

  /** This member's node name (`m-0000000007`), or null while it has none. */
  get memberName(): string | null {
    return this.memberPath ? this.memberPath.slice(this.memberPath.lastIndexOf('/') + 1) : null;
  }

  /** Leaves the group: a leader first steps down (awaiting the listener), then the node is deleted. Idempotent. */
  async close(): Promise<void> {
    if (this.lifecycle === 'closed') return;
    this.lifecycle = 'closed';
    this.unsubscribe?.();
    this.closing.abort();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.leaseTimer) clearInterval(this.leaseTimer);
    await this.runner.idle();
    if (this.leader) {
      this.leader = false;
      this.reported = false;
      await this.notify(false, 'leaving the group');
    }
    await this.deleteOwnNode();
  }

  /** Re-checks this member's place in line. */
  trigger(): Promise<void> {
    return this.lifecycle === 'started' ? this.runner.trigger() : Promise.resolve();
  }

  private onConnectionChange(change: ConnectionStateChange): void {
    if (change.state === ConnectionState.SUSPENDED) this.setLeader(false, 'connection to ZooKeeper suspended; the session may expire');
    else if (change.state === ConnectionState.LOST) this.setLeader(false, 'ZooKeeper session lost');
    else void this.trigger();
  }

  /** Steps down when the lease ran out; otherwise renews it with a read of the member's own node. */
  private checkLease(): void {
    if (!this.leader) return;
    if (Date.now() - this.lastConfirmedAt > this.leaseMs) {
      this.setLeader(false, `no answer from ZooKeeper within the ${this.leaseMs} ms lease`);
      void this.trigger();
      return;
    }
    const path = this.memberPath;
    const session = this.memberSession;
    if (!path || !this.client.isConnected) return;
    const sent = Date.now();
    this.client.exists(path, { timeoutMs: Math.max(25, Math.floor(this.leaseMs / 4)) }).then(
      (stat) => {
        if (stat && stat.ephemeralOwner === session && this.client.sessionId === session) {
          this.lastConfirmedAt = Math.max(this.lastConfirmedAt, sent);
        } else if (!stat) {
          void this.trigger();
        }
      },
      () => undefined, // the lease runs out on its own if reads keep failing
    );
  }

  private async evaluate(): Promise<void> {
    if (this.lifecycle !== 'started' || !this.client.isConnected) return;
    try {
      await this.evaluateOnce();
      this.failures = 0;
    } catch (err) {
      this.setLeader(false, 'could not read the group');
      this.scheduleRetry(err);
    }
  }

  /** One pass: join if needed, then lead or watch the predecessor. Loops when the line changed under us. */
  private async evaluateOnce(): Promise<void> {
    for (let pass = 0; pass < 10 && this.lifecycle === 'started'; pass++) {
      if (!this.memberPath || this.memberSession !== this.client.sessionId) await this.join();
      const me = this.memberName;
      const sent = Date.now();
      const order = electionOrder((await this.client.children(this.groupPath)) ?? []);
      const index = me ? order.indexOf(me) : -1;
      if (index < 0) {
        this.setLeader(false, 'member node vanished');
        this.memberPath = null;
        continue;
      }
      if (index === 0) {
        if (Date.now() - sent >= this.leaseMs) continue; // the read is too old to lead on
        this.lastConfirmedAt = sent;
        this.setLeader(true, 'lowest member of the group');
        return;
      }
      const predecessor = order[index - 1] as string;
      this.setLeader(false, `standing by behind ${predecessor}`);
      if (await this.client.exists(`${this.groupPath}/${predecessor}`, { watch: this.onPredecessorEvent })) return;
    }
    if (this.lifecycle === 'started') void Promise.resolve().then(() => this.trigger());
  }

  /**
   * Creates this member's node. `createOnce` keeps trying (transient errors
   * only) until the node exists, so an unanswered create is always resolved
   * by looking before this member creates again.
   */
  private async join(): Promise<void> {
    await this.removeStaleNode();
    await this.client.ensurePath(this.groupPath, this.options.acl);
    const path = await this.client.createOnce(`${this.groupPath}/${MEMBER_PREFIX}`, this.options.data ?? Buffer.alloc(0), 'ephemeral_sequential', {
      acl: this.options.acl,
      attempts: Number.POSITIVE_INFINITY,
      signal: this.closing.signal,
    });
    this.memberPath = path;
    this.memberSession = this.client.sessionId;
    this.log.info({ member: this.memberName }, 'joined the group');
  }

  /**
   * A node of our previous session may outlive it on the server for a while
   * (the wrapper presumes a session lost before the server expires it); it
   * would stand in line ahead of us and of everyone behind it, so delete it.
   */
  private async removeStaleNode(): Promise<void> {
    const path = this.memberPath;
    const session = this.memberSession;
    if (!path || session === this.client.sessionId) return;
    this.memberPath = null;
    const stat = await this.client.exists(path).catch(() => null);
    if (stat && stat.ephemeralOwner === session) {
      await this.client.delete(path, stat.version).catch(() => undefined);
      this.log.info({ member: path }, 'removed the member node of a previous session');
    }
  }

  private async deleteOwnNode(): Promise<void> {
    const path = this.memberPath;
    this.memberPath = null;
    if (!path) return;
    const stat = await this.client.exists(path).catch(() => null);
    if (stat && stat.ephemeralOwner === this.client.sessionId) await this.client.delete(path, stat.version).catch(() => undefined);
  }

  private scheduleRetry(err: unknown): void {
    if (this.lifecycle !== 'started') return;
    const delay = backoffDelay(this.failures++, 200, 5000);
    this.log.warn({ err, retryInMs: delay }, 'election step failed; retrying');
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => void this.trigger(), delay);
  }

  private setLeader(leader: boolean, reason: string): void {
    this.leader = leader;
    if (this.reported === leader || this.lifecycle === 'closed') return;
    this.reported = leader;
    this.log.info({ leader, reason, member: this.memberName }, leader ? 'leading the group' : 'not leading the group');
    void this.notify(leader, reason);
  }

  private async notify(leader: boolean, reason: string): Promise<void> {
    try {
      await this.listener(leader, reason);
    } catch (err) {
      this.log.error({ err }, 'leadership listener failed');
    }
  }
}
