/**
 * Why a client could not connect, from what its attempts came to
 * (library-connector.ts reports each attempt the server did not answer).
 * "Could not connect within 5000 ms" alone leaves an operator guessing; the
 * common causes each get their own code and hint: TLS verification failures,
 * TLS on one side only, and a server that closes fresh connections at once
 * (ZooKeeper's maxClientCnxns per client address, or a member not serving).
 */
import { connect as netConnect } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { ErrorCode, type ErrorCodeValue } from '../errors.js';
import type { AttemptReport, ZkServerAddress } from './library-connector.js';
import { ZkError } from './zk-errors.js';
import { clientCertificateOutOfDate, type ZkTlsSettings } from './zk-tls.js';

interface Diagnosis {
  code: ErrorCodeValue;
  what: string;
  hint: string;
}

/** An attempt's failure that more attempts will not cure (the client's or the server's TLS setup). */
export function isDefinitiveFailure(report: AttemptReport, tls: boolean): boolean {
  return tls ? tlsFailure(report) !== null : looksLikeTls(report.firstBytes);
}

const UNKNOWN_CA = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'SELF_SIGNED_CERT_IN_CHAIN', 'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'UNABLE_TO_GET_ISSUER_CERT', 'CERT_UNTRUSTED', 'CERT_SIGNATURE_FAILURE',
]);

/** The TLS verification failure of an attempt, on either side, or null. */
export function tlsFailure(report: AttemptReport): Diagnosis | null {
  const code = report.error?.code ?? '';
  const message = report.error?.message ?? '';
  const server = `${report.server.host}:${report.server.port}`;
  if (UNKNOWN_CA.has(code)) {
    return { code: ErrorCode.ZK_TLS_UNKNOWN_CA, what: `the certificate of ZooKeeper ${server} is not signed by a trusted CA (${code})`, hint: 'give --zk-tls-ca the PEM file of the CA that signed the ZooKeeper servers\' certificates' };
  }
  if (code === 'CERT_HAS_EXPIRED') {
    return { code: ErrorCode.ZK_TLS_CERT_EXPIRED, what: `the certificate of ZooKeeper ${server} has expired`, hint: 'renew the ZooKeeper server certificate (or check this machine\'s clock)' };
  }
  if (code === 'CERT_NOT_YET_VALID') {
    return { code: ErrorCode.ZK_TLS_CERT_NOT_YET_VALID, what: `the certificate of ZooKeeper ${server} is not valid yet`, hint: 'check this machine\'s clock and the certificate\'s start date' };
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return { code: ErrorCode.ZK_TLS_NAME_MISMATCH, what: `the certificate of ZooKeeper ${server} is not valid for that name: ${message}`, hint: 'connect by a name the certificate carries, or give --zk-tls-servername the name it carries' };
  }
  if (/alert certificate expired/i.test(message) || /CERTIFICATE_EXPIRED/.test(code)) {
    return { code: ErrorCode.ZK_TLS_CERT_EXPIRED, what: `ZooKeeper ${server} refused this client's certificate as expired or not yet valid`, hint: 'renew the certificate given by --zk-tls-cert (or check the clocks)' };
  }
  if (/alert (unknown ca|bad certificate|certificate unknown|certificate required|handshake failure|decrypt error)/i.test(message) || /ALERT_(UNKNOWN_CA|BAD_CERTIFICATE|CERTIFICATE_UNKNOWN|CERTIFICATE_REQUIRED)/.test(code)) {
    return { code: ErrorCode.ZK_TLS_CERT_REJECTED, what: `ZooKeeper ${server} refused this client's certificate (TLS alert: ${/alert ([a-z ]+)/i.exec(message)?.[1] ?? code})`, hint: 'give --zk-tls-cert and --zk-tls-key a certificate signed by a CA the servers trust (ssl.trustStore)' };
  }
  if (/wrong version number|packet length too long|unknown protocol/i.test(message)) {
    return { code: ErrorCode.ZK_TLS_NOT_SPOKEN, what: `ZooKeeper ${server} does not speak TLS on that port`, hint: 'use the servers\' secureClientPort, or drop --zk-tls for a plain clientPort' };
  }
  return null;
}

/** A TLS record type byte (handshake or alert) and version 3.x: a TLS server answered a plain client. */
function looksLikeTls(bytes: Buffer): boolean {
  return bytes.length >= 2 && (bytes[0] === 0x15 || bytes[0] === 0x16) && bytes[1] === 0x03;
}

