/**
 * What every app of one agent process shares: trusted keys, git credential
 * settings, the keyed lock over release stores, the base-dir lock, the
 * Prometheus metrics and their HTTP server. Built once by main before any app
 * starts; bad keys or an occupied base dir fail here with a clear sentence.
 * prom-client and the HTTP server are loaded only with --metrics-port: an
 * agent without them stays smaller (and every git process it forks is
 * cheaper to start).
 */
import { TaskReplayMemory } from '../tasks/task-replay-memory.js';
import type { KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { ConnectionState, ZkClient, lowSpeedConfig, processSecrets, UsageError, loadPublicKeys, type Logger, agentNodeAcl } from '@zkdeploy/shared';
import type { AgentOptions } from './agent-options.js';
import type { AgentMetrics } from './agent-metrics.js';
import type { AppAgent, AppAgentOptions } from './app-agent.js';
import { baseDirInstance, lockBaseDir } from './base-dir-lock.js';
import { PayloadAdmission } from '../reconcile/payload-admission.js';
import { gitCredentialSettings, type GitCredentialSettings } from '../store/git-credentials.js';
import { KeyedLock } from '../reconcile/keyed-lock.js';
import { TargetRegistry } from '../store/target-registry.js';
import { AGENT_VERSION } from './version.js';

/** Reads and parses the --trust-key files; throws UsageError naming the bad file. */
export function loadTrustKeys(files: string[]): KeyObject[] {
  return files.map((file) => {
    try {
      return loadPublicKeys([readFileSync(file, 'utf8')])[0] as KeyObject;
    } catch (err) {
      const why = (err as Error).message.replace(/^trusted key #1 is not an ed25519 public key in PEM form \((.*)\)$/, '$1');
      throw new UsageError(`--trust-key ${file} is not an ed25519 public key in PEM form (${why})`);
    }
  });
}

export class AgentRuntime {
  /** Null without --metrics-port. */
  metrics: AgentMetrics | null = null;
  private readonly trustKeys: KeyObject[];
  private readonly git: GitCredentialSettings;
  private readonly locks = new KeyedLock();
  /** The apps' targets (never overlapping) and their release stores. */
  private readonly targets: TargetRegistry;
  private server: Server | null = null;
  private unlock: (() => Promise<void>) | null = null;
  /** The base dir's instance, read once the lock is held. */
  private instance: string | undefined;

  constructor(
    private readonly options: AgentOptions,
    private readonly log: Logger,
  ) {
    this.trustKeys = loadTrustKeys(options.trustKeys);
    processSecrets.addUserPassword(options.controllerAuth);
    this.targets = new TargetRegistry(options.baseDir, options.apps, options.keepReleases);
    this.git = gitCredentialSettings({
      sshKey: options.sshKey,
      knownHosts: options.knownHosts,
      username: options.gitUsername,
      password: options.gitPassword,
      hosts: options.gitCredentialHosts,
    });
    // After the git runner's defaults, so --git-low-speed-time replaces them.
    this.git = { ...this.git, config: [...this.git.config, ...lowSpeedConfig(options.gitLowSpeedTimeS)] };
  }

  /** Takes the base-dir lock and starts the metrics server when asked for. */
  async start(agents: () => AppAgent[], zk: () => ZkClient | null): Promise<void> {
    this.unlock = await lockBaseDir(this.options.baseDir);
    this.instance = await baseDirInstance(this.options.baseDir);
    if (this.options.metricsPort === undefined) return;
    const [{ AgentMetrics }, { startMetricsServer }] = await Promise.all([import('./agent-metrics.js'), import('./metrics-server.js')]);
    this.metrics = new AgentMetrics({ host: this.options.host, version: AGENT_VERSION });
    this.server = await startMetricsServer(
      this.metrics,
      () => {
        const client = zk();
        const list = agents();
        const connected = client?.isConnected ?? false;
        const registered = list.length === this.options.apps.length && list.every((a) => a.registered);
        return { healthy: connected && registered, zookeeper: connected ? 'connected' : 'disconnected', appsRegistered: list.filter((a) => a.registered).length, apps: this.options.apps.length };
      },
      this.options.metricsHost,
      this.options.metricsPort,
    );
    this.log.info({ host: this.options.metricsHost, port: this.options.metricsPort }, 'serving /metrics and /healthz');
  }

  /** Follows the ZooKeeper connection in the metrics. */
  watchConnection(zk: ZkClient): void {
    const metrics = this.metrics;
    if (!metrics) return;
    metrics.connection(ConnectionState.CONNECTED, zk.isConnected);
    zk.onStateChange((change) => metrics.connection(change.state, zk.isConnected));
  }

  /** The options of one app's agent. */
  appOptions(app: string): AppAgentOptions {
    const o = this.options;
    return {
      app,
      host: o.host,
      baseDir: o.baseDir,
      instance: this.instance,
      admission: new PayloadAdmission({ app, allowUrls: o.allowUrls, trustKeys: this.trustKeys }, o.baseDir),
      gitTimeoutMs: o.gitTimeoutMs,
      git: this.git,
      exec: o.exec,
      check: o.check,
      execTimeoutMs: o.execTimeoutMs,
      selfHeal: o.selfHeal,
      driftWatch: o.driftWatch,
      maxDriftWatches: o.maxDriftWatches,
      splayMs: o.splayMs,
      stores: this.targets,
      treeLimits: { maxFiles: o.maxTreeFiles, maxBytes: o.maxTreeBytes },
      deployingAfterMs: o.deployingAfterMs,
      metrics: this.metrics,
      locks: this.locks,
      resyncMs: o.resyncMs,
      nodeAcl: agentNodeAcl(o.auth, Boolean(o.zkTls?.cert)),
      labels: o.labels,
      healthCmd: o.healthCmd,
      healthUrl: o.healthUrl,
      healthIntervalMs: o.healthIntervalMs,
      controller: o.controller,
      tasks: o.tasks,
      // With --trust-key only signed task requests run, each once per app (a replay memory like the payloads').
      admitTask: this.trustKeys.length > 0 ? TaskReplayMemory.admitter(o.baseDir, app, this.trustKeys) : undefined,
      // The controller's own session, with the identity it writes B/config and the rollout nodes with.
      controllerClient: o.controller && o.controllerAuth
        ? () => ZkClient.connect({ connectString: o.zk, sessionTimeoutMs: o.sessionTimeoutMs, auth: o.controllerAuth, tls: o.zkTls, logger: this.log })
        : undefined,
      log: this.log,
    };
  }

  /** Stops the server and releases the base-dir lock. */
  async close(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server?.closeAllConnections();
    await this.unlock?.();
  }
}
