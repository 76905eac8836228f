/**
 * The publisher's side of signed payloads: reading the private key given by
 * `--sign-key` and signing with shared's `signPayload` (ed25519 over the
 * canonical JSON). A missing or wrong key is a usage error (exit 2).
 */
import { createPrivateKey } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { UsageError } from '@zkdeploy/shared/errors';
import { signPayload, type Payload } from '@zkdeploy/shared/payload';

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

/** Signs the payload when a key file is given; otherwise returns it unchanged. */
export async function maybeSign(payload: Payload, keyFile: string | undefined): Promise<Payload> {
  if (!keyFile) return payload;
  return signPayload(payload, await readSigningKey(keyFile));
}
