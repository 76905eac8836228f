/**
 * Makes the library survive server error codes it does not know.
 *
 * node-zookeeper-client 1.1.3 builds every error with `Exception.create(code)`,
 * which throws `Error('Unknown code: -125')` for codes added to ZooKeeper after
 * the library was written (QUOTA_EXCEEDED -125, THROTTLED -127, …). It does so
 * inside its socket 'data' handler, so the throw escapes as an uncaught
 * exception and kills the process (upstream issues #70, #39). Replacing
 * `create` on the library's Exception module (which the library's own modules
 * look up at call time) turns an unknown code into an ordinary Exception
 * carrying that code; the wrapper then maps it to ERR_ZK_SERVER_ERROR on the
 * one call that got it.
 */
import { createRequire } from 'node:module';

interface ExceptionModule {
  (code: number, name: string, path: string | undefined, ctor: unknown): void;
  prototype: object;
  create: (code: number, path?: string) => Error;
  [name: string]: unknown;
}

/** Names of server codes newer than the library, for readable messages. */
export const NEWER_SERVER_CODES: Record<number, string> = {
  [-12]: 'UNKNOWN_SESSION',
  [-13]: 'NEW_CONFIG_NO_QUORUM',
  [-14]: 'RECONFIG_IN_PROGRESS',
  [-118]: 'SESSION_MOVED',
  [-119]: 'NOT_READ_ONLY',
  [-120]: 'EPHEMERAL_ON_LOCAL_SESSION',
  [-121]: 'NO_WATCHER',
  [-122]: 'REQUEST_TIMEOUT',
  [-123]: 'RECONFIG_DISABLED',
  [-124]: 'SESSION_CLOSED_REQUIRE_SASL_AUTH',
  [-125]: 'QUOTA_EXCEEDED',
  [-127]: 'THROTTLED_OP',
};

let installed = false;

/** Installs the patch once per process; safe to call again. Returns whether the patch is in place. */
export function tolerateUnknownServerCodes(): boolean {
  if (installed) return true;
  const require = createRequire(import.meta.url);
  const libraryMain = require.resolve('node-zookeeper-client');
  const exception = require(libraryMain.replace(/index\.js$/, 'lib/Exception.js')) as ExceptionModule;
  if (typeof exception.create !== 'function') return false;
  const known = new Set(Object.values(exception).filter((v): v is number => typeof v === 'number'));
  const original = exception.create;
  exception.create = function create(code: number, path?: string): Error {
    if (typeof code !== 'number' || known.has(code)) return original(code, path);
    // Built without the constructor, whose validation is what throws.
    const err = Object.create(exception.prototype) as Error & { code: number; path: string | undefined };
    Error.captureStackTrace(err, create);
    err.code = code;
    err.name = NEWER_SERVER_CODES[code] ?? 'UNKNOWN';
    err.path = path;
    err.message = `Exception: ${err.name}[${code}]`;
    return err;
  };
  installed = true;
  return true;
}
