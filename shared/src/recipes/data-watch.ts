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
import { WatchLoop } from './watch-loop.js';
import type { WatchOptions } from './watch-options.js';
import type { ZkClient } from '../zk/zk-client.js';
import type { ZkStat } from '../zk/zk-stat.js';

export type DataWatchCallback = (data: Buffer | null, stat: ZkStat | null) => void;

type NodeValue = { data: Buffer; stat: ZkStat } | null;

export class DataWatch extends WatchLoop<NodeValue> {
  private lastZxid: bigint | null | undefined = undefined;

  constructor(
    client: ZkClient,
    path: string,
    private readonly callback: DataWatchCallback,
    options: WatchOptions = {},
  ) {
    super(client, path, options);
    void this.refresh();
  }

  /**
   * One read in the common case: getData with a watch. Only for a missing
   * node is exists() needed, since it is the call that sets a watch on a node
   * that does not exist yet (so its creation is seen).
   */
  protected async read(): Promise<NodeValue> {
    for (;;) {
      const result = await this.client.get(this.path, { watch: this.onEvent });
      if (result) return result;
      if (!(await this.client.exists(this.path, { watch: this.onEvent }))) return null;
      // Created between the two calls: read it.
    }
  }

  protected deliver(value: NodeValue): void {
    const zxid = value ? value.stat.mzxid : null;
    if (zxid === this.lastZxid) return;
    this.lastZxid = zxid;
    this.callback(value?.data ?? null, value?.stat ?? null);
  }
}
