/**
 * Classifies a failed deploy the way Flux does: stalling errors need a new
 * desired state (or a human) and are not retried; transient ones are retried
 * with backoff.
 */
import { ErrorCode, STALLING_ERROR_CODES, ZkDeployError, ValidationError, type StatusError } from '@zkdeploy/shared';

export type FailureKind = 'rejected' | 'stalling' | 'transient';

const REJECTED = new Set<string>([ErrorCode.PAYLOAD_INVALID, ErrorCode.PAYLOAD_NOT_ALLOWED, ErrorCode.PATH_OUTSIDE_BASE]);

/** Whether a failure is the payload's fault, needs a new config, or is worth retrying. */
export function classifyFailure(err: unknown): FailureKind {
  if (err instanceof ValidationError) return 'rejected';
  if (err instanceof ZkDeployError) {
    if (REJECTED.has(err.code)) return 'rejected';
    if (STALLING_ERROR_CODES.has(err.code)) return 'stalling'; // one list, shared with the publisher's `wait`
  }
  return 'transient';
}

/** The `{code, message}` written into the status record. */
export function statusError(err: unknown): StatusError {
  if (err instanceof ZkDeployError) return { code: err.code, message: err.message, ...(err.hint ? { hint: err.hint } : {}) };
  const message = err instanceof Error ? err.message : String(err);
  return { code: 'ERR_INTERNAL', message };
}
