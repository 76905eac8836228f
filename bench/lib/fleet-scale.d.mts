/** Types of fleet-scale.mjs (`@zkdeploy/bench/fleet-scale`). */
export interface MntrSummary {
  avgLatencyMs: number;
  maxLatencyMs: number;
  maxOutstanding: number;
  watches: number;
  connections: number;
}

export interface FleetScaleRow {
  agents: number;
  workers: number;
  startMs: number;
  cloneLastMs: number;
  rssPerAgentMb: number;
  rssTotalMb: number;
  heapPerAgentMb: number;
  mntr: MntrSummary;
  /** Medians over the size's updates; `lasts` is each update's last ok, ms. */
  update: { p50: number; p99: number; last: number; lasts: number[] };
  gitNoSplay: { fetchesPerDeploy: number; peakConcurrent: number };
  /** CPU ms per host over the update: the whole machine, the agents' workers (with their git), the ensemble, the git daemon. */
  cpuPerHostMs: { machine: number; agents: number; zookeeper: number; gitServer: number };
  okAfterUpdate: number;
  sessionsLost: number;
  /** The longest any worker's event loop stalled (ms) until after the update. */
  loopDelayMaxMs: number;
  /** Agent startups that failed and were started again, as a supervisor would. */
  startupRestarts: number;
  wait?: { code: number; afterLastOkMs: number; stdout: string };
  status?: { tableMs: number; tableCode: number; jsonMs: number; jsonHosts: number };
  leaderKill?: { allHealthyMs: number | null; registeredMs: number | null; withinTimeoutPlus5s: boolean; healthyAtEnd: number; registeredAtEnd: number; sessionsLost: number; statusLost: number; statusOk: number };
  storm?: { allRegisteredMs: number | null; registeredAtEnd: number; startedMs: number; mntr: MntrSummary };
  splay?: { splayMs: number; last: number; p50: number; fetchesPerDeploy: number; peakConcurrent: number };
}

export interface FleetScaleSettings {
  sizes: number[];
  /** Worker processes the agents are dealt over, at every size (default 4). */
  workers?: number;
  /** Updates at each size before the measured ones (default 1): the workers' code compiled, the stores' first releases made. */
  warmupRounds?: number;
  /** Updates measured at each size (default 3); the row has their medians. */
  updateRounds?: number;
  /** How long each update waits at most for the machine to be quiet, ms (default 60,000). */
  quietWaitMs?: number;
  sessionTimeoutMs?: number;
  splayMs?: number;
  timeoutMs?: number;
  cliRuns?: number;
  jvm?: 'server' | 'test';
  log?: (line: string) => void;
}

export function quantile(values: number[], q: number): number;
export function fleetScale(settings: FleetScaleSettings): Promise<FleetScaleRow[]>;
