/**
 * The few log methods a library component calls, and a quiet stand-in for
 * callers that pass no logger. The stand-in is not a pino logger on purpose:
 * a short-lived process (the CLI) that never logs should not pay for loading
 * pino. A pino `Logger` (or its child) satisfies `ComponentLog`.
 */
import type { Logger } from 'pino';

export type ComponentLog = Pick<Logger, 'debug' | 'info' | 'warn' | 'error'>;

const nothing = (): void => undefined;

/** Writes nothing, like a silent pino logger. */
export const QUIET_LOG: ComponentLog = { debug: nothing, info: nothing, warn: nothing, error: nothing };
