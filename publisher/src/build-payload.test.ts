import { describe, expect, it } from 'vitest';
import { ValidationError } from '@zkdeploy/shared/errors';
import { buildPayload } from './build-payload.js';

const FLAGS = { url: 'https://git.example.com/app.git', commit: 'A'.repeat(40), path: 'app' };

describe('buildPayload', () => {
  it('refuses control characters in --message and --ref, naming the flag and the character', () => {
    expect(() => buildPayload({ ...FLAGS, message: '\u001b]0;x\u0007' })).toThrow(/--message holds a control character \(\\x1b at position 1\)/);
    expect(() => buildPayload({ ...FLAGS, ref: 'main\u009b' })).toThrow(/--ref holds a control character \(\\x9b at position 5\)/);
    expect(() => buildPayload({ ...FLAGS, message: 'two\nlines' })).toThrow(ValidationError);
  });

  it('keeps printable text, unicode included', () => {
    const p = buildPayload({ ...FLAGS, message: 'déploiement — fix ✓', ref: 'refs/heads/main' });
    expect(p).toMatchObject({ commitId: 'a'.repeat(40), message: 'déploiement — fix ✓', ref: 'refs/heads/main' });
  });
});
