/**
 * The dashboard's one view of ZooKeeper: one AppWatch per app on one session,
 * shared by every browser. Browsers read the hub (a snapshot, then the event
 * log), never ZooKeeper, so a hundred open pages cost what one does.
 */
import { ConnectionState, type ZkClient } from '@zkdeploy/shared/zk';
import { AppWatch, type AppState, type AppWatchOptions } from './app-watch.js';
import { EventLog } from './event-log.js';

export interface ConnectionView {
  /** `connected`, or `suspended`/`lost` while the server has no ZooKeeper session to read with. */
  zk: 'connected' | 'suspended' | 'lost';
  since: string;
}

export interface LoadingApp {
  app: string;
  /** The first complete read of this app's fleet has not finished: no table, not an empty fleet. */
  loading: true;
}

export interface DashboardState {
  apps: (AppState | LoadingApp)[];
  connection: ConnectionView;
  /** Whether POST /api/rollback is enabled (the page shows its button). */
  actions: boolean;
}

export interface HubLog {
  warn(obj: object, msg: string): void;
}

export class DashboardHub {
  readonly events = new EventLog();
  private readonly watches: AppWatch[];
  private connection: ConnectionView;
  private readonly offState: () => void;
  private readonly ticker: NodeJS.Timeout;

  constructor(
    zk: ZkClient,
    apps: string[],
    log: HubLog,
    private readonly actions: boolean,
    options: AppWatchOptions = {},
  ) {
    this.connection = { zk: zk.isConnected ? 'connected' : 'suspended', since: new Date().toISOString() };
    const failed = (err: unknown): void => log.warn({ err }, 'dashboard: a ZooKeeper read failed; the next watch event reads again');
    this.watches = apps.map((app) => new AppWatch(zk, app, (delta) => this.events.append('app', delta), failed, options));
    this.offState = zk.onStateChange((change) => {
      const zkState = change.state === ConnectionState.SUSPENDED ? 'suspended' : change.state === ConnectionState.LOST ? 'lost' : 'connected';
      if (zkState === this.connection.zk) return;
      this.connection = { zk: zkState, since: new Date().toISOString() };
      this.events.append('connection', this.connection);
    });
    this.ticker = setInterval(() => {
      for (const watch of this.watches) watch.tick();
    }, 5_000);
    this.ticker.unref();
  }

  /** Everything the page shows, as of now. */
  state(): DashboardState {
    return {
      apps: this.watches.map((w) => w.state() ?? { app: w.app, loading: true }),
      connection: this.connection,
      actions: this.actions,
    };
  }

  get apps(): string[] {
    return this.watches.map((w) => w.app);
  }

  stop(): void {
    clearInterval(this.ticker);
    this.offState();
    for (const watch of this.watches) watch.stop();
  }
}
