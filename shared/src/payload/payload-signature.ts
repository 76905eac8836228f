/**
 * Signed payloads: an ed25519 signature over the payload's canonical JSON
 * (keys sorted, `signature` left out), so agents started with trusted public
 * keys reject unsigned or forged configs.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { ErrorCode, ZkDeployError } from '../errors.js';
import type { Payload } from './payload.js';

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The bytes that are signed: the payload without its signature, keys sorted. */
export function signedBytes(payload: Payload): Buffer {
  const { signature: _ignored, ...rest } = payload;
  return Buffer.from(canonical(rest), 'utf8');
}

/** A new ed25519 key pair as PEM (PKCS#8 private, SPKI public). */
export function generateSigningKeyPair(): { privateKeyPem: string; publicKeyPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/** Returns the payload with `signature` set to `ed25519:<base64>`. */
export function signPayload(payload: Payload, privateKeyPem: string): Payload {
  const key = createPrivateKey(privateKeyPem);
  const signature = sign(null, signedBytes(payload), key).toString('base64');
  return { ...payload, signature: `ed25519:${signature}` };
}

/** Loads trusted public keys from PEM text; throws ERR_USAGE naming the bad one. */
export function loadPublicKeys(pems: string[]): KeyObject[] {
  return pems.map((pem, i) => {
    try {
      const key = createPublicKey(pem);
      if (key.asymmetricKeyType !== 'ed25519') throw new Error(`key type ${key.asymmetricKeyType ?? 'unknown'}`);
      return key;
    } catch (err) {
      throw new ZkDeployError(ErrorCode.USAGE, `trusted key #${i + 1} is not an ed25519 public key in PEM form (${(err as Error).message})`);
    }
  });
}

/** Throws ERR_PAYLOAD_NOT_ALLOWED unless one of the keys made the payload's signature. */
export function verifyPayloadSignature(payload: Payload, keys: KeyObject[]): void {
  const sig = payload.signature;
  if (!sig) {
    throw new ZkDeployError(ErrorCode.PAYLOAD_NOT_ALLOWED, 'payload is not signed, and this agent only accepts payloads signed by a trusted key', {
      hint: 'publish with --sign-key',
    });
  }
  const match = /^ed25519:([A-Za-z0-9+/]+={0,2})$/.exec(sig);
  const bytes = signedBytes(payload);
  if (!match?.[1] || !keys.some((key) => verify(null, bytes, key, Buffer.from(match[1] as string, 'base64')))) {
    throw new ZkDeployError(ErrorCode.PAYLOAD_NOT_ALLOWED, 'payload signature does not verify against any trusted key (forged or altered payload)', {
      hint: 'publish with the private key matching one of the agent --trust-key files',
    });
  }
}
