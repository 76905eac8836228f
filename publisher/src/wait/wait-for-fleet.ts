/**
 * Blocks until the fleet converges, gets stuck, or the timeout passes —
 * event-driven through {@link FleetWatch}, never by polling, so it returns as
 * soon as the event that made the last host `ok` arrives.
 */
import type { ZkClient } from '@zkdeploy/shared/zk';
import { summarizeFleet, type FleetStatus } from '../fleet-status.js';
import { FleetWatch } from '../fleet-watch.js';
import { judge, type Verdict, type WaitGoal } from './convergence.js';

export interface WaitOptions extends WaitGoal {
  timeoutMs: number;
  /** Called with every new status (for a progress line). */
  onProgress?: (status: FleetStatus, verdict: Verdict) => void;
}

export interface WaitOutcome {
  status: FleetStatus | null;
  verdict: Verdict;
  timedOut: boolean;
  elapsedMs: number;
}

/** Waits for the goal; resolves with the last status and why it stopped. */
export function waitForFleet(zk: ZkClient, app: string, options: WaitOptions): Promise<WaitOutcome> {
  const started = Date.now();
  return new Promise((resolve) => {
    let last: { status: FleetStatus; verdict: Verdict } | null = null;
    const finish = (timedOut: boolean): void => {
      clearTimeout(timer);
      watch.stop();
      const verdict = last?.verdict ?? { kind: 'waiting', reason: 'the fleet could not be read' };
      resolve({ status: last?.status ?? null, verdict, timedOut, elapsedMs: Date.now() - started });
    };
    const watch = new FleetWatch(zk, app, (snapshot) => {
      const status = summarizeFleet(snapshot);
      const verdict = judge(status, options);
      last = { status, verdict };
      options.onProgress?.(status, verdict);
      if (verdict.kind !== 'waiting') finish(false);
    });
    const timer = setTimeout(() => finish(true), options.timeoutMs);
  });
}
