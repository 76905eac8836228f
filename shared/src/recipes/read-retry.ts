/**
 * When a recipe's read fails while the client is still connected (a deadline
 * passed, a server error), nothing else would trigger another read: no watch
 * was armed and no RECONNECTED is coming. This schedules one more attempt
 * with jittered backoff; while disconnected it does nothing, because the
 * RECONNECTED that follows triggers the read.
 */
import type { ZkClient } from '../zk/zk-client.js';
import { backoffDelay } from '../zk/retry.js';

export class ReadRetry {
  private failures = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly client: ZkClient,
    private readonly again: () => void,
  ) {}

  /** Records a failed read and schedules another one if still connected. */
  failed(): void {
    if (this.timer || !this.client.isConnected) return;
    const delay = backoffDelay(this.failures++, 100, 5000);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.again();
    }, delay);
    this.timer.unref();
  }

  /** Records a successful read. */
  succeeded(): void {
    this.failures = 0;
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
