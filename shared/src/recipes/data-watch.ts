/**
 * DataWatch recipe (kazoo's `DataWatch`): calls back once at start with the
 * node's data (null when the node is missing), then again only when the node
 * really changed (by mzxid / existence).
 *
 * ZooKeeper caveat: watches are one-shot and vanish with the session. This
 * recipe re-arms after every event and re-reads after every reconnect (a new
 * session lost its watches; an old one may have missed events while
 * disconnected). Reads are serialised, so watchers never pile up.
 */
import { CoalescingRunner } from './coalescing-runner.js';
import { ReadRetry } from './read-retry.js';
import type { WatchOptions } from './watch-options.js';
import { ConnectionState } from '../zk/connection-state.js';
import type { ZkClient, ZkWatcher } from '../zk/zk-client.js';
import type { ZkStat } from '../zk/zk-stat.js';

export type DataWatchCallback = (data: Buffer | null, stat: ZkStat | null) => void;

export class DataWatch {
  private lastZxid: bigint | null | undefined = undefined;
  private readonly runner = new CoalescingRunner(() => this.readOnce());
  private stopped = false;
  private readonly unsubscribe: () => void;
  private readonly onEvent: ZkWatcher = () => void this.refresh();
  private readonly retry: ReadRetry;

  constructor(
    private readonly client: ZkClient,
    readonly path: string,
    private readonly callback: DataWatchCallback,
    private readonly options: WatchOptions = {},
  ) {
    this.retry = new ReadRetry(client, () => void this.refresh());
    this.unsubscribe = client.onStateChange((change) => {
      if (change.state === ConnectionState.RECONNECTED || change.state === ConnectionState.CONNECTED) void this.refresh();
    });
    void this.refresh();
  }

  /** Stops calling back; the one armed ZooKeeper watch fires into nothing. */
  stop(): void {
    this.stopped = true;
    this.retry.cancel();
    this.unsubscribe();
  }

  /** Reads again (with a watch) and calls back if it changed. */
  refresh(): Promise<void> {
    return this.stopped ? Promise.resolve() : this.runner.trigger();
  }

  /**
   * One read in the common case: getData with a watch. Only for a missing
   * node is exists() needed, since it is the call that sets a watch on a node
   * that does not exist yet (so its creation is seen).
   */
  private async readWithWatch(): Promise<{ data: Buffer; stat: ZkStat } | null> {
    for (;;) {
      const result = await this.client.get(this.path, { watch: this.onEvent });
      if (result) return result;
      if (!(await this.client.exists(this.path, { watch: this.onEvent }))) return null;
      // Created between the two calls: read it.
    }
  }

  private async readOnce(): Promise<void> {
    let result: { data: Buffer; stat: ZkStat } | null;
    try {
      result = await this.readWithWatch();
    } catch {
      this.retry.failed(); // when disconnected, the RECONNECTED that follows reads again
      return;
    }
    this.retry.succeeded();
    const zxid = result ? result.stat.mzxid : null;
    if (zxid === this.lastZxid || this.stopped) return;
    this.lastZxid = zxid;
    try {
      this.callback(result?.data ?? null, result?.stat ?? null);
    } catch (err) {
      // A callback that throws must not stop the watch.
      this.options.onError?.(err);
    }
  }
}
