import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode } from '@zkdeploy/shared';
import { parseAgentOptions } from './agent-options.js';

const dir = mkdtempSync(join(tmpdir(), 'zkdeploy-agent-tls-'));
const file = (name: string) => join(dir, name);

/** A self-signed certificate and key, made by openssl. */
function certificate(name: string): { cert: string; key: string } {
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
    '-keyout', file(`${name}.key`), '-out', file(`${name}.pem`), '-subj', `/O=zkdeploy/CN=${name}`,
  ], { stdio: 'ignore' });
  return { cert: file(`${name}.pem`), key: file(`${name}.key`) };
}

describe('agent TLS options (--zk-tls…, ZKDEPLOY_ZK_TLS…, config keys zkTls…)', () => {
  let a: { cert: string; key: string };
  let b: { cert: string; key: string };
  const saved = { ...process.env };
  beforeAll(() => {
    a = certificate('a');
    b = certificate('b');
  });
  afterEach(() => {
    for (const k of Object.keys(process.env)) if (k.startsWith('ZKDEPLOY_ZK_TLS')) delete process.env[k];
    Object.assign(process.env, saved);
  });

  it('reads flags, variables and config keys, with absolute paths; none means a plain connection', () => {
    expect(parseAgentOptions([]).zkTls).toBeUndefined();
    expect(parseAgentOptions(['--zk-tls', '--zk-tls-ca', a.cert, '--zk-tls-cert', a.cert, '--zk-tls-key', a.key]).zkTls).toEqual({ ca: a.cert, cert: a.cert, key: a.key });
    process.env['ZKDEPLOY_ZK_TLS'] = 'true';
    process.env['ZKDEPLOY_ZK_TLS_SERVERNAME'] = 'zk.example.com';
    expect(parseAgentOptions([]).zkTls).toEqual({ servername: 'zk.example.com' });
    delete process.env['ZKDEPLOY_ZK_TLS'];
    delete process.env['ZKDEPLOY_ZK_TLS_SERVERNAME'];
    const config = file('config.json');
    writeFileSync(config, JSON.stringify({ zkTls: true, zkTlsCa: b.cert, zkTlsCert: b.cert, zkTlsKey: b.key }));
    expect(parseAgentOptions(['--config', config]).zkTls).toEqual({ ca: b.cert, cert: b.cert, key: b.key });
  });

  it('refuses a file flag without --zk-tls, a certificate without its key, and an unknown --zk-tls value (exit 2)', () => {
    expect(() => parseAgentOptions(['--zk-tls-ca', a.cert])).toThrow(expect.objectContaining({ code: ErrorCode.USAGE, message: expect.stringMatching(/without --zk-tls/) }));
    expect(() => parseAgentOptions(['--zk-tls', '--zk-tls-cert', a.cert])).toThrow(expect.objectContaining({ code: ErrorCode.USAGE }));
    expect(() => parseAgentOptions(['--zk-tls', 'maybe'])).toThrow(expect.objectContaining({ code: ErrorCode.USAGE }));
    expect(() => parseAgentOptions(['--zk-tls', '--zk-tls-ca', file('missing.pem')])).toThrow(expect.objectContaining({ code: ErrorCode.USAGE, message: expect.stringMatching(/missing\.pem/) }));
  });

  it('refuses a key that is not the certificate\'s with its own code and exit 2', () => {
    let failure: unknown;
    try {
      parseAgentOptions(['--zk-tls', '--zk-tls-cert', a.cert, '--zk-tls-key', b.key]);
    } catch (err) {
      failure = err;
    }
    expect(failure).toMatchObject({ code: ErrorCode.ZK_TLS_KEY_MISMATCH, exitCode: 2 });
  });
});
