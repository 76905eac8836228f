import { isTransientZkError } from './zk-errors.js';

export interface RetryOptions {
  /** Attempts in all, the first included. */
  attempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Which errors are worth another attempt. */
  retryable?: (err: unknown) => boolean;
  signal?: AbortSignal;
}

/** Full-jitter exponential backoff delay for attempt `n` (0-based). */
export function backoffDelay(n: number, baseDelayMs: number, maxDelayMs: number): number {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** n);
  return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
}

/** Sleeps `ms`, ending early (rejecting) when the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Retries an idempotent call (a read, or a write guarded by a version) on
 * transient ZooKeeper errors with jittered backoff. Never use it for creates
 * whose first attempt may have succeeded unseen.
 */
export async function retryIdempotent<T>(fn: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 5;
  const retryable = options.retryable ?? isTransientZkError;
  for (let n = 0; ; n++) {
    try {
      return await fn();
    } catch (err) {
      if (n + 1 >= attempts || !retryable(err)) throw err;
      await sleep(backoffDelay(n, options.baseDelayMs ?? 100, options.maxDelayMs ?? 2000), options.signal);
    }
  }
}
