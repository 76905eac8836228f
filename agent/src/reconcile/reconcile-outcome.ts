/**
 * What one reconcile run came to. The steps return it; the reconciler
 * derives the status record and the metrics from it in one place.
 */
import { ErrorCode, type FailureClass, type Payload, type StatusError } from '@zkdeploy/shared';

export type Outcome =
  /** The target holds the commit; `deployed` when this run activated a new release. */
  | { kind: 'ok'; payload: Payload; deployed: boolean }
  /** Local changes found and left alone (no --self-heal): not retried until they change or the config does. */
  | { kind: 'drifted'; payload: Payload; head: string | null; paths: string[] }
  /** The run failed: `class` says whether it is retried. */
  | { kind: 'failed'; payload: Payload | null; error: StatusError; class: FailureClass }
  /** A newer config arrived (or the agent is stopping): nothing is recorded for this one. */
  | { kind: 'superseded' };

/** The status error of a drifted checkout, paths included. */
export function driftError(relativePath: string, paths: string[], selfHeal: boolean): StatusError {
  const shown = paths.slice(0, 10).join(', ') + (paths.length > 10 ? `, … (${paths.length} paths)` : '');
  return {
    code: ErrorCode.DRIFTED,
    message: `checkout ${relativePath} was changed locally (${shown}); ${selfHeal ? 'restoring it (--self-heal)' : 'nothing was deployed over it'}`,
    hint: 'undo the local changes, or run the agent with --self-heal to restore the checkout',
    paths: paths.slice(0, 1000),
  };
}
