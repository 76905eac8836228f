import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.js';
import { parsePayload, validatePayload } from './payload.js';

const SHA1 = '0123456789abcdef0123456789abcdef01234567';
const SHA256 = `${SHA1}${'89abcdef'.repeat(3)}`;
const ok = { url: 'https://git.example.com/team/app.git', commitId: SHA1, relativePath: 'srv/app' };

const fieldOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (err) {
    if (err instanceof ValidationError) return err.field;
    throw err;
  }
  return undefined;
};

describe('validatePayload', () => {
  it.each([
    'https://git.example.com/app.git',
    'http://10.0.0.1:8080/app.git',
    'ssh://git@git.example.com:2222/team/app.git',
    'git://git.example.com/app.git',
    'file:///srv/git/app.git',
    'git@github.com:team/app.git',
    'deploy.bot@git-1.example.com:repos/app',
    'https://[::1]:8443/app.git',
  ])('accepts url %s', (url) => {
    expect(validatePayload({ ...ok, url }).url).toBe(url);
  });

  it.each([
    ['ext::sh -c touch% /tmp/pwned'],
    ['fd::17'],
    ['-uhttps://x/y'],
    ['--upload-pack=touch /tmp/x'],
    ['-cprotocol.ext.allow=always'],
    ['ssh://-oProxyCommand=touch%20x/y'],
    ['ssh://git@-oProxyCommand=x/y'],
    ['https://example.com/a b.git'],
    ['https://example.com/a\n.git'],
    ['https://example.com/a\u0000.git'],
    ['ftp://example.com/app.git'],
    ['example.com:app.git'],
    ['git@host:-oProxyCommand=x'],
    ['/srv/git/app.git'],
    [''],
    ['https://'],
  ])('rejects url %j naming the url field', (url) => {
    expect(fieldOf(() => validatePayload({ ...ok, url }))).toBe('url');
  });

  it('accepts SHA-1 and SHA-256 commit ids', () => {
    expect(validatePayload({ ...ok, commitId: SHA256 }).commitId).toBe(SHA256);
  });

  it.each([SHA1.slice(0, 12), SHA1.toUpperCase(), `${SHA1}0`, 'g'.repeat(40), '--help', '', SHA1.replace('0', ' ')])(
    'rejects commitId %j',
    (commitId) => {
      expect(fieldOf(() => validatePayload({ ...ok, commitId }))).toBe('commitId');
    },
  );

  it.each(['app', 'a/b/c', '.hidden/app', 'a..b', 'x-y_z.1', 'é/ü'])('accepts relativePath %j', (relativePath) => {
    expect(validatePayload({ ...ok, relativePath }).relativePath).toBe(relativePath);
  });

  it.each(['/abs', '../x', 'a/../b', '.', 'a/./b', 'a//b', 'a/', 'a\\b', 'a\u0000b', 'a\nb', '', 'x'.repeat(256), '..'])(
    'rejects relativePath %j',
    (relativePath) => {
      expect(fieldOf(() => validatePayload({ ...ok, relativePath }))).toBe('relativePath');
    },
  );

  it('names a missing field, and a mistyped one', () => {
    expect(() => validatePayload({ url: ok.url, relativePath: 'x' })).toThrow(/"commitId" is required/);
    expect(() => validatePayload({ ...ok, url: 42 })).toThrow(/"url" must be a string/);
  });

  it('accepts the signed fields in their form, and names each when it is malformed', () => {
    const signedFields = { app: '/app/business', sequence: 1_764_561_600_000, expiresAt: '2026-12-31T00:00:00.000Z' };
    expect(validatePayload({ ...ok, ...signedFields }).sequence).toBe(signedFields.sequence);
    for (const [field, value] of [
      ['sequence', 0],
      ['sequence', -1],
      ['sequence', 1.5],
      ['sequence', '12'],
      ['sequence', 2 ** 53],
      ['expiresAt', 'tomorrow'],
      ['expiresAt', '2026-12-31'],
      ['expiresAt', '2026-12-31T00:00:00+01:00'],
      ['app', 7],
      ['app', ''],
    ] as const) {
      expect(fieldOf(() => validatePayload({ ...ok, ...signedFields, [field]: value }))).toBe(field);
    }
    expect(() => validatePayload({ ...ok, sequence: 'x' })).toThrow(/"sequence" must be an integer/);
  });

  it('keeps unknown extra fields', () => {
    expect(validatePayload({ ...ok, team: 'web' })['team']).toBe('web');
  });
});

describe('parsePayload (znode data, untrusted)', () => {
  it.each([
    [null, /empty/],
    [Buffer.alloc(0), /empty/],
    [Buffer.from('not json'), /not valid JSON/],
    [Buffer.from('null'), /got null/],
    [Buffer.from('[1,2]'), /got an array/],
    [Buffer.from('"text"'), /got a string/],
    [Buffer.from([0xff, 0xfe, 0x00]), /UTF-8/],
    [Buffer.alloc(1024 * 1024, 0x20), /over the/],
  ])('rejects %s', (data, message) => {
    expect(() => parsePayload(data as Buffer | null)).toThrow(message);
  });

  it('parses the original seed scripts\' three-field form', () => {
    expect(parsePayload(Buffer.from(JSON.stringify(ok)))).toEqual(ok);
  });
});
