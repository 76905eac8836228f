/**
 * Records values a callback receives and lets a test await the first one (in
 * order of arrival, past ones included) that matches, with a deadline: tests
 * wait for events, never for fixed sleeps.
 */
export class EventRecorder<T> {
  readonly seen: T[] = [];
  private readonly waiters = new Set<{ match: (value: T) => boolean; resolve: (value: T) => void; from: number }>();

  /** The callback to hand to the code under test. */
  readonly record = (value: T): void => {
    this.seen.push(value);
    for (const waiter of [...this.waiters]) {
      if (waiter.match(value)) {
        this.waiters.delete(waiter);
        waiter.resolve(value);
      }
    }
  };

  /** Marks the current position: `next` after it only looks at later values. */
  mark(): number {
    return this.seen.length;
  }

  /** The first value at or after `from` (default: the start) that matches, waiting up to `timeoutMs`. */
  next(match: (value: T) => boolean, timeoutMs: number, what = 'an event', from = 0): Promise<T> {
    const earlier = this.seen.slice(from).find(match);
    if (earlier !== undefined) return Promise.resolve(earlier);
    return new Promise<T>((resolve, reject) => {
      const waiter = {
        match,
        from,
        resolve: (value: T) => {
          clearTimeout(timer);
          resolve(value);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; seen: ${JSON.stringify(this.seen, jsonSafe)}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }
}

function jsonSafe(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (Buffer.isBuffer(value)) return value.toString();
  if (value && typeof value === 'object' && (value as { type?: string }).type === 'Buffer') {
    return Buffer.from((value as { data: number[] }).data).toString();
  }
  return value;
}
