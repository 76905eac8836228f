/** Parses `--listen host:port` (IPv6 as `[::1]:port`); port 0 picks a free port. */
import { isIP } from 'node:net';
import { UsageError } from '@zkdeploy/shared/errors';

export interface ListenAddress {
  host: string;
  port: number;
  loopback: boolean;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export function parseListen(text: string): ListenAddress {
  const match = /^(?:\[([0-9a-fA-F:.]+)\]|([^:[\]]+)):(\d{1,5})$/.exec(text);
  const host = match?.[1] ?? match?.[2];
  const port = Number(match?.[3]);
  if (!match || host === undefined || port > 65535 || (host !== 'localhost' && isIP(host) === 0)) {
    throw new UsageError(`--listen ${JSON.stringify(text)} must be an IP address (or localhost) and a port, like 127.0.0.1:8080 or [::1]:8080`);
  }
  return { host, port, loopback: LOOPBACK.has(host) || host.startsWith('127.') };
}
