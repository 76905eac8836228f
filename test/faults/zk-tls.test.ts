/**
 * TLS to a TLS-only ZooKeeper (secureClientPort, ssl.clientAuth=need, x509
 * authentication): a good client connects and is known by its certificate's
 * subject; each bad case fails within its deadline with its own code and a
 * hint, never a hang or a garbled reply.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode, ZkClient, x509SubjectId, type ZkTlsOptions } from '@zkdeploy/shared';
import { TestCertificateAuthority, ZkCluster, type ZkClusterTls } from '@zkdeploy/test-support';

const CONNECT_MS = 3000;

describe('TLS to ZooKeeper', () => {
  let cluster: ZkCluster;
  let tls: ZkClusterTls;
  let other: TestCertificateAuthority;
  const clients: ZkClient[] = [];

  async function connect(options: ZkTlsOptions | undefined, connectString = cluster.connectString()): Promise<ZkClient> {
    const zk = await ZkClient.connect({ connectString, connectTimeoutMs: CONNECT_MS, ...(options ? { tls: options } : {}) });
    clients.push(zk);
    return zk;
  }

  /** Expects the connect to fail with `code` and a hint, within the connect deadline (plus the probe's second). */
  async function refused(options: ZkTlsOptions | undefined, code: string, connectString?: string): Promise<Error & { hint?: string }> {
    const started = Date.now();
    const failure = (await connect(options, connectString).then(
      () => new Error('connected'),
      (err: unknown) => err,
    )) as Error & { code?: string; hint?: string };
    expect({ code: failure.code, message: failure.message }).toMatchObject({ code });
    expect(failure.hint).toBeTruthy();
    expect(Date.now() - started).toBeLessThan(CONNECT_MS + 1500);
    return failure;
  }

  /** TLS options trusting the cluster's CA, with a client certificate `authority` issued for `cn`. */
  async function authorityClient(authority: TestCertificateAuthority, cn: string): Promise<ZkTlsOptions> {
    const cert = await authority.clientCertificate(cn);
    return { ca: tls.ca, cert: cert.cert, key: cert.key };
  }

  beforeAll(async () => {
    cluster = await ZkCluster.start({ tls: true });
    tls = cluster.tls!;
    other = await TestCertificateAuthority.create('other');
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    await other?.remove();
    await cluster?.stop();
  });

  it('connects with a certificate, and ZooKeeper knows the client by the subject x509SubjectId computes', async () => {
    const admin = await connect(cluster.clientTls);
    const id = x509SubjectId(tls.cert);
    expect(id).toBe('CN=admin,O=zkdeploy');
    await admin.create('/owned', Buffer.from('v1'), 'persistent', [
      { scheme: 'x509', id, perms: 31 },
      { scheme: 'world', id: 'anyone', perms: 1 },
    ]);
    await admin.set('/owned', Buffer.from('v2'));
    // The same CA, another subject: may read, may not write.
    const stranger = await authorityClient(tls.authority, 'stranger');
    const zk = await connect(stranger);
    expect((await zk.get('/owned'))?.data.toString()).toBe('v2');
    await expect(zk.set('/owned', Buffer.from('evil'))).rejects.toMatchObject({ code: ErrorCode.ZK_NO_AUTH });
    expect((await admin.get('/owned'))?.data.toString()).toBe('v2');
  });

  it('an untrusted server certificate: ERR_ZK_TLS_UNKNOWN_CA at once', async () => {
    const failure = await refused({ ca: other.caCert, cert: tls.cert, key: tls.key }, ErrorCode.ZK_TLS_UNKNOWN_CA);
    expect(failure.hint).toMatch(/--zk-tls-ca/);
  });

  it('a server certificate without the name connected to: ERR_ZK_TLS_NAME_MISMATCH', async () => {
    const failure = await refused({ ...cluster.clientTls, servername: 'zk.example.com' }, ErrorCode.ZK_TLS_NAME_MISMATCH);
    expect(failure.hint).toMatch(/--zk-tls-servername/);
  });

  it('a client certificate the server does not trust, or none: ERR_ZK_TLS_CERT_REJECTED', async () => {
    await refused(await authorityClient(other, 'outsider'), ErrorCode.ZK_TLS_CERT_REJECTED);
    await refused({ ca: tls.ca }, ErrorCode.ZK_TLS_CERT_REJECTED);
  });

  it('an expired or not yet valid client certificate: its own code before any connection', async () => {
    const expired = await tls.authority.clientCertificate('old', { notBefore: '20000101000000Z', notAfter: '20000102000000Z' });
    await refused({ ca: tls.ca, cert: expired.cert, key: expired.key }, ErrorCode.ZK_TLS_CERT_EXPIRED);
    const future = await tls.authority.clientCertificate('future', { notBefore: '20990101000000Z', notAfter: '20990102000000Z' });
    await refused({ ca: tls.ca, cert: future.cert, key: future.key }, ErrorCode.ZK_TLS_CERT_NOT_YET_VALID);
  });

  it('a key that does not belong to the certificate: ERR_ZK_TLS_KEY_MISMATCH (exit 2), nothing connected', async () => {
    const stranger = await tls.authority.clientCertificate('stranger-2');
    const failure = await refused({ ca: tls.ca, cert: tls.cert, key: stranger.key }, ErrorCode.ZK_TLS_KEY_MISMATCH);
    expect((failure as unknown as { exitCode: number }).exitCode).toBe(2);
  });

  it('a plain client against the TLS port: ERR_ZK_TLS_REQUIRED, not a hang', async () => {
    const failure = await refused(undefined, ErrorCode.ZK_TLS_REQUIRED);
    expect(failure.hint).toMatch(/--zk-tls/);
  });

  it('a TLS client against a plain port: ERR_ZK_TLS_NOT_SPOKEN', async () => {
    const plain = await ZkCluster.start();
    try {
      await refused(cluster.clientTls, ErrorCode.ZK_TLS_NOT_SPOKEN, plain.connectString());
    } finally {
      await plain.stop();
    }
  });

  it('a server certificate that has expired: ERR_ZK_TLS_CERT_EXPIRED', async () => {
    const stale = await ZkCluster.start({ tls: true, tlsServerCertificate: { notBefore: '20000101000000Z', notAfter: '20000102000000Z' } });
    try {
      await refused(stale.clientTls, ErrorCode.ZK_TLS_CERT_EXPIRED, stale.connectString());
    } finally {
      await stale.stop();
    }
  });
});
