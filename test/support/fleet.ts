/**
 * A small fleet for system tests: ZooKeeper (single or ensemble), a git
 * repository served by git daemon, and agent processes; with helpers to
 * publish, to wait for convergence and to count hung agents.
 */
import { join } from 'node:path';
import { ZkClient, parseStatus, type StatusRecord } from '@zkdeploy/shared';
import { readFleet, summarizeFleet, type FleetStatus } from '@zkdeploy/publisher';
import { eventually } from './eventually.js';
import { GitDaemon } from './git-daemon.js';
import { GitRepo, git } from './git-repo.js';
import { AgentProcess, runCli, type CliResult } from './processes.js';
import { ZkCluster } from './zk-server.js';

export const APP = '/app/business';

export interface FleetOptions {
  nodes?: 1 | 3;
  agents?: number;
  agentArgs?: string[];
  path?: string;
}

export class Fleet {
  agents: AgentProcess[] = [];

  private constructor(
    readonly cluster: ZkCluster,
    readonly zk: ZkClient,
    readonly repo: GitRepo,
    readonly daemon: GitDaemon,
    readonly options: Required<FleetOptions>,
  ) {}

  static async start(options: FleetOptions = {}): Promise<Fleet> {
    const full = { nodes: options.nodes ?? 3, agents: options.agents ?? 3, agentArgs: options.agentArgs ?? [], path: options.path ?? 'srv/app' };
    const cluster = await ZkCluster.start({ nodes: full.nodes });
    const zk = await ZkClient.connect({ connectString: cluster.connectString() });
    const repo = await GitRepo.create({ files: { 'app.txt': 'initial\n' } });
    const daemon = await GitDaemon.start(repo.bare);
    const fleet = new Fleet(cluster, zk, repo, daemon, full);
    for (let i = 1; i <= full.agents; i++) fleet.agents.push(await fleet.startAgent(`host-${i}`));
    await eventually('agents registered', async () => ((await zk.children(`${APP}/agents`)) ?? []).length === full.agents);
    return fleet;
  }

  get url(): string {
    return this.daemon.urlOf(this.repo.bare);
  }

  /** Starts an agent (connecting to `zk`, default the whole ensemble) and tracks it in `agents`' checks once pushed there. */
  startAgent(host: string, baseDir?: string, args: string[] = [], zk = this.cluster.connectString()): Promise<AgentProcess> {
    return AgentProcess.start({ zk, host, baseDir, args: [...this.options.agentArgs, ...args] });
  }

  /** Replaces agent `i` by a new process with the same host and base dir. */
  async restartAgent(i: number): Promise<AgentProcess> {
    const old = this.agents[i] as AgentProcess;
    const fresh = await this.startAgent(old.spec.host, old.spec.baseDir);
    this.agents[i] = fresh;
    return fresh;
  }

  checkout(agent: AgentProcess): string {
    return join(agent.spec.baseDir, this.options.path);
  }

  cli(...args: string[]): Promise<CliResult> {
    return runCli(['--zk', this.cluster.connectString(), ...args]);
  }

  /** Commits a change and publishes it through the CLI; returns the commit and the CLI result. */
  async publishChange(label: string): Promise<{ commit: string; result: CliResult }> {
    const commit = await this.repo.commit({ 'app.txt': `${label}\n` }, label);
    const result = await this.cli('publish', '--url', this.url, '--commit', commit, '--path', this.options.path);
    return { commit, result };
  }

  status(): Promise<FleetStatus> {
    return readFleet(this.zk, APP).then(summarizeFleet);
  }

  async statusOf(host: string): Promise<StatusRecord | null> {
    const node = await this.zk.get(`${APP}/status/${host}`);
    return node ? parseStatus(node.data, host) : null;
  }

  /** Waits until every live agent is ok on `commit`; returns the milliseconds it took. */
  async waitConverged(commit: string, timeoutMs = 60_000): Promise<number> {
    const start = Date.now();
    await eventually(
      `fleet converged on ${commit.slice(0, 12)}`,
      async () => {
        const s = await this.status();
        return s.converged && s.desired?.commitId === commit && s.hosts.filter((h) => h.live).length === this.agents.length;
      },
      timeoutMs,
    );
    return Date.now() - start;
  }

  /** Agents whose process is alive but whose checkout is not at `commit`. */
  async hungAgents(commit: string): Promise<number> {
    const s = await this.status();
    return this.agents.filter((a) => {
      const h = s.hosts.find((x) => x.host === a.spec.host);
      return a.child.exitCode === null && (!h || !h.live || h.state !== 'ok' || h.commitId !== commit);
    }).length;
  }

  /** The commit recorded in history for each version. */
  async history(): Promise<Map<number, string>> {
    const names = (await this.zk.children(`${APP}/history`)) ?? [];
    const out = new Map<number, string>();
    for (const name of names) {
      const node = await this.zk.get(`${APP}/history/${name}`);
      if (node) out.set(Number(name.slice(2)), (JSON.parse(node.data.toString()) as { commitId: string }).commitId);
    }
    return out;
  }

  /** Makes `count` commits in one push; returns their ids, oldest first. */
  async commitMany(count: number, label: string): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      await git(this.repo.work, ['commit', '-q', '--allow-empty', '-m', `${label} ${i}`]);
      ids.push(await this.repo.head());
    }
    await git(this.repo.work, ['push', '-q', 'origin', 'HEAD:refs/heads/main']);
    return ids;
  }

  async stop(): Promise<void> {
    await Promise.all(this.agents.map((a) => a.stop()));
    await this.zk.close();
    await this.daemon.halt();
    await this.cluster.stop();
    await this.repo.remove();
  }
}
