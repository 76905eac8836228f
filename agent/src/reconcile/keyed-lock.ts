/**
 * An in-process mutex per key (a release store's root). Apps of one agent
 * never hold overlapping targets at once (TargetRegistry), but a store stays
 * on disk after its app moves to another target, and the next app to claim
 * that target opens the same store: this keeps git commands on one store
 * strictly one at a time, whichever app runs them.
 */
export class KeyedLock {
  private readonly tails = new Map<string, Promise<void>>();

  /** Runs `fn` once every earlier holder of `key` has finished. */
  async with<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((r) => (release = r));
    const tail = previous.then(() => mine);
    this.tails.set(key, tail);
    await previous;
    try {
      return await fn();
    } finally {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }
}
