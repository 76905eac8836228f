/**
 * Which status records mean "this host will not get there without a new
 * publish (or a human)". The publisher's `wait` stops early on those instead
 * of waiting for its timeout; everything else may still change on its own.
 *
 * Mirrors the agent's failure classes (Flux-style): `rejected` payloads and
 * *stalling* failures are not retried until the desired state changes;
 * other `failed` records are transient and retried with backoff. `drifted`
 * is not counted as final, since an agent with `--self-heal` restores it.
 */
import { ErrorCode } from './errors.js';

/** Error codes of failures the agent does not retry until the config changes. */
export const STALLING_ERROR_CODES: ReadonlySet<string> = new Set<string>([
  ErrorCode.COMMIT_NOT_FOUND,
  ErrorCode.TARGET_NOT_A_CHECKOUT,
  ErrorCode.HEAD_MISMATCH,
  ErrorCode.CHECK_FAILED,
  ErrorCode.EXEC_FAILED,
  ErrorCode.PAYLOAD_INVALID,
  ErrorCode.PAYLOAD_NOT_ALLOWED,
  ErrorCode.PATH_OUTSIDE_BASE,
]);

/** True when the record is a final failure for its config version (rejected, or failed with a stalling code). */
export function isFinalFailure(record: { state: string; error: { code: string } | null }): boolean {
  if (record.state === 'rejected') return true;
  return record.state === 'failed' && record.error !== null && STALLING_ERROR_CODES.has(record.error.code);
}
