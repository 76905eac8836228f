import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { encodePayload, generateSigningKeyPair, loadPublicKeys, signPayload, signPayloadV1 } from '@zkdeploy/shared';
import { PayloadAdmission } from './payload-admission.js';

const APP = '/app/business';
const NOW = Date.parse('2026-12-01T00:00:00.000Z');
const DAY = 86_400_000;
const pair = generateSigningKeyPair();
const trustKeys = loadPublicKeys([pair.publicKeyPem]);
const base = { url: 'https://git.example.com/app.git', relativePath: 'app' };
const signed = (commit: string, sequence: number, expiresAtMs = NOW + DAY, app = APP) =>
  encodePayload(signPayload({ ...base, commitId: commit.repeat(40) }, pair.privateKeyPem, { app, sequence, expiresAt: new Date(expiresAtMs).toISOString() }));

describe('PayloadAdmission with trusted keys', () => {
  let baseDir: string;
  let clock: number;
  const admission = () => new PayloadAdmission({ app: APP, allowUrls: [], trustKeys }, baseDir, () => clock);
  beforeEach(async () => {
    baseDir = await mkdtemp(join(tmpdir(), 'zkdeploy-admission-'));
    await mkdir(join(baseDir, '.zkdeploy'));
    clock = NOW;
  });

  it('accepts rising sequences and refuses an older one written back, also after a restart', async () => {
    const a = admission();
    const old = signed('a', 10);
    expect((await a.admit(old, 0)).commitId).toBe('a'.repeat(40));
    await a.admit(signed('b', 11), 1);
    await expect(a.admit(old, 2)).rejects.toThrow(/sequence 10 is lower than sequence 11/);
    await expect(admission().admit(old, 2)).rejects.toThrow(/sequence 10 is lower than sequence 11/);
  });

  it('keeps accepting the payload it accepted once it expired, across a restart, but no new expired one', async () => {
    const current = signed('a', 10, NOW + 1000);
    await admission().admit(current, 0);
    clock = NOW + 2 * DAY;
    expect((await admission().admit(current, 0)).commitId).toBe('a'.repeat(40));
    await expect(admission().admit(signed('b', 11, NOW + 1000), 1)).rejects.toThrow(/sequence 11 expired at/);
    // A fresh agent (no record) never takes the expired one.
    const fresh = new PayloadAdmission({ app: APP, allowUrls: [], trustKeys }, await mkdtemp(join(tmpdir(), 'zkdeploy-admission-')), () => clock);
    await expect(fresh.admit(current, 0)).rejects.toThrow(/sequence 10 expired at/);
  });

  it('refuses a payload signed for another app and an old-format signature', async () => {
    await expect(admission().admit(signed('a', 10, NOW + DAY, '/app/other'), 0)).rejects.toThrow(/signed for app \/app\/other, not \/app\/business/);
    const v1 = encodePayload(signPayloadV1({ ...base, commitId: 'a'.repeat(40) }, pair.privateKeyPem));
    await expect(admission().admit(v1, 0)).rejects.toThrow(/old format/);
  });

  it('without trusted keys checks nothing of signatures and keeps no record', async () => {
    const plain = new PayloadAdmission({ app: APP, allowUrls: [], trustKeys: [] }, baseDir, () => clock);
    await plain.admit(signed('a', 10, NOW - DAY), 0);
    await plain.admit(encodePayload({ ...base, commitId: 'b'.repeat(40) }), 1);
  });
});
