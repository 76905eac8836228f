/**
 * Which status records mean "this host will not get there without a new
 * publish (or a human)". The publisher's `wait` stops early on those instead
 * of waiting for its timeout; everything else may still change on its own.
 *
 * The agent classifies a failure where it raises it (errors.ts,
 * `FailureClass`) and records the class in the status record's error:
 * `rejected` payloads and *stalling* failures are not retried until the
 * desired state changes; other `failed` records are transient and retried
 * with backoff. `drifted` is not counted as final, since an agent with
 * `--self-heal` restores it.
 */
import { ErrorCode } from './errors.js';
import type { StatusError } from './status-record.js';

/**
 * The codes agents that did not yet record `error.class` stalled on: only
 * for reading their records during a rolling upgrade, never for deciding
 * anything in a current agent.
 */
const LEGACY_STALLING_CODES: ReadonlySet<string> = new Set<string>([
  ErrorCode.COMMIT_NOT_FOUND,
  ErrorCode.TARGET_NOT_A_CHECKOUT,
  ErrorCode.HEAD_MISMATCH,
  ErrorCode.CHECK_FAILED,
  ErrorCode.EXEC_FAILED,
  ErrorCode.PAYLOAD_INVALID,
  ErrorCode.PAYLOAD_NOT_ALLOWED,
  ErrorCode.PATH_OUTSIDE_BASE,
]);

/** True when the record is a final failure for its config version (rejected, or failed with a stalling error). */
export function isFinalFailure(record: { state: string; error: Pick<StatusError, 'code' | 'class'> | null }): boolean {
  if (record.state === 'rejected') return true;
  if (record.state !== 'failed' || record.error === null) return false;
  if (record.error.class !== undefined) return record.error.class !== 'transient';
  return LEGACY_STALLING_CODES.has(record.error.code);
}
