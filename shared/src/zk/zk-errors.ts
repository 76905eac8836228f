import { ErrorCode, ZkDeployError, type ErrorCodeValue, type ZkDeployErrorOptions } from '../errors.js';

/** ZooKeeper server error codes (org.apache.zookeeper.KeeperException.Code). */
const SERVER_CODES: Record<number, { code: ErrorCodeValue; what: string }> = {
  [-4]: { code: ErrorCode.ZK_DISCONNECTED, what: 'the connection to ZooKeeper was lost' },
  [-7]: { code: ErrorCode.ZK_TIMEOUT, what: 'the ZooKeeper operation timed out' },
  [-101]: { code: ErrorCode.ZK_NO_NODE, what: 'the znode does not exist' },
  [-102]: { code: ErrorCode.ZK_NO_AUTH, what: 'permission denied by the znode ACL' },
  [-103]: { code: ErrorCode.ZK_BAD_VERSION, what: 'the znode was changed concurrently (version mismatch)' },
  [-110]: { code: ErrorCode.ZK_NODE_EXISTS, what: 'the znode already exists' },
  [-111]: { code: ErrorCode.ZK_NOT_EMPTY, what: 'the znode has children' },
  [-112]: { code: ErrorCode.ZK_SESSION_EXPIRED, what: 'the ZooKeeper session expired' },
  [-115]: { code: ErrorCode.ZK_AUTH_FAILED, what: 'ZooKeeper authentication failed' },
};

/** An error from a ZooKeeper call, with the path and the server's numeric code when known. */
export class ZkError extends ZkDeployError {
  readonly path: string | undefined;
  readonly serverCode: number | undefined;
  constructor(
    code: ErrorCodeValue,
    message: string,
    options: ZkDeployErrorOptions & { path?: string; serverCode?: number } = {},
  ) {
    super(code, message, options);
    this.path = options.path;
    this.serverCode = options.serverCode;
  }
}

interface LibraryException {
  getCode(): number;
  getName?(): string;
}

function isLibraryException(err: unknown): err is LibraryException {
  return typeof err === 'object' && err !== null && typeof (err as LibraryException).getCode === 'function';
}

/** Maps whatever the underlying client returned into a ZkError naming the operation and path. */
export function toZkError(err: unknown, op: string, path: string): ZkError {
  if (err instanceof ZkError) return err;
  if (isLibraryException(err)) {
    const serverCode = err.getCode();
    const known = SERVER_CODES[serverCode];
    const code = known?.code ?? ErrorCode.ZK_SERVER_ERROR;
    const what = known?.what ?? `ZooKeeper answered error ${serverCode} (${err.getName?.() ?? 'unknown'})`;
    return new ZkError(code, `${op} ${path}: ${what}`, { path, serverCode, cause: err });
  }
  const message = err instanceof Error ? err.message : String(err);
  return new ZkError(ErrorCode.ZK_SERVER_ERROR, `${op} ${path}: ${message}`, { path, cause: err });
}

/** True for errors after which the same idempotent call may succeed on retry. */
export function isTransientZkError(err: unknown): boolean {
  return (
    err instanceof ZkError &&
    (err.code === ErrorCode.ZK_DISCONNECTED ||
      err.code === ErrorCode.ZK_TIMEOUT ||
      err.code === ErrorCode.ZK_SESSION_EXPIRED)
  );
}

/** True when `err` is a ZkError with this code. */
export function hasZkCode(err: unknown, code: ErrorCodeValue): boolean {
  return err instanceof ZkError && err.code === code;
}
