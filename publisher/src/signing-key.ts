/**
 * The publisher's side of signed payloads: reading the private key given by
 * `--sign-key` and signing in the v2 format (shared's payload-signature.ts)
 * with this app's path, the next sequence and an expiry. The sequence
 * depends on the config being replaced, so signing happens inside the
 * publish, after that config is read (see publish-config.ts). A missing or
 * wrong key is a usage error (exit 2).
 */
import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { UsageError, ZkDeployError } from '@zkdeploy/shared/errors';
import { checkSignature, signPayload, type Payload } from '@zkdeploy/shared/payload';
import { signTtlMs } from './sign-ttl.js';
import { nextSequence } from './signing-sequence.js';

/** Reads and checks an ed25519 private key in PEM form. */
export async function readSigningKey(file: string): Promise<string> {
  let pem: string;
  try {
    pem = await readFile(file, 'utf8');
  } catch (err) {
    throw new UsageError(`--sign-key ${file} could not be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, {
      hint: 'create a key pair with `zkdeploy keygen`',
    });
  }
  try {
    const key = createPrivateKey(pem);
    if (key.asymmetricKeyType !== 'ed25519') throw new Error(`it is a ${key.asymmetricKeyType ?? 'unknown'} key`);
  } catch (err) {
    throw new UsageError(`--sign-key ${file} is not an ed25519 private key in PEM form (${(err as Error).message})`, {
      hint: 'use the .key file written by `zkdeploy keygen`',
    });
  }
  return pem;
}

/** Signs payloads for one app with one key. */
export class PayloadSigner {
  readonly publicKey: KeyObject;

  constructor(
    readonly keyFile: string,
    private readonly pem: string,
    readonly ttlMs: number,
  ) {
    this.publicKey = createPublicKey(createPrivateKey(pem));
  }

  /** Reads the key; the TTL comes from the flag, ZKDEPLOY_SIGN_TTL or the default. */
  static async load(keyFile: string, ttl?: string): Promise<PayloadSigner> {
    const ttlMs = signTtlMs(ttl);
    return new PayloadSigner(keyFile, await readSigningKey(keyFile), ttlMs);
  }

  /** Signs `payload` for `app` as the successor of `previous` (the config it replaces, or null). */
  sign(payload: Payload, app: string, previous: Payload | null, nowMs = Date.now()): Payload {
    const { signature: _s, app: _a, sequence: _q, expiresAt: _e, ...content } = payload;
    const sequence = nextSequence(previous?.sequence, nowMs);
    return signPayload(content, this.pem, { app, sequence, expiresAt: new Date(nowMs + this.ttlMs).toISOString() });
  }

  /**
   * Throws a UsageError unless `payload` carries a signature of this key
   * (v1, or v2 made for `app`): what is re-signed must be what this key
   * signed before, never content someone else put into ZooKeeper.
   */
  assertSignedByMe(payload: Payload, app: string, what: string): void {
    const explicit = `publish it explicitly instead: zkdeploy publish --url ${payload.url} --commit ${payload.commitId} --path ${payload.relativePath} --sign-key ${this.keyFile}`;
    let format;
    try {
      format = checkSignature(payload, [this.publicKey]);
    } catch (err) {
      const why = err instanceof ZkDeployError && /not signed/.test(err.message) ? 'is not signed' : `is not signed by ${this.keyFile}`;
      throw new UsageError(`${what} ${why}, so it is not re-signed (it may not come from a holder of this key); nothing was written`, { hint: explicit });
    }
    if (format === 'v2' && payload.app !== app) {
      throw new UsageError(`${what} was signed for app ${String(payload.app)}, not ${app}; nothing was written`, { hint: explicit });
    }
  }
}

/** The signer for `--sign-key` (and `--sign-ttl`), or undefined without a key. */
export async function loadSigner(keyFile: string | undefined, ttl?: string): Promise<PayloadSigner | undefined> {
  return keyFile ? PayloadSigner.load(keyFile, ttl) : undefined;
}
