/**
 * The agent as a library: `startAgent(options)` connects to ZooKeeper, serves
 * every app and resolves with a handle; `await handle.stop()` aborts git
 * work, deregisters, closes the session, stops the timers, watchers and the
 * metrics server and releases the base-dir lock, leaving nothing open. The
 * bin (main.ts) is a shim over it: flags, then startAgent, then signals.
 *
 * Everything an agent holds is its own, so many agents fit in one process
 * (the fleet-scale bench runs hundreds per process): its ZooKeeper session,
 * base dir, release stores, status, metrics registry, logger and --run-as
 * user (an AsyncLocalStorage scope, command-user.ts). What stays process-wide
 * is deliberate: the redaction list (shared's processSecrets) only grows, so
 * one agent's secrets are redacted from every agent's output.
 */
import { mkdir } from 'node:fs/promises';
import { ConnectionState, ZkClient, backoffDelay, processSecrets, silentLogger, sleep, type CommandUser, type Logger } from '@zkdeploy/shared';
import type { AgentOptions } from './agent-options.js';
import { AgentRuntime } from './agent-runtime.js';
import { AppAgent } from './app-agent.js';
import { resolveCommandUser, withCommandUser } from './command-user.js';
import { GroupAndServices } from '../membership/group-and-services.js';

export interface StartAgentSettings {
  /** Where the agent logs; nothing is logged without one. */
  log?: Logger;
  /** Aborting it stops the agent, during startup too (startAgent then resolves with a stopped handle). */
  signal?: AbortSignal;
  /** The --run-as user already resolved (the bin resolves it before anything starts); else resolved from options.runAs. */
  commandUser?: CommandUser;
}

export interface AgentHandle {
  readonly host: string;
  /** Resolves once the agent has stopped (after stop(), or an abort of the settings' signal). */
  readonly stopped: Promise<void>;
  /** True while connected to ZooKeeper with every app registered. */
  readonly healthy: boolean;
  /** Sessions lost since the first one (expired, or never resumed): what a fleet-wide fault costs. */
  readonly sessionsLost: number;
  /** Stops the agent; the same promise on every call. */
  stop(reason?: string): Promise<void>;
}

/** Rejects as soon as `signal` aborts, else settles as `work` does. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** One running agent: what it holds and the one way to let go of it. */
class RunningAgent implements AgentHandle {
  readonly stopped: Promise<void>;
  private zk: ZkClient | null = null;
  private readonly agents: AppAgent[] = [];
  private groupServices: GroupAndServices | null = null;
  private readonly runtime: AgentRuntime;
  private readonly stopping = new AbortController();
  private stopPromise: Promise<void> | null = null;
  private starting: Promise<void> | null = null;
  private markStopped!: () => void;
  private lost = 0;

  constructor(
    private readonly options: AgentOptions,
    private readonly log: Logger,
  ) {
    this.runtime = new AgentRuntime(options, log);
    this.stopped = new Promise((resolve) => (this.markStopped = resolve));
  }

  get host(): string {
    return this.options.host;
  }

  get sessionsLost(): number {
    return this.lost;
  }

  get healthy(): boolean {
    return (this.zk?.isConnected ?? false) && this.agents.length === this.options.apps.length && this.agents.every((a) => a.registered);
  }

  stop(reason = 'stop'): Promise<void> {
    this.stopPromise ??= this.shutDown(reason).finally(() => this.markStopped());
    return this.stopPromise;
  }

  private async shutDown(reason: string): Promise<void> {
    this.log.info({ signal: reason }, 'stopping');
    this.stopping.abort(new Error(`agent stopping (${reason})`));
    // Startup notices the abort at its next step; what it made by then is closed below.
    await this.starting?.catch(() => undefined);
    await this.groupServices?.stop();
    await Promise.all(this.agents.map((a) => a.stop()));
    await this.zk?.close();
    await this.runtime.close();
  }

  /** Resolves once serving; after a stop during startup, quietly. Throws (stopped) when startup fails. */
  async start(): Promise<void> {
    this.starting = this.startUp();
    try {
      await this.starting;
    } catch (err) {
      if (this.stopping.signal.aborted) return;
      await this.stop('startup failure');
      throw err;
    }
  }

  private async startUp(): Promise<void> {
    const aborted = this.stopping.signal;
    // Never group- or world-writable, whatever the umask: the base-dir check (base-dir-safety.ts) refuses that.
    await mkdir(this.options.baseDir, { recursive: true, mode: 0o755 });
    await this.runtime.start(() => this.agents, () => this.zk);
    await this.connectUntilUp();
    const zk = this.zk as ZkClient;
    this.runtime.watchConnection(zk);
    const extras = new GroupAndServices(zk, this.options, this.log);
    for (const app of this.options.apps) {
      if (aborted.aborted) return;
      const agent = new AppAgent(zk, { ...this.runtime.appOptions(app), activation: extras.activationHooks, serviceHealth: () => extras.serviceHealth() });
      this.agents.push(agent);
      await agent.start();
    }
    if (aborted.aborted) return;
    this.groupServices = extras;
    extras.start();
  }

  /** Connects, retrying with backoff while ZooKeeper is unreachable, until connected or stopped. */
  private async connectUntilUp(): Promise<void> {
    const o = this.options;
    const signal = this.stopping.signal;
    for (let attempt = 0; ; attempt++) {
      const client = new ZkClient({ connectString: o.zk, sessionTimeoutMs: o.sessionTimeoutMs, auth: o.auth, tls: o.zkTls, logger: this.log });
      try {
        await untilAborted(client.start(), signal);
        client.onStateChange((change) => {
          if (change.state === ConnectionState.RECONNECTED && change.newSession) this.lost++;
        });
        this.zk = client;
        return;
      } catch (err) {
        await client.close();
        if (signal.aborted) throw err;
        const delay = backoffDelay(attempt, 1000, 30_000);
        this.log.error({ err, retryInMs: delay }, 'ZooKeeper unreachable; retrying');
        await sleep(delay, signal);
      }
    }
  }
}

/** Starts one agent; resolves with its handle once it serves every app. */
export async function startAgent(options: AgentOptions, settings: StartAgentSettings = {}): Promise<AgentHandle> {
  const log = settings.log ?? silentLogger();
  const user = settings.commandUser ?? (options.runAs === undefined ? undefined : resolveCommandUser(options.runAs));
  processSecrets.addUserPassword(options.auth);
  processSecrets.addCredentials(options.gitUsername, options.gitPassword);
  return withCommandUser(user, async () => {
    const agent = new RunningAgent(options, log);
    const onAbort = (): void => void agent.stop(String(settings.signal?.reason ?? 'abort'));
    if (settings.signal?.aborted) {
      await agent.stop('aborted before start');
      return agent;
    }
    settings.signal?.addEventListener('abort', onAbort, { once: true });
    void agent.stopped.then(() => settings.signal?.removeEventListener('abort', onAbort));
    await agent.start();
    return agent;
  });
}
