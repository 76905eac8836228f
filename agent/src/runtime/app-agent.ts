/**
 * One app served by this agent: its live registration under `B/agents`, the
 * data watch on `B/config`, a jittered periodic resync, a re-read after every
 * reconnect or new session, and its reconciler.
 */
import {
  ConnectionState,
  DataWatch,
  EphemeralNode,
  ZnodeLayout,
  type Logger,
  type ZkAcl,
  type ZkClient,
} from '@zkdeploy/shared';
import { join } from 'node:path';
import { Reconciler } from '../reconcile/reconciler.js';
import type { ReconcileDependencies, ReconcilePolicy } from '../reconcile/reconciler-options.js';
import type { GitCredentialSettings } from '../store/git-credentials.js';
import { AGENT_DIR_NAME } from '../store/target-path.js';
import { StatusWriter } from '../reconcile/status-writer.js';
import { usesHostIdentities } from '../reconcile/session-anchor.js';
import { AGENT_VERSION } from './version.js';

export type AppAgentOptions = Omit<ReconcilePolicy, 'gitCredentials'> &
  Pick<ReconcileDependencies, 'admission' | 'stores' | 'metrics' | 'locks' | 'activation'> & {
  baseDir: string;
  git: GitCredentialSettings;
  resyncMs: number;
  /** ACL of the nodes this agent creates (its registration and status): see shared's `agentNodeAcl`. */
  nodeAcl?: ZkAcl[];
  log: Logger;
};

export class AppAgent {
  private readonly abort = new AbortController();
  private watch: DataWatch | null = null;
  private registration: EphemeralNode | null = null;
  private resyncTimer: NodeJS.Timeout | null = null;
  private unsubscribe: (() => void) | null = null;
  readonly reconciler: Reconciler;
  private readonly layout: ZnodeLayout;
  private readonly log: Logger;
  private readonly statusWriter: StatusWriter;
  private anchorSessions = false;

  constructor(
    private readonly zk: ZkClient,
    private readonly options: AppAgentOptions,
  ) {
    this.layout = new ZnodeLayout(options.app);
    this.log = options.log.child({ app: options.app }); // main's logger already carries host
    const status = new StatusWriter(zk, this.layout.hostStatus(options.host), options.host, this.log, options.nodeAcl);
    this.statusWriter = status;
    const { admission, stores, metrics, locks, activation } = options;
    const deps: ReconcileDependencies = { zk, admission, stores, status, metrics, locks, log: this.log, signal: this.abort.signal, activation };
    this.reconciler = new Reconciler(reconcilePolicy(options), deps);
  }

  /** True once registered under `B/agents` (and not stopped). */
  get registered(): boolean {
    return this.registration !== null && !this.abort.signal.aborted;
  }

  /** Registers, then starts watching and reconciling. */
  async start(): Promise<void> {
    await this.zk.ensurePath(this.layout.agents);
    await this.zk.ensurePath(this.layout.status);
    // Per-host identities: the session anchor goes first, so readers never see this registration unverified.
    this.anchorSessions = await usesHostIdentities(this.zk, this.options.app);
    if (this.anchorSessions && this.zk.sessionId) await this.statusWriter.recordSession(this.zk.sessionId);
    this.registration = await EphemeralNode.register(this.zk, this.layout.agent(this.options.host), this.registrationData(), {
      acl: this.options.nodeAcl,
      // Lets a restart faster than the session timeout replace its own previous node at once.
      sessionFile: join(this.options.baseDir, AGENT_DIR_NAME, `registration${this.options.app.replace(/\//g, '_')}.json`),
      onError: (err) => this.log.error({ err }, 'could not re-register after a new session'),
    });
    this.unsubscribe = this.zk.onStateChange((change) => {
      if (change.state === ConnectionState.RECONNECTED) void this.resync();
      if (this.anchorSessions && change.newSession && change.sessionId) void this.statusWriter.recordSession(change.sessionId);
    });
    this.watch = new DataWatch(this.zk, this.layout.config, (data, stat) => void this.reconciler.setDesired(data, stat));
    this.scheduleResync();
    this.log.info({ baseDir: this.options.baseDir, version: AGENT_VERSION }, 'agent serving app');
  }

  /** Stops cleanly: aborts git work and commands in progress, removes the registration. */
  async stop(): Promise<void> {
    this.abort.abort(new Error('agent stopping'));
    this.watch?.stop();
    this.unsubscribe?.();
    if (this.resyncTimer) clearTimeout(this.resyncTimer);
    await this.reconciler.stop();
    await this.reconciler.idle();
    await this.registration?.remove().catch((err: unknown) => this.log.warn({ err }, 'could not remove registration'));
  }

  /** Level-triggered: read the config afresh and reconcile, whatever the watch said. */
  private async resync(): Promise<void> {
    if (this.abort.signal.aborted) return;
    this.log.debug('resync');
    try {
      const result = await this.zk.get(this.layout.config);
      await this.reconciler.setDesired(result?.data ?? null, result?.stat ?? null);
    } catch (err) {
      this.log.debug({ err }, 'resync read failed; the next reconnect or resync retries');
    }
  }

  private scheduleResync(): void {
    const delay = Math.round(this.options.resyncMs * (0.8 + Math.random() * 0.4));
    this.resyncTimer = setTimeout(() => {
      void this.resync().finally(() => {
        if (!this.abort.signal.aborted) this.scheduleResync();
      });
    }, delay);
  }

  private registrationData(): Buffer {
    return Buffer.from(
      JSON.stringify({
        host: this.options.host,
        pid: process.pid,
        version: AGENT_VERSION,
        startedAt: new Date().toISOString(),
        baseDir: this.options.baseDir,
      }),
    );
  }
}

/** The operator's choices for one app's deploys, out of its agent options. */
function reconcilePolicy(options: AppAgentOptions): ReconcilePolicy {
  const { app, host, gitTimeoutMs, git, exec, check, execTimeoutMs, selfHeal, driftWatch, driftDebounceMs, maxDriftWatches, splayMs, deployingAfterMs, retryBaseMs, retryMaxMs, treeLimits } = options;
  return { app, host, gitTimeoutMs, gitCredentials: git, exec, check, execTimeoutMs, selfHeal, driftWatch, driftDebounceMs, maxDriftWatches, splayMs, deployingAfterMs, retryBaseMs, retryMaxMs, treeLimits };
}
