/**
 * EphemeralNode recipe: keeps one ephemeral znode (a live registration) for
 * as long as it runs, re-creating it after a new session.
 *
 * ZooKeeper caveats: an ephemeral lives exactly as long as the session that
 * made it, so after LOST it is gone and must be made again; and a process that
 * restarts faster than its session timeout finds its previous session's node
 * still there (a stale ephemeral). A node whose owner is our session is ours
 * (a create whose answer was lost); a node of another session is waited out
 * until it expires, and if it outlives the session timeout it belongs to a
 * live process of the same name, which is an error.
 */
import { ErrorCode } from '../errors.js';
import { ConnectionState } from '../zk/connection-state.js';
import type { ZkClient, ZkWatcher } from '../zk/zk-client.js';
import { ZkError, hasZkCode } from '../zk/zk-errors.js';

export interface EphemeralNodeOptions {
  /** How long to wait for a node of another session to go before refusing; default the session timeout plus 2 s. */
  staleWaitMs?: number;
  /** Called when re-creating after a new session fails. */
  onError?: (err: unknown) => void;
}

export class EphemeralNode {
  private stopped = false;
  private readonly unsubscribe: () => void;

  private constructor(
    private readonly client: ZkClient,
    readonly path: string,
    private data: Buffer,
    private readonly options: EphemeralNodeOptions,
  ) {
    this.unsubscribe = client.onStateChange((change) => {
      if (change.state === ConnectionState.RECONNECTED && change.newSession) {
        this.ensure().catch((err) => this.options.onError?.(err));
      }
    });
  }

  /** Creates the node (waiting out a stale one) and keeps it; rejects with ERR_HOST_CONFLICT if another live session holds it. */
  static async register(client: ZkClient, path: string, data: Buffer, options: EphemeralNodeOptions = {}): Promise<EphemeralNode> {
    const node = new EphemeralNode(client, path, data, options);
    try {
      await node.ensure();
    } catch (err) {
      node.unsubscribe();
      throw err;
    }
    return node;
  }

  /** Replaces the node's data. */
  async update(data: Buffer): Promise<void> {
    this.data = data;
    await this.client.set(this.path, data);
  }

  /** Deletes the node (if ours) and stops re-creating it. */
  async remove(): Promise<void> {
    this.stopped = true;
    this.unsubscribe();
    const stat = await this.client.exists(this.path).catch(() => null);
    if (stat && stat.ephemeralOwner === this.client.sessionId) {
      await this.client.delete(this.path, stat.version).catch(() => undefined);
    }
  }

  private async ensure(): Promise<void> {
    const deadline = Date.now() + (this.options.staleWaitMs ?? this.client.sessionTimeoutMs + 2000);
    while (!this.stopped) {
      try {
        await this.client.create(this.path, this.data, 'ephemeral');
        return;
      } catch (err) {
        if (!hasZkCode(err, ErrorCode.ZK_NODE_EXISTS)) throw err;
      }
      const stat = await this.client.exists(this.path);
      if (stat && stat.ephemeralOwner === this.client.sessionId) return;
      if (stat && Date.now() >= deadline) {
        throw new ZkError(
          ErrorCode.HOST_CONFLICT,
          `${this.path} is held by another live ZooKeeper session (${stat.ephemeralOwner ?? 'persistent node'})`,
          { path: this.path, hint: 'another agent runs with the same --host; give each agent a unique host name' },
        );
      }
      if (stat) await this.waitForDeletion(deadline);
    }
  }

  private waitForDeletion(deadline: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, Math.max(0, deadline - Date.now()));
      const watch: ZkWatcher = (event) => {
        if (event.type === 'deleted') {
          clearTimeout(timer);
          resolve();
        }
      };
      this.client.exists(this.path, { watch }).then(
        (stat) => {
          if (!stat) {
            clearTimeout(timer);
            resolve();
          }
        },
        () => {
          clearTimeout(timer);
          resolve();
        },
      );
    });
  }
}
