import { chmodSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readAuthFile } from './auth-file.js';

describe('auth file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zkdeploy-auth-file-'));
  const file = (name: string, text: string, mode: number): string => {
    const path = join(dir, name);
    writeFileSync(path, text);
    chmodSync(path, mode);
    return path;
  };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads user:password with its trailing newline trimmed', () => {
    expect(readAuthFile(file('ok', 'publisher:s3cret\n', 0o600), '--auth-file')).toBe('publisher:s3cret');
    expect(readAuthFile(file('crlf', 'publisher:s3cret\r\n', 0o400), '--auth-file')).toBe('publisher:s3cret');
  });

  it('refuses a file group or others may read, like ssh with a private key', () => {
    const path = file('open', 'publisher:s3cret\n', 0o644);
    expect(() => readAuthFile(path, '--auth-file')).toThrow(/accessible by group or others \(mode 0644\); refusing it/);
    expect(() => readAuthFile(file('group', 'publisher:s3cret\n', 0o640), '--auth-file')).toThrow(/mode 0640/);
  });

  it('refuses a symlink, a missing file and content that is not one user:password line', () => {
    const target = file('target', 'publisher:s3cret\n', 0o600);
    symlinkSync(target, join(dir, 'link'));
    expect(() => readAuthFile(join(dir, 'link'), '--auth-file')).toThrow(/is a symlink/);
    expect(() => readAuthFile(join(dir, 'missing'), '--auth-file')).toThrow(/cannot be read \(ENOENT\)/);
    expect(() => readAuthFile(file('nopass', 'publisher\n', 0o600), '--auth-file')).toThrow(/must hold one line user:password/);
    expect(() => readAuthFile(file('two', 'a:b\nc:d\n', 0o600), '--auth-file')).toThrow(/must hold one line user:password/);
  });
});
