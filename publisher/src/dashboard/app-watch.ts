/**
 * One app as the dashboard shows it: the status model (the object
 * `status --json` prints) kept live by one FleetWatch, the side views, the
 * "needs attention" list and, once a rollout source is given, the rollout.
 * Changes go out as deltas: only the hosts whose row changed.
 */
import type { ZkClient } from '@zkdeploy/shared/zk';
import { summarizeFleet, type FleetSnapshot, type FleetStatus, type HostView } from '../fleet-status.js';
import { FleetWatch } from '../fleet-watch.js';
import { needsAttention, type AttentionItem } from './attention.js';
import { SideViewWatch, type SideViews } from './side-views.js';

/** Watches an app's rollout (DESIGN.md "Progressive rollouts": the `rollout` of `rollout status --json`). */
export type RolloutSource = (zk: ZkClient, app: string, changed: (rollout: unknown) => void) => { stop(): void };

export interface AppState extends FleetStatus, SideViews {
  attention: AttentionItem[];
  rollout?: unknown;
  /** When this app's fleet data was last read from ZooKeeper. */
  readAt: string | null;
}

/** What one change sends: the rows that changed, and of the rest of the app only the parts that changed since the last delta. */
export type AppDelta = Partial<Omit<AppState, 'hosts'>> & {
  app: string;
  changed: HostView[];
  removed: string[];
};

/** The parts of an app's state sent only when they changed (the list of who needs attention can be as long as the fleet). */
const SENT_WHEN_CHANGED = ['attention', 'history', 'groups', 'services', 'rollout', 'desired'] as const;

export interface AppWatchOptions {
  rollout?: RolloutSource | undefined;
  pendingLimitMs?: number;
  /** Least time between two recomputations of a large fleet's model. */
  minIntervalMs?: number;
}

export class AppWatch {
  private status: FleetStatus | null = null;
  private rows = new Map<string, string>();
  private side: SideViews = { history: [], groups: [], services: [] };
  private rollout: unknown = undefined;
  private readAt: string | null = null;
  private attention: AttentionItem[] = [];
  private readonly fleet: FleetWatch;
  private readonly sideWatch: SideViewWatch;
  private readonly rolloutWatch: { stop(): void } | null;
  private pendingSnapshot: FleetSnapshot | null = null;
  private readonly lastSent = new Map<string, string>();
  private timer: NodeJS.Timeout | null = null;
  private lastRun = 0;

  constructor(
    zk: ZkClient,
    readonly app: string,
    private readonly emit: (delta: AppDelta) => void,
    failed: (err: unknown) => void,
    private readonly options: AppWatchOptions = {},
  ) {
    this.sideWatch = new SideViewWatch(zk, app, (side) => this.onSide(side), failed);
    this.fleet = new FleetWatch(zk, app, (snapshot) => this.onSnapshot(snapshot));
    this.rolloutWatch = options.rollout ? options.rollout(zk, app, (r) => this.onRollout(r)) : null;
  }

  /** The full state, or null until the fleet has been read completely once. */
  state(): AppState | null {
    if (!this.status) return null;
    return { ...this.status, ...this.side, attention: this.attention, ...this.rolloutField(), readAt: this.readAt };
  }

  /** Re-evaluates time-dependent attention ("pending too long"); emits only when it changed. */
  tick(): void {
    if (!this.status) return;
    const next = needsAttention(this.status, Date.now(), this.options.pendingLimitMs);
    if (JSON.stringify(next) === JSON.stringify(this.attention)) return;
    this.attention = next;
    this.send([], []);
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.fleet.stop();
    this.sideWatch.stop();
    this.rolloutWatch?.stop();
  }

  private rolloutField(): { rollout?: unknown } {
    return this.rollout === undefined ? {} : { rollout: this.rollout };
  }

  private onSnapshot(snapshot: FleetSnapshot): void {
    this.pendingSnapshot = snapshot;
    if (this.timer) return;
    const wait = Math.max(0, this.lastRun + (this.options.minIntervalMs ?? 100) - Date.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      this.lastRun = Date.now();
      const next = this.pendingSnapshot;
      this.pendingSnapshot = null;
      if (next) this.apply(summarizeFleet(next));
    }, wait);
  }

  private apply(status: FleetStatus): void {
    const rows = new Map(status.hosts.map((h) => [h.host, JSON.stringify(h)]));
    const changed = status.hosts.filter((h) => this.rows.get(h.host) !== rows.get(h.host));
    const removed = [...this.rows.keys()].filter((h) => !rows.has(h));
    this.status = status;
    this.rows = rows;
    this.readAt = new Date().toISOString();
    this.attention = needsAttention(status, Date.now(), this.options.pendingLimitMs);
    this.sideWatch.setCurrent(status.desired && !status.desired.invalid ? { version: status.desired.version, commitId: status.desired.commitId ?? null } : null);
    this.send(changed, removed);
  }

  private onSide(side: SideViews): void {
    this.side = side;
    this.send([], []);
  }

  private onRollout(rollout: unknown): void {
    this.rollout = rollout;
    this.send([], []);
  }

  private send(changed: HostView[], removed: string[]): void {
    const state = this.state();
    if (!state) return;
    const { hosts: _all, ...rest } = state;
    const delta: AppDelta = { ...rest, changed, removed };
    for (const key of SENT_WHEN_CHANGED) {
      const text = JSON.stringify(rest[key] ?? null);
      if (this.lastSent.get(key) === text) delete delta[key];
      else this.lastSent.set(key, text);
    }
    this.emit(delta);
  }
}
