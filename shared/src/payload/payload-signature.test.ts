import { describe, expect, it } from 'vitest';
import { generateSigningKeyPair, loadPublicKeys, signPayload, verifyPayloadSignature } from './payload-signature.js';

const payload = { url: 'https://example.com/r.git', commitId: 'a'.repeat(40), relativePath: 'app', extra: { b: 1, a: 2 } };

describe('payload signatures', () => {
  const pair = generateSigningKeyPair();
  const keys = loadPublicKeys([pair.publicKeyPem]);

  it('verifies a payload signed with the matching key, whatever the key order', () => {
    const signed = signPayload(payload, pair.privateKeyPem);
    const reordered = JSON.parse(JSON.stringify({ relativePath: signed.relativePath, ...signed }));
    expect(() => verifyPayloadSignature(reordered, keys)).not.toThrow();
  });

  it('rejects unsigned, altered and foreign-key payloads', () => {
    const signed = signPayload(payload, pair.privateKeyPem);
    expect(() => verifyPayloadSignature(payload, keys)).toThrow(/not signed/);
    expect(() => verifyPayloadSignature({ ...signed, commitId: 'b'.repeat(40) }, keys)).toThrow(/does not verify/);
    const other = generateSigningKeyPair();
    expect(() => verifyPayloadSignature(signPayload(payload, other.privateKeyPem), keys)).toThrow(/does not verify/);
    expect(() => verifyPayloadSignature({ ...signed, signature: 'ed25519:!!' }, keys)).toThrow(/does not verify/);
  });

  it('refuses a key that is not ed25519 PEM', () => {
    expect(() => loadPublicKeys(['not a key'])).toThrow(/trusted key #1/);
  });
});
