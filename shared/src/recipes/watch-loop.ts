/**
 * What DataWatch and ChildrenWatch share: reads serialised and coalesced (so
 * watchers never pile up), a re-read after every (re)connect, a backoff retry
 * of a failed read while connected, and a callback that may throw without
 * stopping the watch. A subclass says how to read (setting its watch) and
 * when a value is a change worth calling back for.
 */
import { CoalescingRunner } from './coalescing-runner.js';
import { ReadRetry } from './read-retry.js';
import type { WatchOptions } from './watch-options.js';
import { ConnectionState } from '../zk/connection-state.js';
import type { ZkClient, ZkWatcher } from '../zk/zk-client.js';

export abstract class WatchLoop<T> {
  private readonly runner = new CoalescingRunner(() => this.readOnce());
  private stopped = false;
  private readonly unsubscribe: () => void;
  private readonly retry: ReadRetry;
  /** The watcher to pass on every read; one function, so the library never registers it twice. */
  protected readonly onEvent: ZkWatcher = () => void this.refresh();

  protected constructor(
    protected readonly client: ZkClient,
    readonly path: string,
    private readonly options: WatchOptions,
  ) {
    this.retry = new ReadRetry(client, () => void this.refresh());
    this.unsubscribe = client.onStateChange((change) => {
      if (change.state === ConnectionState.RECONNECTED || change.state === ConnectionState.CONNECTED) void this.refresh();
    });
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

  /** Reads the current value, setting the watch. */
  protected abstract read(): Promise<T>;

  /** Calls back when `value` differs from the last one delivered. */
  protected abstract deliver(value: T): void;

  private async readOnce(): Promise<void> {
    let value: T;
    try {
      value = await this.read();
    } catch {
      this.retry.failed(); // when disconnected, the RECONNECTED that follows reads again
      return;
    }
    this.retry.succeeded();
    if (this.stopped) return;
    try {
      this.deliver(value);
    } catch (err) {
      // A callback that throws must not stop the watch.
      this.options.onError?.(err);
    }
  }
}
