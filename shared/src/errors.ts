/**
 * Typed errors with stable codes. Every error that reaches a user says in one
 * sentence what was wrong (`message`) and, where useful, what to do (`hint`).
 */

/** Stable error codes; operators' scripts and the status record rely on them. */
export const ErrorCode = {
  PAYLOAD_INVALID: 'ERR_PAYLOAD_INVALID',
  PAYLOAD_NOT_ALLOWED: 'ERR_PAYLOAD_NOT_ALLOWED',
  USAGE: 'ERR_USAGE',
  PATH_OUTSIDE_BASE: 'ERR_PATH_OUTSIDE_BASE',
  COMMIT_NOT_FOUND: 'ERR_COMMIT_NOT_FOUND',
  GIT_FAILED: 'ERR_GIT_FAILED',
  GIT_TIMEOUT: 'ERR_GIT_TIMEOUT',
  HEAD_MISMATCH: 'ERR_HEAD_MISMATCH',
  TARGET_NOT_A_CHECKOUT: 'ERR_TARGET_NOT_A_CHECKOUT',
  ZK_UNREACHABLE: 'ERR_ZK_UNREACHABLE',
  ZK_TIMEOUT: 'ERR_ZK_TIMEOUT',
  ZK_DISCONNECTED: 'ERR_ZK_DISCONNECTED',
  ZK_SESSION_EXPIRED: 'ERR_ZK_SESSION_EXPIRED',
  ZK_CLOSED: 'ERR_ZK_CLOSED',
  ZK_NO_NODE: 'ERR_ZK_NO_NODE',
  ZK_NODE_EXISTS: 'ERR_ZK_NODE_EXISTS',
  ZK_BAD_VERSION: 'ERR_ZK_BAD_VERSION',
  ZK_NOT_EMPTY: 'ERR_ZK_NOT_EMPTY',
  ZK_NO_AUTH: 'ERR_ZK_NO_AUTH',
  ZK_AUTH_FAILED: 'ERR_ZK_AUTH_FAILED',
  ZK_SERVER_ERROR: 'ERR_ZK_SERVER_ERROR',
  /** The server closed fresh connections at once (maxClientCnxns per address, or not serving). */
  ZK_CONNECTION_REFUSED: 'ERR_ZK_CONNECTION_REFUSED',
  ZK_TLS_UNKNOWN_CA: 'ERR_ZK_TLS_UNKNOWN_CA',
  ZK_TLS_CERT_EXPIRED: 'ERR_ZK_TLS_CERT_EXPIRED',
  ZK_TLS_CERT_NOT_YET_VALID: 'ERR_ZK_TLS_CERT_NOT_YET_VALID',
  ZK_TLS_NAME_MISMATCH: 'ERR_ZK_TLS_NAME_MISMATCH',
  ZK_TLS_CERT_REJECTED: 'ERR_ZK_TLS_CERT_REJECTED',
  ZK_TLS_REQUIRED: 'ERR_ZK_TLS_REQUIRED',
  ZK_TLS_NOT_SPOKEN: 'ERR_ZK_TLS_NOT_SPOKEN',
  ZK_TLS_KEY_MISMATCH: 'ERR_ZK_TLS_KEY_MISMATCH',
  ZK_TLS_HANDSHAKE_FAILED: 'ERR_ZK_TLS_HANDSHAKE_FAILED',
  CONFLICT: 'ERR_CONFLICT',
  NOT_CONVERGED: 'ERR_NOT_CONVERGED',
  HOST_CONFLICT: 'ERR_HOST_CONFLICT',
  EXEC_FAILED: 'ERR_EXEC_FAILED',
  LOCAL_CHANGES: 'ERR_LOCAL_CHANGES',
  DRIFTED: 'ERR_DRIFTED',
  CHECK_FAILED: 'ERR_CHECK_FAILED',
  BASE_DIR_LOCKED: 'ERR_BASE_DIR_LOCKED',
  BASE_DIR_UNSAFE: 'ERR_BASE_DIR_UNSAFE',
  TREE_TOO_LARGE: 'ERR_TREE_TOO_LARGE',
  INTERNAL: 'ERR_INTERNAL',
  TARGET_OVERLAP: 'ERR_TARGET_OVERLAP',
} as const;

export type ErrorCodeValue = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Exit codes shared by every command (docs/design.md, "CLI contract"). */
export const ExitCode = {
  OK: 0,
  OPERATIONAL: 1,
  INVALID_INPUT: 2,
  NOT_CONVERGED: 3,
} as const;

/**
 * What a failed deploy means for the agent's next step (Flux's
 * `serror.NewStalling` vs `serror.NewGeneric`): `rejected` — the payload is
 * invalid or not allowed here, nothing was touched; `stalling` — it needs a
 * new config or a human, and is not retried until the config changes;
 * `transient` — retried with backoff.
 */
export type FailureClass = 'rejected' | 'stalling' | 'transient';

/**
 * The class an error of a code has unless the line that raises it says
 * otherwise. Written beside the codes, so a new code is classified where it
 * is declared; codes not listed are transient.
 */
const CODE_FAILURE_CLASS: Partial<Record<string, FailureClass>> = {
  ERR_PAYLOAD_INVALID: 'rejected',
  ERR_PAYLOAD_NOT_ALLOWED: 'rejected',
  ERR_PATH_OUTSIDE_BASE: 'rejected',
  ERR_TARGET_OVERLAP: 'rejected',
  ERR_COMMIT_NOT_FOUND: 'stalling',
  ERR_TARGET_NOT_A_CHECKOUT: 'stalling',
  ERR_HEAD_MISMATCH: 'stalling',
  ERR_CHECK_FAILED: 'stalling',
  ERR_EXEC_FAILED: 'stalling',
  ERR_TREE_TOO_LARGE: 'stalling',
};

export interface ZkDeployErrorOptions {
  hint?: string;
  cause?: unknown;
  details?: Record<string, unknown>;
  /** How the agent treats this failure; defaults to the class of the code. */
  failure?: FailureClass;
}

/** Base class of every error zkdeploy raises on purpose. */
export class ZkDeployError extends Error {
  readonly code: ErrorCodeValue;
  readonly hint: string | undefined;
  readonly details: Record<string, unknown> | undefined;
  /** How a deploy that failed with this error goes on (see {@link FailureClass}). */
  readonly failure: FailureClass;

  constructor(code: ErrorCodeValue, message: string, options: ZkDeployErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.hint = options.hint;
    this.details = options.details;
    this.failure = options.failure ?? CODE_FAILURE_CLASS[code] ?? 'transient';
  }

  /** The process exit code this error maps to. */
  get exitCode(): number {
    return this.code === ErrorCode.PAYLOAD_INVALID || this.code === ErrorCode.USAGE || this.code === ErrorCode.ZK_TLS_KEY_MISMATCH
      ? ExitCode.INVALID_INPUT
      : this.code === ErrorCode.NOT_CONVERGED
        ? ExitCode.NOT_CONVERGED
        : ExitCode.OPERATIONAL;
  }
}

/** Input (CLI arguments or znode data) that breaks the contract. Exit code 2. */
export class ValidationError extends ZkDeployError {
  readonly field: string | undefined;
  constructor(message: string, options: ZkDeployErrorOptions & { field?: string } = {}) {
    super(ErrorCode.PAYLOAD_INVALID, message, { ...options, failure: 'rejected' });
    this.field = options.field;
  }
}

/** Wrong command-line usage. Exit code 2. */
export class UsageError extends ZkDeployError {
  constructor(message: string, options: ZkDeployErrorOptions = {}) {
    super(ErrorCode.USAGE, message, options);
  }
}
