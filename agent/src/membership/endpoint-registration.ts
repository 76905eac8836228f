/**
 * One service endpoint kept in `B/services/<name>/<host>` (ephemeral, data
 * `{host, port, since}`) exactly while its health check passes and the host
 * is not draining. Level-triggered: every health check, every reconnect and
 * every drain/restore compares "should be registered" with what ZooKeeper
 * holds and fixes the difference, so a node lost with a session comes back
 * on the next session and a node deleted by hand comes back on the next check.
 */
import {
  CoalescingRunner,
  ConnectionState,
  ErrorCode,
  ZnodeLayout,
  encodeServiceEndpoint,
  ensureMemberContainer,
  hasZkCode,
  type Logger,
  type ZkAcl,
  type ZkClient,
} from '@zkdeploy/shared';
import { runHealthCheck, type HealthResult } from './health-check.js';
import type { ServiceSpec } from './group-and-service-options.js';

export interface EndpointRegistrationOptions {
  app: string;
  /** This agent's host name: the endpoint's node name. */
  agentHost: string;
  service: ServiceSpec;
  intervalMs: number;
  /** ACL of the endpoint node, and of the service node if it has to be made outside per-host mode (shared's member-container.ts). */
  acl?: ZkAcl[] | undefined;
  log: Logger;
}

export class EndpointRegistration {
  readonly path: string;
  private healthy = false;
  private lastDetail = '';
  private checked = false;
  private draining = 0;
  private stopped = false;
  private timer: NodeJS.Timeout | null = null;
  private unsubscribe: (() => void) | null = null;
  private registeredSince: string | null = null;
  private readonly reconciler = new CoalescingRunner(() => this.reconcile());
  private readonly log: Logger;

  constructor(
    private readonly zk: ZkClient,
    private readonly o: EndpointRegistrationOptions,
  ) {
    this.path = `${new ZnodeLayout(o.app).service(o.service.name)}/${o.agentHost}`;
    const { name, host, port } = o.service;
    this.log = o.log.child({ component: 'service', service: name, endpoint: `${host}:${port}` });
  }

  /** Starts checking (the first check runs at once). */
  start(): void {
    this.unsubscribe = this.zk.onStateChange((change) => {
      if (change.state === ConnectionState.RECONNECTED || change.state === ConnectionState.CONNECTED) void this.reconciler.trigger();
    });
    void this.checkAndSchedule();
  }

  /** The last health check's verdict, or null before the first (counted in the host's rollout health). */
  get lastCheck(): { healthy: boolean; detail: string } | null {
    return this.checked ? { healthy: this.healthy, detail: this.lastDetail } : null;
  }

  /** Whether the last health check passed. */
  get isHealthy(): boolean {
    return this.healthy;
  }

  /** Takes the endpoint out of rotation until `restore()`; resolves once the node is gone (or ZooKeeper could not be told). */
  async drain(): Promise<void> {
    this.draining++;
    await this.reconciler.trigger();
  }

  /** Ends one `drain()`: checks health at once and registers again if healthy. */
  async restore(): Promise<void> {
    this.draining = Math.max(0, this.draining - 1);
    await this.check();
  }

  /** Stops checking and deletes the node. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    if (this.timer) clearTimeout(this.timer);
    await this.reconciler.trigger();
  }

  private async checkAndSchedule(): Promise<void> {
    await this.check();
    if (!this.stopped) this.timer = setTimeout(() => void this.checkAndSchedule(), this.o.intervalMs);
  }

  private async check(): Promise<void> {
    if (this.stopped) return;
    const { host, port, health } = this.o.service;
    const result: HealthResult = await runHealthCheck(health, host, port, Math.min(this.o.intervalMs, 5000));
    if (result.ok !== this.healthy || (!result.ok && result.detail !== this.lastDetail)) {
      if (result.ok) this.log.info({ detail: result.detail }, 'health check passes');
      else this.log.warn({ detail: result.detail }, 'health check fails');
    }
    this.healthy = result.ok;
    this.lastDetail = result.detail;
    this.checked = true;
    await this.reconciler.trigger();
  }

  /** Makes ZooKeeper match: the node exists (ours) exactly when healthy, not draining and not stopped. */
  private async reconcile(): Promise<void> {
    if (!this.zk.isConnected) return; // the next RECONNECTED reconciles
    const wanted = this.healthy && this.draining === 0 && !this.stopped;
    try {
      if (wanted) await this.register();
      else await this.deregister();
    } catch (err) {
      this.log.warn({ err, wanted }, 'could not update the service registration; the next check retries');
    }
  }

  private async register(): Promise<void> {
    const stat = await this.zk.exists(this.path);
    if (stat && stat.ephemeralOwner === this.zk.sessionId) return;
    if (stat) {
      this.log.warn({ owner: stat.ephemeralOwner }, 'endpoint node is held by another session (a previous run of this agent?); retrying at the next check');
      return;
    }
    await ensureMemberContainer(this.zk, this.o.app, this.path.slice(0, this.path.lastIndexOf('/')), this.o.acl);
    this.registeredSince = new Date().toISOString();
    const { host, port } = this.o.service;
    try {
      await this.zk.create(this.path, encodeServiceEndpoint({ host, port, since: this.registeredSince }), 'ephemeral', this.o.acl);
      this.log.info('registered');
    } catch (err) {
      // Our own create whose answer was lost: the owner check on the next pass settles it.
      if (!hasZkCode(err, ErrorCode.ZK_NODE_EXISTS)) throw err;
    }
  }

  private async deregister(): Promise<void> {
    const stat = await this.zk.exists(this.path);
    if (!stat || stat.ephemeralOwner !== this.zk.sessionId) return;
    await this.zk.delete(this.path, stat.version);
    const why = this.stopped ? 'stopping' : this.draining > 0 ? 'draining for a deploy' : `unhealthy: ${this.lastDetail}`;
    this.log.info({ why }, 'deregistered');
  }
}
