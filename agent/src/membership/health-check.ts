/**
 * Health checks of a registered service: a TCP connect to the endpoint, or an
 * HTTP(S) GET that must answer 2xx. Each check has a deadline, so a hung
 * service counts as unhealthy rather than stalling the loop. No command is
 * run here; a check that ran one would take its environment, user and output
 * redaction from shared's command-env.ts and secret-redaction.ts, as
 * --check, --exec and the role commands do.
 */
import { connect } from 'node:net';
import { UsageError } from '@zkdeploy/shared';

export type HealthCheckSpec = { kind: 'tcp' } | { kind: 'http'; url: string };

export interface HealthResult {
  ok: boolean;
  /** Why, in a few words (`connect ECONNREFUSED`, `HTTP 503`). */
  detail: string;
}

/** Parses `tcp` or an `http://…`/`https://…` URL; throws UsageError otherwise. */
export function parseHealthCheck(text: string): HealthCheckSpec {
  if (text === 'tcp') return { kind: 'tcp' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`--health ${JSON.stringify(text)} is neither tcp nor an http:// or https:// URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`--health ${JSON.stringify(text)} must be tcp or an http:// or https:// URL`);
  }
  return { kind: 'http', url: url.toString() };
}

/** Runs one check against `host:port` (used by tcp checks) within `timeoutMs`. */
export function runHealthCheck(spec: HealthCheckSpec, host: string, port: number, timeoutMs: number): Promise<HealthResult> {
  return spec.kind === 'tcp' ? tcpCheck(host, port, timeoutMs) : httpCheck(spec.url, timeoutMs);
}

function tcpCheck(host: string, port: number, timeoutMs: number): Promise<HealthResult> {
  return new Promise((resolve) => {
    // `[::1]` is how an IPv6 endpoint is written; net.connect wants it bare.
    const socket = connect({ host: host.replace(/^\[(.*)\]$/, '$1'), port });
    const done = (result: HealthResult): void => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(timeoutMs, () => done({ ok: false, detail: `no TCP connection within ${timeoutMs} ms` }));
    socket.once('connect', () => done({ ok: true, detail: 'tcp connect ok' }));
    socket.once('error', (err: NodeJS.ErrnoException) => done({ ok: false, detail: `connect ${err.code ?? err.message}` }));
  });
}

async function httpCheck(url: string, timeoutMs: number): Promise<HealthResult> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'manual' });
    await response.body?.cancel();
    const ok = response.status >= 200 && response.status < 300;
    return { ok, detail: `HTTP ${response.status}` };
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code;
    return { ok: false, detail: (err as Error).name === 'TimeoutError' ? `no HTTP answer within ${timeoutMs} ms` : `HTTP ${cause ?? (err as Error).message}` };
  }
}
