import { pino, type Logger, type LoggerOptions } from 'pino';

export type { Logger };

export interface LoggerSettings {
  level?: string;
  name?: string;
  /** Pretty output; defaults to whether stdout is a TTY. */
  pretty?: boolean;
  /** Destination file descriptor (1 = stdout, 2 = stderr). */
  fd?: 1 | 2;
}

/**
 * A pino logger: one JSON line per event, pretty when the destination is a TTY.
 * Components take a child with their bindings (`logger.child({ app, host })`).
 */
export function createLogger(settings: LoggerSettings = {}): Logger {
  const fd = settings.fd ?? 1;
  const pretty = settings.pretty ?? Boolean(fd === 1 ? process.stdout.isTTY : process.stderr.isTTY);
  const options: LoggerOptions = {
    level: settings.level ?? process.env['ZKDEPLOY_LOG_LEVEL'] ?? 'info',
    base: settings.name ? { name: settings.name } : {},
    timestamp: pino.stdTimeFunctions.isoTime,
    serializers: { err: pino.stdSerializers.err },
  };
  if (pretty) {
    return pino({
      ...options,
      transport: { target: 'pino-pretty', options: { destination: fd, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' } },
    });
  }
  return pino(options, pino.destination({ fd, sync: true }));
}

/** A logger that writes nothing, for library callers that pass none. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
