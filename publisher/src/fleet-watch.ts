/**
 * A live view of the fleet: DataWatch on `B/config`, ChildrenWatch on
 * `B/agents` and `B/status`, and one DataWatch per agent and status node.
 * Every change re-reads only the node that changed, so watching a large fleet
 * costs one read per event, not one read of everything.
 *
 * ZooKeeper caveat: watches are one-shot and lost with the session; the
 * recipes re-arm and re-read after reconnects. The snapshot is reported only
 * once every listed node has been read, so no one decides on half a fleet.
 * A DataWatch on the app node tells per-host mode; the owner sessions come
 * from the stats the data watches read anyway.
 */
import { ChildrenWatch, DataWatch } from '@zkdeploy/shared/recipes';
import { parseAgentRecord, parseStatus, statusSession, type AgentRecord, type StatusRecord } from '@zkdeploy/shared/records';
import { parseHostIdentities, type ZkClient, type ZkStat } from '@zkdeploy/shared/zk';
import { ZnodeLayout } from '@zkdeploy/shared/znode-layout';
import type { FleetSnapshot } from './fleet-status.js';

export type FleetListener = (snapshot: FleetSnapshot) => void;

/** Keeps one DataWatch per child of a container, in step with its children. */
class ChildDataWatches<T> {
  readonly values = new Map<string, T | null>();
  private readonly watches = new Map<string, DataWatch>();
  private readonly unread = new Set<string>();
  listed = false;

  constructor(
    private readonly zk: ZkClient,
    private readonly parent: string,
    private readonly parse: (data: Buffer, name: string, stat: ZkStat | null) => T | null,
    private readonly changed: () => void,
  ) {}

  get ready(): boolean {
    return this.listed && this.unread.size === 0;
  }

  sync(names: string[]): void {
    this.listed = true;
    const wanted = new Set(names);
    for (const [name, watch] of this.watches) {
      if (wanted.has(name)) continue;
      watch.stop();
      this.watches.delete(name);
      this.values.delete(name);
      this.unread.delete(name);
    }
    for (const name of wanted) {
      if (this.watches.has(name)) continue;
      this.unread.add(name);
      this.watches.set(name, new DataWatch(this.zk, `${this.parent}/${name}`, (data, stat) => this.onData(name, data, stat)));
    }
    this.changed();
  }

  private onData(name: string, data: Buffer | null, stat: ZkStat | null): void {
    if (!this.watches.has(name)) return;
    this.unread.delete(name);
    if (data === null) this.values.delete(name);
    else this.values.set(name, this.parse(data, name, stat));
    this.changed();
  }

  stop(): void {
    for (const watch of this.watches.values()) watch.stop();
    this.watches.clear();
  }
}

/** Watches one app's fleet and calls back with a complete snapshot after every change. */
export class FleetWatch {
  private config: FleetSnapshot['config'] | undefined = undefined;
  private perHost: boolean | undefined = undefined;
  private readonly agents: ChildDataWatches<{ record: AgentRecord | null; owner: string | null }>;
  private readonly statuses: ChildDataWatches<{ record: StatusRecord | null; session: string | null }>;
  private readonly recipes: { stop(): void }[] = [];
  private scheduled = false;
  private stopped = false;

  constructor(
    zk: ZkClient,
    private readonly app: string,
    private readonly listener: FleetListener,
  ) {
    const layout = new ZnodeLayout(app);
    const changed = (): void => this.schedule();
    this.agents = new ChildDataWatches(zk, layout.agents, (data, name, stat) => ({ record: parseAgentRecord(data, name), owner: stat?.ephemeralOwner ?? null }), changed);
    this.statuses = new ChildDataWatches(zk, layout.status, (data, name) => ({ record: parseStatus(data, name), session: statusSession(data) }), changed);
    this.recipes.push(
      new DataWatch(zk, app, (data) => {
        this.perHost = parseHostIdentities(data)?.perHost === true;
        changed();
      }),
      new DataWatch(zk, layout.config, (data, stat) => {
        this.config = data && stat ? { data, version: stat.version } : null;
        changed();
      }),
      new ChildrenWatch(zk, layout.agents, (names) => this.agents.sync(names)),
      new ChildrenWatch(zk, layout.status, (names) => this.statuses.sync(names)),
    );
  }

  /** The current snapshot, or null until every node has been read once. */
  snapshot(): FleetSnapshot | null {
    if (this.config === undefined || this.perHost === undefined || !this.agents.ready || !this.statuses.ready) return null;
    const pick = <V, W>(values: Map<string, V | null>, fn: (v: V) => W): Map<string, W | null> =>
      new Map([...values].map(([k, v]) => [k, v === null ? null : fn(v)]));
    const agents = pick(this.agents.values, (a) => a.record);
    const statuses = pick(this.statuses.values, (s) => s.record);
    const anchors = this.perHost
      ? { owners: pick(this.agents.values, (a) => a.owner), sessions: pick(this.statuses.values, (s) => s.session) }
      : undefined;
    return { app: this.app, config: this.config, agents, statuses, anchors };
  }

  stop(): void {
    this.stopped = true;
    for (const recipe of this.recipes) recipe.stop();
    this.agents.stop();
    this.statuses.stop();
  }

  /** Coalesces the burst of callbacks one event can cause into one report. */
  private schedule(): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      const snapshot = this.stopped ? null : this.snapshot();
      if (snapshot) this.listener(snapshot);
    });
  }
}
