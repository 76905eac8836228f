import { describe, expect, it } from 'vitest';
import { generateSigningKeyPair, loadPublicKeys, signPayloadV1, verifyPayloadSignature } from '@zkdeploy/shared/payload';
import { PayloadSigner } from './signing-key.js';

const APP = '/app/business';
const NOW = 1_764_561_600_000;
const pair = generateSigningKeyPair();
const signer = new PayloadSigner('deploy.key', pair.privateKeyPem, 3_600_000);
const payload = { url: 'https://git.example.com/app.git', commitId: 'a'.repeat(40), relativePath: 'app' };

describe('PayloadSigner', () => {
  it('signs with the app, the next sequence after the replaced config, and now + TTL', () => {
    const first = signer.sign(payload, APP, null, NOW);
    expect(first).toMatchObject({ app: APP, sequence: NOW, expiresAt: new Date(NOW + 3_600_000).toISOString() });
    const second = signer.sign({ ...payload, commitId: 'b'.repeat(40) }, APP, first, NOW);
    expect(second.sequence).toBe(NOW + 1);
    expect(verifyPayloadSignature(second, loadPublicKeys([pair.publicKeyPem]), APP).sequence).toBe(NOW + 1);
  });

  it('re-signing an old signed payload replaces its signed fields, never keeps its signature', () => {
    const old = signer.sign(payload, '/app/other', null, NOW - 1000);
    const again = signer.sign(old, APP, old, NOW);
    expect(again.app).toBe(APP);
    expect(again.sequence).toBe(NOW);
    expect(again.signature).not.toBe(old.signature);
  });

  it('re-signs only what this key signed for this app (v1 counts: the migration path)', () => {
    const mine = signer.sign(payload, APP, null, NOW);
    expect(() => signer.assertSignedByMe(mine, APP, 'entry 3')).not.toThrow();
    expect(() => signer.assertSignedByMe(signPayloadV1(payload, pair.privateKeyPem), APP, 'entry 3')).not.toThrow();
    expect(() => signer.assertSignedByMe(payload, APP, 'entry 3')).toThrow(/^entry 3 is not signed, so it is not re-signed/);
    const stranger = new PayloadSigner('x.key', generateSigningKeyPair().privateKeyPem, 1000).sign(payload, APP, null, NOW);
    expect(() => signer.assertSignedByMe(stranger, APP, 'entry 3')).toThrow(/^entry 3 is not signed by deploy\.key/);
    expect(() => signer.assertSignedByMe(signer.sign(payload, '/app/other', null, NOW), APP, 'entry 3')).toThrow(/signed for app \/app\/other, not \/app\/business/);
    try {
      signer.assertSignedByMe(payload, APP, 'entry 3');
    } catch (err) {
      expect(err).toMatchObject({ code: 'ERR_USAGE', hint: `publish it explicitly instead: zkdeploy publish --url ${payload.url} --commit ${payload.commitId} --path app --sign-key deploy.key` });
    }
  });
});
