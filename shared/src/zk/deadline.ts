import { ErrorCode } from '../errors.js';
import { ZkError } from './zk-errors.js';

/**
 * Runs a callback-style call with a deadline: the promise settles with the
 * callback's result or rejects with ERR_ZK_TIMEOUT when the deadline passes;
 * a late callback is ignored.
 */
export function withDeadline<T>(
  op: string,
  path: string,
  timeoutMs: number,
  start: (settle: (err: unknown, value?: T) => void) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let done = false;
    const timer = setTimeout(() => {
      if (done) return;
      done = true;
      reject(new ZkError(ErrorCode.ZK_TIMEOUT, `${op} ${path}: no answer from ZooKeeper within ${timeoutMs} ms`, { path }));
    }, timeoutMs);
    const settle = (err: unknown, value?: T): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (err) reject(err);
      else resolve(value as T);
    };
    try {
      start(settle);
    } catch (err) {
      settle(err ?? new Error('call failed'));
    }
  });
}
