/**
 * A registered service endpoint: `B/services/<name>/<host>` (ephemeral, one
 * per agent host) with data `{host, port, since}`. Znode data is untrusted:
 * a node whose data is not a valid endpoint is reported as invalid, never
 * handed to a client as an address.
 */

/** The data of one endpoint node. */
export interface ServiceEndpoint {
  host: string;
  port: number;
  /** ISO time of this registration. */
  since?: string;
}

/** A host name, an IPv4 address or a bracketed IPv6 address. */
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])$/;

/** True for a host usable in an endpoint (name, IPv4, or `[IPv6]`). */
export function isValidEndpointHost(host: string): boolean {
  return host.length <= 253 && HOST.test(host);
}

/** True for a TCP port number. */
export function isValidPort(port: unknown): port is number {
  return typeof port === 'number' && Number.isInteger(port) && port >= 1 && port <= 65_535;
}

/** Encodes an endpoint as UTF-8 JSON. */
export function encodeServiceEndpoint(endpoint: ServiceEndpoint): Buffer {
  return Buffer.from(JSON.stringify(endpoint));
}

/** Decodes an endpoint; null when the data is not `{host, port}` with a valid host and port. */
export function parseServiceEndpoint(data: Buffer | null | undefined): ServiceEndpoint | null {
  if (!data || data.length === 0 || data.length > 64 * 1024) return null;
  try {
    const value: unknown = JSON.parse(data.toString('utf8'));
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
    const o = value as Record<string, unknown>;
    if (typeof o['host'] !== 'string' || !isValidEndpointHost(o['host']) || !isValidPort(o['port'])) return null;
    return { host: o['host'], port: o['port'], ...(typeof o['since'] === 'string' ? { since: o['since'] } : {}) };
  } catch {
    return null;
  }
}
