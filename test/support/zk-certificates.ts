/**
 * A certificate authority made per test run, and the certificates a TLS-only
 * ZooKeeper and its clients need (PEM files, made by the system's openssl).
 * ZooKeeper 3.8 reads PEM key and trust stores itself (`ssl.keyStore.type=PEM`),
 * so no keytool step is needed.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** PEM files of one certificate and its key. */
export interface CertFiles {
  cert: string;
  key: string;
  /** The subject as given to openssl (`/O=zkdeploy/CN=web-1`). */
  subject: string;
}

export interface IssueOptions {
  /** SubjectAltNames (`IP:127.0.0.1,DNS:localhost`); none by default. */
  altNames?: string;
  /** ASN.1 times (`20000101000000Z`) for certificates outside their validity on purpose. */
  notBefore?: string;
  notAfter?: string;
}

/** A throwaway CA in a temp dir that issues server and client certificates. */
export class TestCertificateAuthority {
  private serial = 1;
  private constructor(
    readonly dir: string,
    readonly caCert: string,
    private readonly caKey: string,
  ) {}

  /** A new CA (`/O=<name>/CN=<name> CA`), valid for two days. */
  static async create(name = 'zkdeploy-test'): Promise<TestCertificateAuthority> {
    const dir = await mkdtemp(join(tmpdir(), 'zkdeploy-ca-'));
    const caKey = join(dir, 'ca.key');
    const caCert = join(dir, 'ca.pem');
    await newKey(caKey);
    await execFileAsync('openssl', [
      'req', '-x509', '-new', '-key', caKey, '-days', '2', '-out', caCert, '-subj', `/O=${name}/CN=${name} CA`,
      '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign',
    ]);
    return new TestCertificateAuthority(dir, caCert, caKey);
  }

  /** The certificate ZooKeeper serves with: valid for 127.0.0.1 and localhost. */
  serverCertificate(name = 'zookeeper'): Promise<CertFiles> {
    return this.issue(name, `/O=zkdeploy/CN=${name}`, { altNames: 'IP:127.0.0.1,DNS:localhost' });
  }

  /** A client certificate whose subject is `/O=zkdeploy/CN=<cn>`. */
  clientCertificate(cn: string, options: IssueOptions = {}): Promise<CertFiles> {
    return this.issue(`client-${cn}`, `/O=zkdeploy/CN=${cn}`, options);
  }

  /** Issues a certificate (files `<file>.pem`, `<file>.key`) signed by this CA. */
  async issue(file: string, subject: string, options: IssueOptions = {}): Promise<CertFiles> {
    const key = join(this.dir, `${file}.key`);
    const csr = join(this.dir, `${file}.csr`);
    const cert = join(this.dir, `${file}.pem`);
    await newKey(key);
    await execFileAsync('openssl', ['req', '-new', '-key', key, '-out', csr, '-subj', subject]);
    const ext = join(this.dir, `${file}.ext`);
    await writeFile(ext, options.altNames ? `subjectAltName=${options.altNames}\n` : 'basicConstraints=CA:FALSE\n');
    if (options.notBefore || options.notAfter) {
      await this.signWithDates(csr, cert, ext, options.notBefore ?? '20000101000000Z', options.notAfter ?? '20000102000000Z');
    } else {
      await execFileAsync('openssl', [
        'x509', '-req', '-in', csr, '-CA', this.caCert, '-CAkey', this.caKey, '-set_serial', String(this.serial++),
        '-days', '2', '-out', cert, '-extfile', ext,
      ]);
    }
    return { cert, key, subject };
  }

  /** Removes the CA's directory. */
  async remove(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }

  /** `openssl x509` cannot set arbitrary dates in OpenSSL 3.0; `openssl ca` can. */
  private async signWithDates(csr: string, cert: string, ext: string, notBefore: string, notAfter: string): Promise<void> {
    const db = join(this.dir, `index-${this.serial}.txt`);
    await writeFile(db, '');
    const serialFile = join(this.dir, `serial-${this.serial}`);
    await writeFile(serialFile, `${this.serial.toString(16).padStart(2, '0')}\n`);
    const config = join(this.dir, `ca-${this.serial}.cnf`);
    await writeFile(
      config,
      [
        '[ca]', 'default_ca=test', '[test]', `database=${db}`, `serial=${serialFile}`, `new_certs_dir=${this.dir}`,
        `certificate=${this.caCert}`, `private_key=${this.caKey}`, 'default_md=sha256', 'policy=any', 'unique_subject=no',
        'copy_extensions=none', '[any]', 'commonName=supplied', 'organizationName=optional',
      ].join('\n') + '\n',
    );
    this.serial++;
    await execFileAsync('openssl', [
      'ca', '-batch', '-config', config, '-in', csr, '-out', cert, '-notext', '-startdate', notBefore, '-enddate', notAfter,
      '-extfile', ext,
    ]);
  }
}

async function newKey(file: string): Promise<void> {
  await execFileAsync('openssl', ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-out', file]);
}
