/**
 * Reads the class a failed deploy's error was given where it was raised
 * (shared errors.ts, `FailureClass`, as Flux's `serror.NewStalling` does):
 * stalling errors need a new desired state (or a human) and are not retried;
 * transient ones are retried with backoff; rejected payloads touched nothing.
 */
import { ZkDeployError, type FailureClass, type StatusError } from '@zkdeploy/shared';

export type FailureKind = FailureClass;

/** Whether a failure is the payload's fault, needs a new config, or is worth retrying. */
export function classifyFailure(err: unknown): FailureKind {
  return err instanceof ZkDeployError ? err.failure : 'transient';
}

/** The `{code, message}` written into the status record. */
export function statusError(err: unknown): StatusError {
  if (err instanceof ZkDeployError) return { code: err.code, message: err.message, ...(err.hint ? { hint: err.hint } : {}) };
  const message = err instanceof Error ? err.message : String(err);
  return { code: 'ERR_INTERNAL', message };
}
