import { describe, expect, it } from 'vitest';
import { generateSigningKeyPair, loadPublicKeys } from '../payload/payload-signature.js';
import { signTaskRequest, verifyTaskSignature } from './task-signature.js';
import type { HostTask } from './task-record.js';

const { privateKeyPem, publicKeyPem } = generateSigningKeyPair();
const keys = loadPublicKeys([publicKeyPem]);
const request = { name: 'migrate', args: { TARGET: '42' }, timeoutS: 60, mode: 'once' as const, selector: null, createdAt: '2026-01-01T00:00:00.000Z' };
const NOW = Date.parse('2026-01-01T00:00:00.000Z');

function assigned(over: Partial<HostTask> = {}): HostTask {
  const signature = signTaskRequest(request, '/app/a', privateKeyPem, 3_600_000, NOW);
  return { id: 't-0000000001', name: request.name, attempt: 1, args: request.args, timeoutS: request.timeoutS, signature, ...over };
}

describe('task request signatures', () => {
  it('verifies a signed request for its app and gives its digest and expiry', () => {
    const v = verifyTaskSignature(assigned(), keys, '/app/a', NOW + 1000);
    expect(v).toMatchObject({ digest: expect.stringMatching(/^[0-9a-f]{64}$/), expiresAtMs: NOW + 3_600_000 });
  });

  it('refuses an unsigned request, altered arguments or name, another app, another key and an expired one', () => {
    expect(verifyTaskSignature(assigned({ signature: undefined }), keys, '/app/a', NOW)).toMatch(/not signed/);
    expect(verifyTaskSignature(assigned({ args: { TARGET: '43' } }), keys, '/app/a', NOW)).toMatch(/does not verify/);
    expect(verifyTaskSignature(assigned({ name: 'other' }), keys, '/app/a', NOW)).toMatch(/does not verify/);
    expect(verifyTaskSignature(assigned({ timeoutS: 86_400 }), keys, '/app/a', NOW)).toMatch(/does not verify/);
    expect(verifyTaskSignature(assigned(), keys, '/app/b', NOW)).toMatch(/signed for app \/app\/a/);
    expect(verifyTaskSignature(assigned(), loadPublicKeys([generateSigningKeyPair().publicKeyPem]), '/app/a', NOW)).toMatch(/does not verify/);
    expect(verifyTaskSignature(assigned(), keys, '/app/a', NOW + 3_600_001)).toMatch(/expired/);
    const sig = assigned().signature as Record<string, unknown>;
    expect(verifyTaskSignature(assigned({ signature: { ...sig, mode: 'all' } }), keys, '/app/a', NOW)).toMatch(/does not verify/);
  });
});
