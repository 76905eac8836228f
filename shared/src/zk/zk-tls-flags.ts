/**
 * The TLS flags every zkdeploy process takes (docs/design.md, "Transport
 * security"): `--zk-tls`, `--zk-tls-ca`, `--zk-tls-cert`, `--zk-tls-key`,
 * `--zk-tls-servername`, each also a `ZKDEPLOY_ZK_TLS*` variable and a
 * config-file key. A file flag without `--zk-tls` is refused rather than
 * ignored, so a mistyped setup never falls back to clear text. Loads no
 * ZooKeeper library (the CLI imports it as `@zkdeploy/shared/zk-tls-flags`).
 */
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { loadZkTls, type ZkTlsOptions } from './zk-tls.js';

export interface ZkTlsFlagValues {
  zkTls?: unknown;
  zkTlsCa?: unknown;
  zkTlsCert?: unknown;
  zkTlsKey?: unknown;
  zkTlsServername?: unknown;
}

/** Flag, variable and config-file key of each setting. */
export const ZK_TLS_FLAGS = [
  { key: 'zkTls', flag: '--zk-tls [bool]', env: 'ZKDEPLOY_ZK_TLS', help: 'connect to ZooKeeper with TLS (server certificates always verified)' },
  { key: 'zkTlsCa', flag: '--zk-tls-ca <pem>', env: 'ZKDEPLOY_ZK_TLS_CA', help: 'CA certificates that sign the ZooKeeper servers\' certificates (default: the system\'s)' },
  { key: 'zkTlsCert', flag: '--zk-tls-cert <pem>', env: 'ZKDEPLOY_ZK_TLS_CERT', help: 'client certificate for ZooKeeper (its subject is the x509 identity)' },
  { key: 'zkTlsKey', flag: '--zk-tls-key <pem>', env: 'ZKDEPLOY_ZK_TLS_KEY', help: 'private key of --zk-tls-cert' },
  { key: 'zkTlsServername', flag: '--zk-tls-servername <name>', env: 'ZKDEPLOY_ZK_TLS_SERVERNAME', help: 'name the server certificates must carry, when not the --zk host' },
] as const;

function flagBool(value: unknown): boolean {
  if (value === undefined || value === false) return false;
  if (value === true) return true;
  const text = String(value).trim().toLowerCase();
  if (['', 'true', '1', 'yes', 'on'].includes(text)) return true;
  if (['false', '0', 'no', 'off'].includes(text)) return false;
  throw new UsageError(`--zk-tls must be true or false, got ${JSON.stringify(value)}`);
}

function text(value: unknown, flag: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw new UsageError(`${flag} must be a string, got ${JSON.stringify(value)}`);
  return value;
}

/**
 * The TLS options from the flags' values, or undefined without --zk-tls.
 * Reads and checks the files at once (ERR_USAGE, ERR_ZK_TLS_KEY_MISMATCH,
 * ERR_ZK_TLS_CERT_EXPIRED…), so bad TLS settings fail before any connection.
 */
export function zkTlsFromFlags(values: ZkTlsFlagValues): ZkTlsOptions | undefined {
  const enabled = flagBool(values.zkTls);
  const files = {
    ca: text(values.zkTlsCa, '--zk-tls-ca'),
    cert: text(values.zkTlsCert, '--zk-tls-cert'),
    key: text(values.zkTlsKey, '--zk-tls-key'),
    servername: text(values.zkTlsServername, '--zk-tls-servername'),
  };
  if (!enabled) {
    const given = ZK_TLS_FLAGS.filter((f) => f.key !== 'zkTls' && values[f.key] !== undefined && values[f.key] !== '');
    if (given.length > 0) {
      throw new UsageError(`${given.map((f) => f.flag.split(' ')[0]).join(', ')} given without --zk-tls: the connection would not use them`, {
        hint: 'add --zk-tls (ZKDEPLOY_ZK_TLS=true, config key zkTls)',
      });
    }
    return undefined;
  }
  const options: ZkTlsOptions = {
    ...(files.ca ? { ca: resolve(files.ca) } : {}),
    ...(files.cert ? { cert: resolve(files.cert) } : {}),
    ...(files.key ? { key: resolve(files.key) } : {}),
    ...(files.servername ? { servername: files.servername } : {}),
  };
  loadZkTls(options);
  return options;
}
