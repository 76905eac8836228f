/**
 * The app's slower-moving views beside the fleet: history (newest entries,
 * with the default rollback target marked), groups (primary, standbys) and
 * services (endpoints). Each is re-read only when a ZooKeeper watch on it
 * fires, so browsers never cause a read.
 *
 * ZooKeeper caveat: a child watch sees membership only; member data is
 * written once at registration, so a re-read on membership changes is enough.
 */
import { ChildrenWatch } from '@zkdeploy/shared/recipes';
import type { ZkClient } from '@zkdeploy/shared/zk';
import { ZnodeLayout } from '@zkdeploy/shared/znode-layout';
import { readGroup, type GroupView } from '../group-listing.js';
import { defaultRollbackTarget, historyVersions, readHistoryEntries } from '../history-entries.js';
import { readService, type ServiceView } from '../service-listing.js';

export interface HistoryRow {
  version: number;
  commitId: string | null;
  ref: string | null;
  message: string | null;
  publishedBy: string | null;
  publishedAt: string | null;
  invalid?: string;
  /** The entry `zkdeploy rollback` (and the page's rollback button) would republish. */
  rollbackTarget: boolean;
}

export interface SideViews {
  history: HistoryRow[];
  groups: GroupView[];
  services: ServiceView[];
}

const HISTORY_SHOWN = 20;

/** One ChildrenWatch per child of a container, each re-reading its child's view on change. */
class PerChildViews<V> {
  readonly views = new Map<string, V>();
  private readonly watches = new Map<string, ChildrenWatch>();
  private readonly top: ChildrenWatch;

  constructor(zk: ZkClient, parent: string, read: (name: string) => Promise<V>, changed: () => void, failed: (err: unknown) => void) {
    this.top = new ChildrenWatch(zk, parent, (names) => {
      for (const [name, watch] of this.watches) {
        if (names.includes(name)) continue;
        watch.stop();
        this.watches.delete(name);
        this.views.delete(name);
      }
      for (const name of names) {
        if (this.watches.has(name)) continue;
        const refresh = (): void => {
          read(name).then((view) => {
            if (!this.watches.has(name)) return;
            this.views.set(name, view);
            changed();
          }, failed);
        };
        this.watches.set(name, new ChildrenWatch(zk, `${parent}/${name}`, refresh));
      }
      changed();
    });
  }

  sorted(): V[] {
    return [...this.views.keys()].sort().map((k) => this.views.get(k) as V);
  }

  stop(): void {
    this.top.stop();
    for (const watch of this.watches.values()) watch.stop();
    this.watches.clear();
  }
}

/** Watches history, groups and services of one app and calls back with all three after each change. */
export class SideViewWatch {
  private history: HistoryRow[] = [];
  private readonly historyWatch: ChildrenWatch;
  private readonly groups: PerChildViews<GroupView>;
  private readonly services: PerChildViews<ServiceView>;
  private current: { version: number; commitId: string | null } | null = null;
  private stopped = false;

  constructor(
    private readonly zk: ZkClient,
    private readonly app: string,
    private readonly changed: (views: SideViews) => void,
    private readonly failed: (err: unknown) => void,
  ) {
    const layout = new ZnodeLayout(app);
    const emit = (): void => this.emit();
    this.historyWatch = new ChildrenWatch(zk, layout.history, () => this.readHistory());
    this.groups = new PerChildViews(zk, layout.groups, (name) => readGroup(zk, app, name), emit, failed);
    this.services = new PerChildViews(zk, layout.services, (name) => readService(zk, app, name), emit, failed);
  }

  /** The desired config changed: the rollback target may be another entry now. */
  setCurrent(current: { version: number; commitId: string | null } | null): void {
    if (current?.version === this.current?.version && current?.commitId === this.current?.commitId) return;
    this.current = current;
    this.readHistory();
  }

  views(): SideViews {
    return { history: this.history, groups: this.groups.sorted(), services: this.services.sorted() };
  }

  stop(): void {
    this.stopped = true;
    this.historyWatch.stop();
    this.groups.stop();
    this.services.stop();
  }

  private emit(): void {
    if (!this.stopped) this.changed(this.views());
  }

  private readHistory(): void {
    void (async () => {
      const versions = (await historyVersions(this.zk, this.app)).slice(0, HISTORY_SHOWN);
      const entries = await readHistoryEntries(this.zk, this.app, versions);
      const current = this.current;
      const target = current ? defaultRollbackTarget(entries, current.version, current.commitId) : null;
      this.history = entries.map((e) => ({
        version: e.version,
        commitId: e.payload?.commitId ?? null,
        ref: e.payload?.ref ?? null,
        message: e.payload?.message ?? null,
        publishedBy: e.payload?.publishedBy ?? null,
        publishedAt: e.payload?.publishedAt ?? null,
        ...(e.invalid ? { invalid: e.invalid } : {}),
        rollbackTarget: target?.version === e.version,
      }));
      this.emit();
    })().catch(this.failed);
  }
}
