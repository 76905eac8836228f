import { describe, expect, it } from 'vitest';
import { parseGitUrl } from './git-url.js';

describe('git url', () => {
  it('takes every admitted form apart, with default ports and lowercase hosts', () => {
    expect(parseGitUrl('https://Git.Example.com/org/app.git')).toEqual({ kind: 'https', userinfo: null, host: 'git.example.com', port: 443, segments: ['', 'org', 'app.git'] });
    expect(parseGitUrl('http://h:8080/')).toMatchObject({ kind: 'http', port: 8080, segments: [''] });
    expect(parseGitUrl('ssh://git@h/srv/x.git')).toMatchObject({ kind: 'ssh', userinfo: 'git', host: 'h', port: 22 });
    expect(parseGitUrl('git://[::1]:9419/x')).toMatchObject({ kind: 'git', host: '[::1]', port: 9419 });
    expect(parseGitUrl('file:///srv/git/x.git')).toEqual({ kind: 'file', userinfo: null, host: '', port: null, segments: ['', 'srv', 'git', 'x.git'] });
    expect(parseGitUrl('git@h:org/app.git')).toEqual({ kind: 'scp', userinfo: 'git', host: 'h', port: null, segments: ['org', 'app.git'] });
    expect(parseGitUrl('git@h:/abs/app.git').segments).toEqual(['', 'abs', 'app.git']);
  });

  it('reads the host after the last @ of the authority, as curl does: the allowed name before it is only a user', () => {
    expect(parseGitUrl('http://git.example.com:x@127.0.0.1:9/repo.git')).toMatchObject({ userinfo: 'git.example.com:x', host: '127.0.0.1', port: 9 });
  });

  it.each([
    ['https://h/myorg/../attacker/repo.git', /"\.\." segment/],
    ['file:///srv/git/../../etc/x.git', /"\.\." segment/],
    ['https://h/myorg/./x.git', /"\." segment/],
    ['git@h:org/../x.git', /"\.\." segment/],
    ['https://h/myorg/%2e%2e/attacker/repo.git', /"%2e"/],
    ['https://h/myorg/%2E./attacker/repo.git', /"%2E"/],
    ['https://h/myorg/x%2f..%2f..%2fattacker/repo.git', /"%2f"/],
    ['https://h/myorg/%252e%252e/x.git', /"%25"/],
    ['https://h/myorg/%5c../x.git', /"%5c"/],
    ['https://h/myorg/%00/x.git', /"%00"/],
    ['https://h/myorg/%zz/x.git', /"%"/],
    ['https://h/myorg\\..\\x.git', /backslash/],
    ['https://h/myorg/x.git?service=y', /"\?" or "#"/],
    ['http://allowed.example#@evil.example/x.git', /"\?" or "#"/],
    ['https://h:0/x', /port "0"/],
    ['https://h:99999/x', /port "99999"/],
    ['https://@h/x', /user part is empty/],
    ['https://a@b@h/x', /contains "@"/],
    ['https://h_x/x', /host "h_x"/],
    ['file://u@host/srv/x', /no user or port/],
    ['ftp://h/x', /scheme "ftp"/],
    ['h/x.git', /neither a URL/],
    ['https://h/a b', /whitespace/],
  ])('refuses %s', (url, reason) => {
    expect(() => parseGitUrl(url)).toThrow(reason);
  });

  it('keeps encodings that cannot form a separator or a dot', () => {
    expect(parseGitUrl('https://h/org/caf%C3%A9.git').segments).toEqual(['', 'org', 'caf%C3%A9.git']);
  });
});
