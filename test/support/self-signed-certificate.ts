/**
 * A throwaway TLS certificate for loopback servers (made by the system's
 * `openssl`, valid for 127.0.0.1 and localhost), and a HOME whose git config
 * trusts it: the agent's git keeps HOME, so an agent started with that HOME
 * verifies the test server as it would a real one, through `http.sslCAInfo`.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export interface TestCertificate {
  key: string;
  cert: string;
  /** The certificate's PEM file. */
  certFile: string;
}

/** A self-signed P-256 certificate for 127.0.0.1 and localhost, valid for a day. */
export async function selfSignedCertificate(): Promise<TestCertificate> {
  const dir = await mkdtemp(join(tmpdir(), 'zkdeploy-cert-'));
  const keyFile = join(dir, 'key.pem');
  const certFile = join(dir, 'cert.pem');
  await execFileAsync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
    '-keyout', keyFile, '-out', certFile, '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost',
  ]);
  return { key: await readFile(keyFile, 'utf8'), cert: await readFile(certFile, 'utf8'), certFile };
}

/** A new HOME directory whose `.gitconfig` trusts `certFile` for https. */
export async function gitHomeTrusting(certFile: string): Promise<string> {
  const home = await mkdtemp(join(tmpdir(), 'zkdeploy-home-'));
  await writeFile(join(home, '.gitconfig'), `[http]\n\tsslCAInfo = ${certFile}\n`);
  return home;
}