/** True when the server closed the connection before any answer, right after accepting it. */
function closedAtOnce(report: AttemptReport): boolean {
  const refusedCode = report.error?.code === 'ECONNREFUSED' || report.error?.code === 'ETIMEDOUT';
  return report.tcpConnected && report.bytesIn === 0 && !refusedCode && report.openMs !== null && report.openMs < 2000;
}

/**
 * The error `start()` rejects with when no connection was made in time
 * (`timeoutMs`), or at once when more attempts cannot help (null):
 * the most telling cause among the attempts, or ERR_ZK_UNREACHABLE.
 */
export async function diagnoseUnreachable(
  connectString: string,
  timeoutMs: number | null,
  attempts: readonly AttemptReport[],
  tls: ZkTlsSettings | null,
): Promise<ZkError> {
  const found = await diagnose(attempts, tls !== null);
  // The server says only "certificate unknown" about an expired client certificate; this side knows better.
  const outOfDate = found?.code === ErrorCode.ZK_TLS_CERT_REJECTED && tls ? clientCertificateOutOfDate(tls) : null;
  if (outOfDate) return outOfDate;
  const prefix = `could not connect to ZooKeeper at ${connectString}${timeoutMs === null ? '' : ` within ${timeoutMs} ms`}`;
  if (!found) return new ZkError(ErrorCode.ZK_UNREACHABLE, prefix, { hint: 'check --zk (ZKDEPLOY_ZK) and that the ensemble is running' });
  return new ZkError(found.code, `${prefix}: ${found.what}`, { hint: found.hint });
}

async function diagnose(attempts: readonly AttemptReport[], tls: boolean): Promise<Diagnosis | null> {
  const recent = attempts.slice(-8).reverse();
  for (const report of recent) {
    const failure = tls ? tlsFailure(report) : null;
    if (failure) return failure;
    if (!tls && looksLikeTls(report.firstBytes)) return tlsRequired(report.server);
  }
  const shut = recent.find(closedAtOnce);
  if (!shut) return null;
  if (!tls && (await speaksTls(shut.server))) return tlsRequired(shut.server);
  if (tls && (await speaksPlainZooKeeper(shut.server))) {
    return { code: ErrorCode.ZK_TLS_NOT_SPOKEN, what: `ZooKeeper ${address(shut.server)} serves plain connections on that port, not TLS`, hint: 'use the servers\' secureClientPort, or drop --zk-tls for a plain clientPort' };
  }
  return {
    code: ErrorCode.ZK_CONNECTION_REFUSED,
    what: `ZooKeeper ${address(shut.server)} accepted the connection and closed it at once`,
    hint:
      'the likely cause is ZooKeeper\'s maxClientCnxns (default 60 connections per client address per server): raise it in zoo.cfg (0 = no limit) when many clients share one address (NAT, containers); otherwise the server is not serving yet (no quorum)',
  };
}

function tlsRequired(server: ZkServerAddress): Diagnosis {
  return { code: ErrorCode.ZK_TLS_REQUIRED, what: `ZooKeeper ${address(server)} accepts only TLS on that port`, hint: 'connect with --zk-tls (and --zk-tls-ca, --zk-tls-cert, --zk-tls-key)' };
}

function address(server: ZkServerAddress): string {
  return `${server.host}:${server.port}`;
}

const PROBE_MS = 1000;

/**
 * Whether the server answers a TLS handshake. Only a question: the probe
 * sends no ZooKeeper request and does not verify (its verdict is "a TLS
 * server answered", never "trust it"), and it gives up after a second.
 */
function speaksTls(server: ZkServerAddress): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = tlsConnect({ host: server.host, port: server.port, rejectUnauthorized: false });
    const done = (answer: boolean): void => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(PROBE_MS, () => done(false));
    socket.once('secureConnect', () => done(true));
    socket.once('error', (err: Error & { code?: string }) => done(/alert|SSL/i.test(`${err.code} ${err.message}`)));
  });
}

/** Whether the server answers `srvr` in plain text (a plain ZooKeeper client port). */
function speaksPlainZooKeeper(server: ZkServerAddress): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = netConnect({ host: server.host, port: server.port });
    let answer = '';
    const done = (): void => {
      socket.destroy();
      resolve(/zookeeper|srvr|whitelist|Mode:/i.test(answer));
    };
    socket.setTimeout(PROBE_MS, done);
    socket.on('connect', () => socket.write('srvr'));
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
    socket.on('end', done);
    socket.on('error', done);
  });
}
