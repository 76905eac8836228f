/**
 * The agent's Prometheus metrics (prom-client), one registry per process:
 * deploys by result, deploy duration, the config version seen, the
 * ZooKeeper connection state, and the current commit as an info metric.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { DEPLOY_STATES, type DeployState } from '@zkdeploy/shared';

export class AgentMetrics {
  readonly registry = new Registry();
  private readonly deploys = new Counter({
    name: 'zkdeploy_agent_deploys_total',
    help: 'Deploy attempts by final result (ok, failed, rejected, drifted).',
    labelNames: ['app', 'result'],
    registers: [this.registry],
  });
  private readonly duration = new Histogram({
    name: 'zkdeploy_agent_deploy_duration_seconds',
    help: 'Time from starting a deploy to its final status.',
    labelNames: ['app', 'result'],
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300],
    registers: [this.registry],
  });
  private readonly configVersion = new Gauge({
    name: 'zkdeploy_agent_config_version',
    help: 'Data version of B/config the last status was written for.',
    labelNames: ['app'],
    registers: [this.registry],
  });
  private readonly state = new Gauge({
    name: 'zkdeploy_agent_state',
    help: '1 for the state this host last reported for the app, 0 for the others.',
    labelNames: ['app', 'state'],
    registers: [this.registry],
  });
  private readonly attempts = new Gauge({
    name: 'zkdeploy_agent_deploy_attempts',
    help: 'Attempts made for the current config version (retries after transient failures).',
    labelNames: ['app'],
    registers: [this.registry],
  });
  private readonly connected = new Gauge({
    name: 'zkdeploy_agent_zookeeper_connected',
    help: '1 while connected to ZooKeeper, else 0.',
    registers: [this.registry],
  });
  private readonly connectionState = new Gauge({
    name: 'zkdeploy_agent_zookeeper_connection_state',
    help: '1 for the current ZooKeeper connection state (CONNECTED, SUSPENDED, RECONNECTED, LOST).',
    labelNames: ['state'],
    registers: [this.registry],
  });
  private readonly commitInfo = new Gauge({
    name: 'zkdeploy_agent_commit_info',
    help: 'Always 1; labels say which commit is checked out at which path for the app.',
    labelNames: ['app', 'commit', 'path'],
    registers: [this.registry],
  });
  private readonly commits = new Map<string, { commit: string; path: string }>();

  constructor(labels: { host: string; version: string }) {
    this.registry.setDefaultLabels({ host: labels.host });
    collectDefaultMetrics({ register: this.registry, prefix: 'zkdeploy_agent_' });
    new Gauge({ name: 'zkdeploy_agent_build_info', help: 'Agent version.', labelNames: ['version'], registers: [this.registry] })
      .set({ version: labels.version }, 1);
  }

  /** Records a final deploy result. */
  deployed(app: string, result: DeployState, seconds: number): void {
    this.deploys.inc({ app, result });
    this.duration.observe({ app, result }, seconds);
  }

  /** Records the state, version and attempts of the last status written. */
  reported(app: string, state: DeployState, configVersion: number | null, attempts: number): void {
    for (const s of DEPLOY_STATES) this.state.set({ app, state: s }, s === state ? 1 : 0);
    if (configVersion !== null) this.configVersion.set({ app }, configVersion);
    this.attempts.set({ app }, attempts);
  }

  /** Records the commit now at the app's target. */
  commit(app: string, commit: string | null, path: string): void {
    const old = this.commits.get(app);
    if (old) this.commitInfo.remove({ app, commit: old.commit, path: old.path });
    if (commit === null) {
      this.commits.delete(app);
      return;
    }
    this.commits.set(app, { commit, path });
    this.commitInfo.set({ app, commit, path }, 1);
  }

  /** Records a ZooKeeper connection state change. */
  connection(state: string, isConnected: boolean): void {
    for (const s of ['CONNECTED', 'SUSPENDED', 'RECONNECTED', 'LOST']) this.connectionState.set({ state: s }, s === state ? 1 : 0);
    this.connected.set(isConnected ? 1 : 0);
  }
}
