import { describe, expect, it } from 'vitest';
import { rfc2253Subject } from './x509-subject.js';

describe('x509 subject ids', () => {
  it('reverses the relative names and escapes special characters as RFC 2253 does', () => {
    expect(rfc2253Subject('O=zkdeploy\nCN=web-1')).toBe('CN=web-1,O=zkdeploy');
    expect(rfc2253Subject('C=DE\nO=Acme, Inc.\nOU=ops+deploy\nCN= spaced ')).toBe('CN=\\ spaced\\ ,OU=ops\\+deploy,O=Acme\\, Inc.,C=DE');
    expect(rfc2253Subject('CN=#1')).toBe('CN=\\#1');
  });

  it('refuses attributes ZooKeeper would write as an OID, and an empty subject', () => {
    expect(() => rfc2253Subject('CN=a\nemailAddress=a@b')).toThrow(/emailAddress/);
    expect(() => rfc2253Subject('')).toThrow(/empty subject/);
  });
});
