/**
 * Signed payloads: an ed25519 signature over the payload's canonical JSON
 * (keys sorted, `signature` left out), so agents started with trusted public
 * keys reject unsigned or forged configs.
 *
 * Two formats, told apart by the signature's prefix:
 * - v1 `ed25519:<base64>` (zkdeploy before issue 23): the payload fields only.
 *   An old v1 payload written back into `B/config` verifies as well as the
 *   day it was made, so agents refuse v1 outright (a replay, TUF's rollback
 *   attack, cannot be told from a real publish).
 * - v2 `v2:ed25519:<base64>`: the same canonical JSON after a domain tag, and
 *   the payload must carry `app` (the app path it was signed for), `sequence`
 *   (strictly increasing per app) and `expiresAt`. Being payload fields, they
 *   are covered by the signature like every other field.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { ErrorCode, ZkDeployError } from '../errors.js';
import type { Payload } from './payload.js';

export const SIGNATURE_V1_PREFIX = 'ed25519:';
export const SIGNATURE_V2_PREFIX = 'v2:ed25519:';
/** Prepended to v2 signed bytes, so that a v2 signature can never be taken for a v1 one (or for any other ed25519 use of the key). */
const V2_DOMAIN = 'zkdeploy payload signature v2\n';
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** JSON with object keys sorted at every level and undefined members left out: equal payloads, equal bytes. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function unsigned(payload: Payload): Omit<Payload, 'signature'> {
  const { signature: _ignored, ...rest } = payload;
  return rest;
}

/** The bytes a v2 signature covers: the domain tag, then the payload without its signature, keys sorted. */
export function signedBytes(payload: Payload): Buffer {
  return Buffer.from(V2_DOMAIN + canonicalJson(unsigned(payload)), 'utf8');
}

/** The bytes a v1 signature covered (no domain tag). Only to recognise old signatures. */
export function legacySignedBytes(payload: Payload): Buffer {
  return Buffer.from(canonicalJson(unsigned(payload)), 'utf8');
}

/** A new ed25519 key pair as PEM (PKCS#8 private, SPKI public). */
export function generateSigningKeyPair(): { privateKeyPem: string; publicKeyPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/** What a v2 signature binds besides the payload's own fields. */
export interface SignedFields {
  /** The app path (`--app`) the payload is for. */
  app: string;
  /** Strictly increasing per app (see the publisher's nextSequence). */
  sequence: number;
  /** ISO-8601 UTC; after it the payload is no longer newly accepted. */
  expiresAt: string;
}

/** Returns the payload with `app`, `sequence`, `expiresAt` set and a v2 signature over all of it. */
export function signPayload(payload: Payload, privateKeyPem: string, fields: SignedFields): Payload {
  const { signature: _old, ...rest } = payload;
  const toSign: Payload = { ...rest, app: fields.app, sequence: fields.sequence, expiresAt: fields.expiresAt };
  const signature = sign(null, signedBytes(toSign), createPrivateKey(privateKeyPem)).toString('base64');
  return { ...toSign, signature: `${SIGNATURE_V2_PREFIX}${signature}` };
}

/**
 * The old v1 format, which agents now refuse. Kept to recognise and to test
 * that refusal (and old signed history); never used to publish.
 */
export function signPayloadV1(payload: Payload, privateKeyPem: string): Payload {
  const signature = sign(null, legacySignedBytes(payload), createPrivateKey(privateKeyPem)).toString('base64');
  return { ...payload, signature: `${SIGNATURE_V1_PREFIX}${signature}` };
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

export type SignatureFormat = 'v1' | 'v2';

function notAllowed(message: string, hint: string): ZkDeployError {
  return new ZkDeployError(ErrorCode.PAYLOAD_NOT_ALLOWED, message, { hint });
}

const RESIGN_HINT = 'publish with --sign-key, or re-sign the current config with `zkdeploy resign --sign-key <key>`';

/**
 * Checks that one of the keys made the payload's signature, in either format;
 * returns the format. Throws ERR_PAYLOAD_NOT_ALLOWED for an unsigned, forged
 * or altered payload. Says nothing about replay: see verifyPayloadSignature.
 */
export function checkSignature(payload: Payload, keys: KeyObject[]): SignatureFormat {
  const sig = payload.signature;
  if (!sig) throw notAllowed('payload is not signed, and this agent only accepts payloads signed by a trusted key', 'publish with --sign-key');
  const format: SignatureFormat = sig.startsWith(SIGNATURE_V2_PREFIX) ? 'v2' : 'v1';
  const encoded = sig.slice(format === 'v2' ? SIGNATURE_V2_PREFIX.length : SIGNATURE_V1_PREFIX.length);
  const known = format === 'v2' || sig.startsWith(SIGNATURE_V1_PREFIX);
  const bytes = format === 'v2' ? signedBytes(payload) : legacySignedBytes(payload);
  if (!known || !BASE64.test(encoded) || !keys.some((key) => verify(null, bytes, key, Buffer.from(encoded, 'base64')))) {
    throw notAllowed(
      'payload signature does not verify against any trusted key (forged or altered payload)',
      'publish with the private key matching one of the agent --trust-key files',
    );
  }
  return format;
}

/** The facts of a verified v2 payload an agent needs to refuse replays. */
export interface VerifiedPayload {
  sequence: number;
  /** expiresAt in ms since the epoch. */
  expiresAtMs: number;
  /** sha256 (hex) of the signed bytes: what "the same payload" means for an equal sequence. */
  digest: string;
}

/**
 * The agent's signature policy: a v2 signature by a trusted key, made for
 * `app`, carrying a sequence and an expiry. Throws ERR_PAYLOAD_NOT_ALLOWED
 * naming what is wrong; v1 signatures are refused even when they verify.
 */
export function verifyPayloadSignature(payload: Payload, keys: KeyObject[], app: string): VerifiedPayload {
  if (checkSignature(payload, keys) === 'v1') {
    throw notAllowed(
      'payload is signed in the old format (v1: no app, sequence or expiry), so an old payload written back could not be told from a new one; this agent accepts only v2 signatures',
      RESIGN_HINT,
    );
  }
  const { sequence, expiresAt } = payload;
  const expiresAtMs = expiresAt === undefined ? Number.NaN : Date.parse(expiresAt);
  if (typeof payload.app !== 'string' || typeof sequence !== 'number' || Number.isNaN(expiresAtMs)) {
    throw notAllowed('payload has a v2 signature but lacks its app, sequence or expiresAt', RESIGN_HINT);
  }
  if (payload.app !== app) {
    throw notAllowed(`payload is signed for app ${payload.app}, not ${app} (a signed payload copied from another app)`, `publish to ${app} with --sign-key`);
  }
  return { sequence, expiresAtMs, digest: createHash('sha256').update(signedBytes(payload)).digest('hex') };
}
