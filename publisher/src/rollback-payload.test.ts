import { describe, expect, it } from 'vitest';
import { generateSigningKeyPair } from '@zkdeploy/shared/payload';
import { checkRollbackSigning, rollbackPayload, type RollbackPlan } from './rollback-payload.js';
import { PayloadSigner } from './signing-key.js';

const APP = '/app/business';
const signer = new PayloadSigner('deploy.key', generateSigningKeyPair().privateKeyPem, 60_000);
const plain = { url: 'https://git.example.com/app.git', commitId: 'a'.repeat(40), relativePath: 'app', message: 'first' };
const plan = (payload: RollbackPlan['target']['payload'], currentSigned = false): RollbackPlan => ({
  currentVersion: 5,
  currentSigned,
  target: { version: 2, payload },
});

describe('rollback and signatures', () => {
  it('never carries the old signature or its signed fields into the new payload', () => {
    const old = signer.sign(plain, APP, null, Date.now());
    const next = rollbackPayload(plan(old), undefined);
    for (const field of ['signature', 'app', 'sequence', 'expiresAt']) expect(next).not.toHaveProperty(field);
    expect(next).toMatchObject({ commitId: plain.commitId, message: 'rollback to version 2: first' });
  });

  it('without a key: refuses when the target or the current config is signed, allows an app that never signs', () => {
    const old = signer.sign(plain, APP, null, Date.now());
    expect(() => checkRollbackSigning(plan(old), APP, undefined)).toThrow(/history entry 2 of \/app\/business is signed, and a rollback without --sign-key/);
    expect(() => checkRollbackSigning(plan(plain, true), APP, undefined)).toThrow(/the current config of \/app\/business is signed/);
    expect(() => checkRollbackSigning(plan(plain), APP, undefined)).not.toThrow();
  });

  it('with a key: re-signs only an entry that key signed', () => {
    expect(() => checkRollbackSigning(plan(signer.sign(plain, APP, null, Date.now())), APP, signer)).not.toThrow();
    expect(() => checkRollbackSigning(plan(plain), APP, signer)).toThrow(/history entry 2 of \/app\/business is not signed/);
  });
});
