import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  checkSignature,
  generateSigningKeyPair,
  legacySignedBytes,
  loadPublicKeys,
  signedBytes,
  signPayload,
  signPayloadV1,
  verifyPayloadSignature,
} from './payload-signature.js';

const APP = '/app/business';
const payload = { url: 'https://example.com/r.git', commitId: 'a'.repeat(40), relativePath: 'app', extra: { b: 1, a: 2 } };
const fields = { app: APP, sequence: 1_700_000_000_000, expiresAt: '2030-01-01T00:00:00.000Z' };

describe('canonical bytes', () => {
  it('sorts keys at every level, leaves out undefined members and the signature', () => {
    expect(canonicalJson({ b: [{ d: 1, c: undefined, a: 'x' }], a: null })).toBe('{"a":null,"b":[{"a":"x","d":1}]}');
    const bytes = signedBytes({ ...payload, signature: 'v2:ed25519:AAAA' }).toString();
    expect(bytes).toBe(
      'zkdeploy payload signature v2\n{"commitId":"' + 'a'.repeat(40) + '","extra":{"a":2,"b":1},"relativePath":"app","url":"https://example.com/r.git"}',
    );
    // v2 bytes carry a domain tag, so a v1 signature never verifies as v2 or the other way round.
    expect(legacySignedBytes(payload).toString()).toBe(bytes.slice('zkdeploy payload signature v2\n'.length));
  });
});

describe('payload signatures', () => {
  const pair = generateSigningKeyPair();
  const keys = loadPublicKeys([pair.publicKeyPem]);

  it('signs app, sequence and expiry with the payload, in the v2 format, whatever the key order', () => {
    const signed = signPayload(payload, pair.privateKeyPem, fields);
    expect(signed).toMatchObject({ ...fields, signature: expect.stringMatching(/^v2:ed25519:[A-Za-z0-9+/]+=*$/) });
    const reordered = JSON.parse(JSON.stringify({ relativePath: signed.relativePath, ...signed }));
    const verified = verifyPayloadSignature(reordered, keys, APP);
    expect(verified).toMatchObject({ sequence: fields.sequence, expiresAtMs: Date.parse(fields.expiresAt) });
    expect(verified.digest).toMatch(/^[0-9a-f]{64}$/);
  });

  it('re-signing replaces the old signature and signed fields', () => {
    const first = signPayload(payload, pair.privateKeyPem, fields);
    const again = signPayload(first, pair.privateKeyPem, { ...fields, sequence: fields.sequence + 1 });
    expect(again.sequence).toBe(fields.sequence + 1);
    expect(again.signature).not.toBe(first.signature);
    expect(verifyPayloadSignature(again, keys, APP).sequence).toBe(fields.sequence + 1);
  });

  it('rejects unsigned, altered and foreign-key payloads', () => {
    const signed = signPayload(payload, pair.privateKeyPem, fields);
    expect(() => verifyPayloadSignature(payload, keys, APP)).toThrow(/not signed/);
    expect(() => verifyPayloadSignature({ ...signed, commitId: 'b'.repeat(40) }, keys, APP)).toThrow(/does not verify/);
    const other = generateSigningKeyPair();
    expect(() => verifyPayloadSignature(signPayload(payload, other.privateKeyPem, fields), keys, APP)).toThrow(/does not verify/);
    expect(() => verifyPayloadSignature({ ...signed, signature: 'ed25519:!!' }, keys, APP)).toThrow(/does not verify/);
    expect(() => verifyPayloadSignature({ ...signed, signature: 'v3:ed25519:AAAA' }, keys, APP)).toThrow(/does not verify/);
  });

  it('a changed sequence, expiry or app breaks the signature', () => {
    const signed = signPayload(payload, pair.privateKeyPem, fields);
    for (const change of [{ sequence: fields.sequence + 1 }, { expiresAt: '2099-01-01T00:00:00.000Z' }, { app: '/other' }]) {
      expect(() => verifyPayloadSignature({ ...signed, ...change }, keys, APP)).toThrow(/does not verify/);
    }
  });

  it('refuses a payload signed for another app, naming both', () => {
    const elsewhere = signPayload(payload, pair.privateKeyPem, { ...fields, app: '/app/other' });
    expect(() => verifyPayloadSignature(elsewhere, keys, APP)).toThrow('payload is signed for app /app/other, not /app/business');
  });

  it('recognises a genuine v1 signature but refuses it as replayable', () => {
    const old = signPayloadV1(payload, pair.privateKeyPem);
    expect(old.signature).toMatch(/^ed25519:/);
    expect(checkSignature(old, keys)).toBe('v1');
    expect(() => verifyPayloadSignature(old, keys, APP)).toThrow(/old format \(v1: no app, sequence or expiry\)/);
    // A v1 signature moved onto v2 bytes is not a v2 signature.
    expect(() => checkSignature({ ...old, signature: `v2:${old.signature}` }, keys)).toThrow(/does not verify/);
  });

  it('refuses a key that is not ed25519 PEM', () => {
    expect(() => loadPublicKeys(['not a key'])).toThrow(/trusted key #1/);
  });
});
