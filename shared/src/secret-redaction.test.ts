import { describe, expect, it } from 'vitest';
import { REDACTED, SecretRedactor } from './secret-redaction.js';

describe('secret redaction', () => {
  const redactor = (): SecretRedactor => {
    const r = new SecretRedactor();
    r.addUserPassword('agent:an0ther/pw');
    r.addCredentials('deploy', 'gitS3cret');
    return r;
  };

  it('replaces every form of a registered credential: user:password, the password, base64 and URL encodings', () => {
    const r = redactor();
    const basic = Buffer.from('deploy:gitS3cret').toString('base64');
    const text = [
      'ZKDEPLOY_AUTH=agent:an0ther/pw',
      'password an0ther/pw again an0ther/pw',
      `Authorization: Basic ${basic}`,
      'url https://deploy:an0ther%2Fpw@host/x',
      'ZKDEPLOY_GIT_PASSWORD=gitS3cret',
    ].join('\n');
    const out = r.redact(text);
    for (const secret of ['an0ther/pw', 'an0ther%2Fpw', 'gitS3cret', basic, Buffer.from('agent:an0ther/pw').toString('base64')]) {
      expect(out).not.toContain(secret);
    }
    expect(out).toBe(
      [
        `ZKDEPLOY_AUTH=${REDACTED}`,
        `password ${REDACTED} again ${REDACTED}`,
        `Authorization: Basic ${REDACTED}`,
        `url https://deploy:${REDACTED}@host/x`,
        `ZKDEPLOY_GIT_PASSWORD=${REDACTED}`,
      ].join('\n'),
    );
  });

  it('leaves text without secrets unchanged, and ignores empty values', () => {
    const r = new SecretRedactor();
    r.add('', undefined);
    r.addUserPassword(undefined);
    expect(r.size).toBe(0);
    expect(redactor().redact('all good: exit 1')).toBe('all good: exit 1');
  });

  it('replaces a piece of a secret left at a cut end of a truncated output', () => {
    const r = redactor();
    expect(r.redact('first 4096 bytes end with gitS3', { end: true })).toBe(`first 4096 bytes end with ${REDACTED}`);
    expect(r.redact('3cret and the rest of a rolling tail', { start: true })).toBe(`${REDACTED} and the rest of a rolling tail`);
    // Without a cut, a prefix is ordinary text.
    expect(r.redact('ends with gitS3')).toBe('ends with gitS3');
  });
});

describe('secrets registered for the process', () => {
  it('are redacted from git error tails and the stderr a logged GitError carries', async () => {
    const { processSecrets } = await import('./secret-redaction.js');
    const { GitError, tail } = await import('./git/git-runner.js');
    processSecrets.addUserPassword('agent:proc-Secret-9');
    const stderr = 'remote: echo agent:proc-Secret-9\nfatal: unable to access';
    const err = new GitError('git fetch failed', ['fetch'], 128, stderr);
    expect(err.stderr).not.toContain('proc-Secret-9');
    expect(JSON.stringify(err.details)).not.toContain('proc-Secret-9');
    expect(tail(stderr)).toBe(`remote: echo ${REDACTED}\nfatal: unable to access`);
  });
});
