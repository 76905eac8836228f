/** Types of zk-proxy-client.mjs (`@zkdeploy/bench/zk-proxy-client`). */

/** Request counts by opcode name (`getData`, `setData`, `notification`, `ping`…). */
export type OpCounts = Record<string, number>;

/** Opcode counts folded into the categories the benchmark reports. */
export interface CountCategories {
  reads: number;
  writes: number;
  session: number;
  pings: number;
  notifications: number;
  byOp: OpCounts;
}

/** Folds opcode counts into the categories the benchmark reports. */
export function categorize(counts: OpCounts): CountCategories;

/** Difference of two opcode snapshots (only the opcodes that changed). */
export function diffCounts(after: OpCounts, before: OpCounts): OpCounts;

/** The counting proxy, run in a child process: one listening port per ZooKeeper server. */
export class ZkCountProxy {
  readonly pid: number;
  readonly ports: number[];
  /** Starts a proxy in front of each of the given ZooKeeper client ports. */
  static start(upstreamPorts: number[]): Promise<ZkCountProxy>;
  /** The proxy's connect string, with an optional chroot. */
  connectString(chroot?: string): string;
  /** Opcode counts since the proxy started: in total, or of the connections of one app. */
  snapshot(app?: string): Promise<OpCounts>;
  /** Switches the request timeline on or off; returns what was recorded since the last switch. */
  trace(on: boolean): Promise<unknown[]>;
  stop(): void;
}
