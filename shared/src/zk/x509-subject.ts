/**
 * The id ZooKeeper's `x509` ACL scheme gives a client certificate:
 * X509AuthenticationProvider uses the subject's
 * `X500Principal.getName()`, the RFC 2253 form — relative names in reverse
 * order of the certificate, comma-separated, special characters escaped
 * (`/O=zkdeploy/CN=web-1` becomes `CN=web-1,O=zkdeploy`). Java writes
 * attribute types it has no keyword for as a hex-encoded OID, which this
 * does not reproduce: such subjects are refused with a clear error.
 */
import { readFileSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import { ErrorCode, ZkDeployError } from '../errors.js';

/** Attribute types X500Principal.getName() (RFC 2253) writes by keyword. */
const RFC2253_KEYWORDS = new Set(['CN', 'C', 'L', 'ST', 'O', 'OU', 'STREET', 'DC', 'UID']);

function escapeValue(value: string): string {
  let escaped = value.replace(/[\\,+"<>;=]/g, (c) => `\\${c}`);
  if (escaped.startsWith('#') || escaped.startsWith(' ')) escaped = `\\${escaped}`;
  if (escaped.endsWith(' ') && escaped.length > 1) escaped = `${escaped.slice(0, -1)}\\ `;
  return escaped;
}

/** The x509 ACL id of a certificate's subject, from Node's multi-line subject string. */
export function rfc2253Subject(subject: string, source = 'the certificate'): string {
  const rdns = subject.split('\n').filter(Boolean).map((line) => {
    const at = line.indexOf('=');
    const type = line.slice(0, at);
    if (at <= 0 || !RFC2253_KEYWORDS.has(type)) {
      throw new ZkDeployError(ErrorCode.USAGE, `${source}'s subject has the attribute ${JSON.stringify(type)}, which ZooKeeper's x509 ids write as an OID`, {
        hint: `use certificates whose subject holds only ${[...RFC2253_KEYWORDS].join(', ')}`,
      });
    }
    return `${type}=${escapeValue(line.slice(at + 1))}`;
  });
  if (rdns.length === 0) throw new ZkDeployError(ErrorCode.USAGE, `${source} has an empty subject`, { hint: 'x509 identities need a subject (e.g. CN=<host>)' });
  return rdns.reverse().join(',');
}

/** The x509 ACL id of the certificate in a PEM file (its first certificate). */
export function x509SubjectId(pemFile: string): string {
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(readFileSync(pemFile));
  } catch (err) {
    throw new ZkDeployError(ErrorCode.USAGE, `cannot read a certificate from ${pemFile}: ${(err as Error).message}`, {
      hint: 'give a PEM certificate file',
      cause: err,
    });
  }
  return rfc2253Subject(certificate.subject, pemFile);
}
