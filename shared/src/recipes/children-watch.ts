/**
 * ChildrenWatch recipe (kazoo's `ChildrenWatch`): calls back with the sorted
 * children of a node at start and whenever they change (an empty list when
 * the node is missing).
 *
 * ZooKeeper caveat: child watches are one-shot, fire on membership changes
 * only (not on children's data), and vanish with the session; this recipe
 * re-arms after each event and re-reads after every reconnect.
 */
import { CoalescingRunner } from './coalescing-runner.js';
import { ReadRetry } from './read-retry.js';
import type { WatchOptions } from './watch-options.js';
import { ConnectionState } from '../zk/connection-state.js';
import type { ZkClient, ZkWatcher } from '../zk/zk-client.js';

export type ChildrenWatchCallback = (children: string[]) => void;

export class ChildrenWatch {
  private last: string | undefined = undefined;
  private readonly runner = new CoalescingRunner(() => this.readOnce());
  private stopped = false;
  private readonly unsubscribe: () => void;
  private readonly onEvent: ZkWatcher = () => void this.refresh();
  private readonly retry: ReadRetry;

  constructor(
    private readonly client: ZkClient,
    readonly path: string,
    private readonly callback: ChildrenWatchCallback,
    private readonly options: WatchOptions = {},
  ) {
    this.retry = new ReadRetry(client, () => void this.refresh());
    this.unsubscribe = client.onStateChange((change) => {
      if (change.state === ConnectionState.RECONNECTED || change.state === ConnectionState.CONNECTED) void this.refresh();
    });
    void this.refresh();
  }

  stop(): void {
    this.stopped = true;
    this.retry.cancel();
    this.unsubscribe();
  }

  /** Reads again (with a watch) and calls back if it changed. */
  refresh(): Promise<void> {
    return this.stopped ? Promise.resolve() : this.runner.trigger();
  }

  private async readOnce(): Promise<void> {
    let children: string[];
    try {
      const stat = await this.client.exists(this.path, { watch: this.onEvent });
      children = stat ? ((await this.client.children(this.path, { watch: this.onEvent })) ?? []) : [];
    } catch {
      this.retry.failed(); // when disconnected, the RECONNECTED that follows reads again
      return;
    }
    this.retry.succeeded();
    children.sort();
    const key = children.join('\n');
    if (key === this.last || this.stopped) return;
    this.last = key;
    try {
      this.callback(children);
    } catch (err) {
      // A callback that throws must not stop the watch.
      this.options.onError?.(err);
    }
  }
}
