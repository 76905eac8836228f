/**
 * ChildrenWatch recipe (kazoo's `ChildrenWatch`): calls back with the sorted
 * children of a node at start and whenever they change (an empty list when
 * the node is missing).
 *
 * ZooKeeper caveat: child watches are one-shot, fire on membership changes
 * only (not on children's data), and vanish with the session; this recipe
 * re-arms after each event and re-reads after every reconnect.
 */
import { WatchLoop } from './watch-loop.js';
import type { WatchOptions } from './watch-options.js';
import type { ZkClient } from '../zk/zk-client.js';

export type ChildrenWatchCallback = (children: string[]) => void;

export class ChildrenWatch extends WatchLoop<string[]> {
  private last: string | undefined = undefined;

  constructor(
    client: ZkClient,
    path: string,
    private readonly callback: ChildrenWatchCallback,
    options: WatchOptions = {},
  ) {
    super(client, path, options);
    void this.refresh();
  }

  /** getChildren with a watch; exists() only for a missing node, to see its creation. */
  protected async read(): Promise<string[]> {
    for (;;) {
      const children = await this.client.children(this.path, { watch: this.onEvent });
      if (children) return [...children].sort();
      if (!(await this.client.exists(this.path, { watch: this.onEvent }))) return [];
    }
  }

  protected deliver(children: string[]): void {
    const key = children.join('\n');
    if (key === this.last) return;
    this.last = key;
    this.callback(children);
  }
}
