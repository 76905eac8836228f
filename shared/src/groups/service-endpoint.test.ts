import { describe, expect, it } from 'vitest';
import { encodeServiceEndpoint, isValidEndpointHost, parseServiceEndpoint } from './service-endpoint.js';

describe('service endpoints', () => {
  it('accepts host names, IPv4 and bracketed IPv6', () => {
    for (const host of ['web-1', 'web-1.example.com', '10.0.0.5', '[::1]', '[fe80::1]']) expect(isValidEndpointHost(host), host).toBe(true);
    for (const host of ['', '-x', 'a b', '::1', 'a..b', 'a/b', '[x]', 'x'.repeat(254)]) expect(isValidEndpointHost(host), host).toBe(false);
  });

  it('round-trips and refuses data that is not a usable endpoint', () => {
    const endpoint = { host: '10.0.0.5', port: 8080, since: '2026-01-01T00:00:00.000Z' };
    expect(parseServiceEndpoint(encodeServiceEndpoint(endpoint))).toEqual(endpoint);
    expect(parseServiceEndpoint(Buffer.from('{"host":"h","port":80}'))).toEqual({ host: 'h', port: 80 });
    for (const bad of ['', '{', '[]', '{"host":"h"}', '{"host":"h","port":0}', '{"host":"h","port":"80"}', '{"host":"-rm -rf","port":80}', '{"host":"h","port":70000}']) {
      expect(parseServiceEndpoint(Buffer.from(bad)), bad).toBeNull();
    }
  });
});
