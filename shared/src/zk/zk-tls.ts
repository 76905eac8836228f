/**
 * TLS settings for connections to ZooKeeper (docs/design.md, "Transport
 * security"): the PEM files are read and checked once, when the client is
 * made, so a missing file or a key that does not belong to the certificate is
 * a usage error before any connection is tried. Server certificates are
 * always verified against `ca` (or the system's CAs); there is no way to turn
 * that off.
 */
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { connect, createSecureContext, type ConnectionOptions, type TLSSocket } from 'node:tls';
import { ErrorCode } from '../errors.js';
import { ZkError } from './zk-errors.js';

/** What the flags give: file paths and an optional server name. */
export interface ZkTlsOptions {
  /** PEM file of the CA(s) that sign the servers' certificates (default: the system's). */
  ca?: string;
  /** PEM file of the client certificate (ZooKeeper's `ssl.clientAuth=need` asks for one). */
  cert?: string;
  /** PEM file of the client certificate's private key. */
  key?: string;
  /** The name the server certificate must carry when it is not the connect string's host. */
  servername?: string;
}

/** Loaded TLS settings: the PEM contents, checked. */
export interface ZkTlsSettings {
  ca?: Buffer;
  cert?: Buffer;
  key?: Buffer;
  servername?: string;
  /** The client certificate's validity, to tell an expired client certificate from other refusals. */
  certValidity?: { from: Date; to: Date; file: string };
}

function readPem(file: string, what: string, flag: string): Buffer {
  try {
    return readFileSync(file);
  } catch (err) {
    throw new ZkError(ErrorCode.USAGE, `cannot read the ${what} ${file}: ${(err as Error).message}`, {
      hint: `check ${flag}`,
      cause: err,
    });
  }
}

/** Reads the PEM files and checks that they are usable together; throws ERR_USAGE or ERR_ZK_TLS_KEY_MISMATCH. */
export function loadZkTls(options: ZkTlsOptions): ZkTlsSettings {
  if (Boolean(options.cert) !== Boolean(options.key)) {
    throw new ZkError(ErrorCode.USAGE, '--zk-tls-cert and --zk-tls-key go together: a client certificate needs its key', {
      hint: 'give both (ZKDEPLOY_ZK_TLS_CERT and ZKDEPLOY_ZK_TLS_KEY), or neither',
    });
  }
  const settings: ZkTlsSettings = {
    ...(options.ca ? { ca: readPem(options.ca, 'ZooKeeper CA file', '--zk-tls-ca') } : {}),
    ...(options.cert ? { cert: readPem(options.cert, 'ZooKeeper client certificate', '--zk-tls-cert') } : {}),
    ...(options.key ? { key: readPem(options.key, 'ZooKeeper client key', '--zk-tls-key') } : {}),
    ...(options.servername ? { servername: options.servername } : {}),
  };
  checkContext(settings, options);
  if (settings.cert && options.cert) {
    const certificate = new X509Certificate(settings.cert);
    settings.certValidity = { from: new Date(certificate.validFrom), to: new Date(certificate.validTo), file: options.cert };
    const invalid = clientCertificateOutOfDate(settings);
    if (invalid) throw invalid;
  }
  return settings;
}

/** ERR_ZK_TLS_CERT_EXPIRED or ERR_ZK_TLS_CERT_NOT_YET_VALID when the client certificate is outside its validity now. */
export function clientCertificateOutOfDate(settings: ZkTlsSettings, now = new Date()): ZkError | null {
  const validity = settings.certValidity;
  if (!validity) return null;
  if (now > validity.to) {
    return new ZkError(ErrorCode.ZK_TLS_CERT_EXPIRED, `the client certificate ${validity.file} expired on ${validity.to.toISOString()}`, {
      hint: 'renew the certificate given by --zk-tls-cert (or check this machine\'s clock)',
    });
  }
  if (now < validity.from) {
    return new ZkError(ErrorCode.ZK_TLS_CERT_NOT_YET_VALID, `the client certificate ${validity.file} is valid only from ${validity.from.toISOString()}`, {
      hint: 'check this machine\'s clock and the certificate\'s start date',
    });
  }
  return null;
}

function checkContext(settings: ZkTlsSettings, options: ZkTlsOptions): void {
  try {
    createSecureContext({ ca: settings.ca, cert: settings.cert, key: settings.key });
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    const message = (err as Error).message;
    if (code === 'ERR_OSSL_X509_KEY_VALUES_MISMATCH' || /key values mismatch/i.test(message)) {
      throw new ZkError(ErrorCode.ZK_TLS_KEY_MISMATCH, `the key ${options.key} does not belong to the certificate ${options.cert}`, {
        hint: 'give --zk-tls-key the private key the --zk-tls-cert certificate was issued for',
        cause: err,
      });
    }
    throw new ZkError(ErrorCode.USAGE, `the ZooKeeper TLS files cannot be used: ${message}`, {
      hint: 'check --zk-tls-ca, --zk-tls-cert and --zk-tls-key: each must be a PEM file (an unencrypted key)',
      cause: err,
    });
  }
}

/** Opens a verified TLS connection to one server. */
export function connectTls(settings: ZkTlsSettings, server: { host: string; port: number }): TLSSocket {
  const servername = settings.servername ?? (isIP(server.host) ? undefined : server.host);
  const options: ConnectionOptions = {
    host: server.host,
    port: server.port,
    rejectUnauthorized: true,
    ...(settings.ca ? { ca: settings.ca } : {}),
    ...(settings.cert ? { cert: settings.cert, key: settings.key } : {}),
    ...(servername ? { servername } : {}),
  };
  return connect(options);
}
