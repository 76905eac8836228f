/** Types of fleet.mjs (`@zkdeploy/bench/fleet`). */
import type { ChildProcess } from 'node:child_process';

/** `zkdeploy` (the agent bin), or a script agent under bench/agents/. */
export type AgentKind = 'zkdeploy' | 'baseline' | 'floor';

/** One agent process of a fleet. */
export interface FleetAgent {
  host: string;
  baseDir: string;
  logFile: string;
  child: ChildProcess;
  pid: number | undefined;
  /** Script agents: bench clock time at which each commit was reported deployed. */
  deployed: Map<string, number>;
}

export interface FleetStartOptions {
  kind: AgentKind;
  n: number;
  /** ZooKeeper connect string. */
  zk: string;
  app: string;
  /** Each agent's base dir is `root/h<i>`, its log `root/h<i>.log`. */
  root: string;
  /** Agents started at once; default 10. */
  batch?: number;
  /** HOME for the agents (e.g. one with a git trace2 config). */
  home?: string;
  /** Extra agent flags; `--write-status` for a script agent. */
  extraArgs?: readonly string[];
  /** The zkdeploy agent bin; default this checkout's (or `agentBin.path`). */
  bin?: string;
  waitLive?: (fleet: Fleet) => Promise<void>;
}

/** The agent under test: this checkout's, or another build's, with extra flags for every zkdeploy agent. */
export const agentBin: { path: string; args: string[] };

/** A HOME with a .gitconfig that sends git's trace2 events of every git process to `traceFile`. */
export function traceHome(dir: string, traceFile: string): Promise<string>;

/** A fleet of N agent processes of one kind, each with its own base dir. */
export class Fleet {
  readonly kind: AgentKind;
  readonly agents: FleetAgent[];
  readonly app: string;
  /** Starts the agents; resolves once each is up. */
  static start(options: FleetStartOptions): Promise<Fleet>;
  /** Script agents only: when each agent reported `deployed <commit>` (null for one that did not within the timeout). */
  scriptsDone(commit: string, timeoutMs?: number): Promise<(number | null)[]>;
  /** SIGTERM every agent, SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}
