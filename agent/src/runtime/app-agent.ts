/**
 * One app served by this agent: its live registration under `B/agents` (with
 * its labels), the data watches on `B/config` and `B/rollout` (the desired
 * source picks stable or candidate), a jittered periodic resync, a re-read
 * after every reconnect or new session, its reconciler, the health monitor
 * (--health-cmd/--health-url) and, with --controller, a rollout controller.
 */
import {
  ConnectionState,
  DataWatch,
  RolloutController,
  EphemeralNode,
  ReadRetry,
  ZnodeLayout,
  parseJsonObject,
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
import type { PayloadAdmission } from '../reconcile/payload-admission.js';
import { usesHostIdentities } from '../reconcile/session-anchor.js';
import { AGENT_VERSION } from './version.js';
import { DesiredSource } from '../reconcile/desired-source.js';
import { HealthMonitor } from './health-monitor.js';
import type { RolloutAgentOptions } from './rollout-options.js';
import { TaskWorker } from '../tasks/task-worker.js';
import type { HostTask } from '@zkdeploy/shared';

/** A registration is a few hundred bytes (labels and task names included); anything larger is not ours. */
const MAX_REGISTRATION_BYTES = 64 * 1024;

export type AppAgentOptions = Omit<ReconcilePolicy, 'gitCredentials'> &
  Pick<ReconcileDependencies, 'stores' | 'metrics' | 'locks' | 'activation'> &
  Partial<RolloutAgentOptions> & {
  healthIntervalMs?: number;
  /** Declared tasks (--task name=command): this host's task worker runs only these. */
  tasks?: Record<string, string>;
  /** Refuses a task request (a bad or replayed signature with --trust-key): the reason, or null. */
  admitTask?: (task: HostTask) => string | null;
  /** Opens the controller's own session (--controller-auth-file); without it the controller uses the agent's. */
  controllerClient?: (() => Promise<ZkClient>) | undefined;
  /** The health of this agent's service endpoints (null: none): counted in the host's health. */
  serviceHealth?: () => { healthy: boolean; reason: string } | null;
  admission: Pick<PayloadAdmission, 'admit' | 'admitCandidate'>;
  baseDir: string;
  /** The base dir's instance (base-dir-lock.ts), named in the registration: a restart recognises its own stale node by it. */
  instance?: string;
  git: GitCredentialSettings;
  resyncMs: number;
  /** ACL of the nodes this agent creates (its registration and status): see shared's `agentNodeAcl`. */
  nodeAcl?: ZkAcl[];
  log: Logger;
};

export class AppAgent {
  private readonly abort = new AbortController();
  private watch: DataWatch | null = null;
  private rolloutWatch: DataWatch | null = null;
  private readonly source: DesiredSource;
  private health: HealthMonitor | null = null;
  private controller: RolloutController | null = null;
  private controllerZk: ZkClient | null = null;
  private taskWorker: TaskWorker | null = null;
  private registration: EphemeralNode | null = null;
  private resyncTimer: NodeJS.Timeout | null = null;
  /** Another resync soon after one that failed while connected. */
  private readonly resyncRetry: ReadRetry;
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
    const { stores, metrics, locks, activation } = options;
    // A candidate handed out by the desired source is admitted by the candidate's replay rules.
    const admission = {
      admit: (data: Buffer | null, version: number) => (this.source.isCandidate(data) ? options.admission.admitCandidate(data) : options.admission.admit(data, version)),
    };
    const deps: ReconcileDependencies = { zk, admission, stores, status, metrics, locks, log: this.log, signal: this.abort.signal, activation };
    this.reconciler = new Reconciler(reconcilePolicy(options), deps);
    this.source = new DesiredSource(zk, options.app, options.host, this.reconciler, this.log);
    this.resyncRetry = new ReadRetry(zk, () => void this.resync());
  }

  /** This host's wave in the app's current rollout, or null. */
  get wave(): number | null {
    return this.source.wave;
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
      ownsData: (data) => this.options.instance !== undefined && parseJsonObject(data, MAX_REGISTRATION_BYTES)?.instance === this.options.instance,
      onError: (err) => this.log.error({ err }, 'could not re-register after a new session'),
      onSessionFileError: (err) => this.log.warn({ err }, 'could not record the registration\'s session on disk; registered all the same (a restart recognises its node by its data)'),
    });
    this.unsubscribe = this.zk.onStateChange((change) => {
      if (change.state === ConnectionState.RECONNECTED) void this.resync();
      if (this.anchorSessions && change.newSession && change.sessionId) void this.statusWriter.recordSession(change.sessionId);
    });
    this.startHealth(); // before the first record, so that it carries the health fields
    this.watch = new DataWatch(this.zk, this.layout.config, (data, stat) => void this.source.onConfig(data, stat));
    this.rolloutWatch = new DataWatch(this.zk, this.layout.rollout, (data) => void this.source.onRollout(data));
    if (this.options.controller) await this.startController();
    this.taskWorker = new TaskWorker(this.zk, { app: this.options.app, host: this.options.host, baseDir: this.options.baseDir, tasks: this.options.tasks ?? {}, nodeAcl: this.options.nodeAcl, admit: this.options.admitTask, log: this.log, signal: this.abort.signal });
    this.taskWorker.start();
    this.scheduleResync();
    this.log.info({ baseDir: this.options.baseDir, version: AGENT_VERSION }, 'agent serving app');
  }

  /** Stops cleanly: aborts git work and commands in progress, removes the registration. */
  async stop(): Promise<void> {
    this.abort.abort(new Error('agent stopping'));
    this.resyncRetry.cancel();
    this.watch?.stop();
    this.rolloutWatch?.stop();
    this.health?.stop();
    await this.controller?.stop();
    await this.controllerZk?.close();
    await this.taskWorker?.stop();
    this.unsubscribe?.();
    if (this.resyncTimer) clearTimeout(this.resyncTimer);
    await this.reconciler.stop();
    await this.reconciler.idle();
    this.statusWriter.stop();
    await this.registration?.remove().catch((err: unknown) => this.log.warn({ err }, 'could not remove registration'));
  }

  /** Level-triggered: read the config afresh and reconcile, whatever the watch said. */
  private async resync(): Promise<void> {
    if (this.abort.signal.aborted) return;
    this.log.debug('resync');
    try {
      const [result, rollout] = await Promise.all([this.zk.get(this.layout.config), this.zk.get(this.layout.rollout)]);
      await this.source.onRollout(rollout?.data ?? null);
      await this.source.onConfig(result?.data ?? null, result?.stat ?? null);
      this.taskWorker?.trigger();
      this.resyncRetry.succeeded();
    } catch (err) {
      // While connected nothing else would read again before the periodic resync: retried with backoff.
      this.log.debug({ err }, 'resync read failed; retried shortly, or on the next reconnect');
      this.resyncRetry.failed();
    }
  }

  private async startController(): Promise<void> {
    try {
      this.controllerZk = this.options.controllerClient ? await this.options.controllerClient() : null;
    } catch (err) {
      this.log.error({ err }, 'could not open the rollout controller\'s session (--controller-auth-file); not running the controller');
      return;
    }
    const memberData = Buffer.from(JSON.stringify({ host: this.options.host, pid: process.pid }));
    this.controller = new RolloutController(this.controllerZk ?? this.zk, { app: this.options.app, logger: this.log, memberData });
    await this.controller.start();
  }

  private startHealth(): void {
    const o = this.options;
    if (!o.healthCmd && !o.healthUrl && (o.serviceHealth?.() ?? null) === null) return;
    this.health = new HealthMonitor({
      app: o.app, host: o.host, baseDir: o.baseDir, cmd: o.healthCmd, url: o.healthUrl, intervalMs: o.healthIntervalMs ?? 10_000,
      services: o.serviceHealth, writer: this.statusWriter, log: this.log, signal: this.abort.signal,
    });
    this.health.start();
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
        ...(this.options.instance ? { instance: this.options.instance } : {}),
        ...(this.options.labels && Object.keys(this.options.labels).length > 0 ? { labels: this.options.labels } : {}),
        ...(this.options.tasks && Object.keys(this.options.tasks).length > 0 ? { tasks: Object.keys(this.options.tasks).sort() } : {}),
      }),
    );
  }
}

/** The operator's choices for one app's deploys, out of its agent options. */
function reconcilePolicy(options: AppAgentOptions): ReconcilePolicy {
  const { app, host, gitTimeoutMs, git, exec, check, execTimeoutMs, selfHeal, driftWatch, driftDebounceMs, maxDriftWatches, splayMs, deployingAfterMs, retryBaseMs, retryMaxMs, treeLimits } = options;
  return { app, host, gitTimeoutMs, gitCredentials: git, exec, check, execTimeoutMs, selfHeal, driftWatch, driftDebounceMs, maxDriftWatches, splayMs, deployingAfterMs, retryBaseMs, retryMaxMs, treeLimits };
}
