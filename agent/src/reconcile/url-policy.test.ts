import { describe, expect, it } from 'vitest';
import { redactUrl } from '../store/git-url.js';
import { checkAllowUrls, checkUrlAllowed, matchesPrefix } from './url-policy.js';

describe('url policy', () => {
  it('matches prefixes on a component boundary only', () => {
    expect(matchesPrefix('https://git.example.com/org/app.git', 'https://git.example.com')).toBe(true);
    expect(matchesPrefix('https://git.example.com.evil.org/x.git', 'https://git.example.com')).toBe(false);
    expect(matchesPrefix('https://git.example.com/org/app.git', 'https://git.example.com/org/')).toBe(true);
    expect(matchesPrefix('https://git.example.com/organisation/x.git', 'https://git.example.com/org')).toBe(false);
    expect(matchesPrefix('https://git.example.com/org/app.git', 'https://git.example.com/org/app')).toBe(true);
    expect(matchesPrefix('https://git.example.com/org/app-fork.git', 'https://git.example.com/org/app')).toBe(false);
    expect(matchesPrefix('git@git.example.com:org/app.git', 'git@git.example.com:')).toBe(true);
  });

  it('compares scheme, host and port exactly, a missing port being the default', () => {
    expect(matchesPrefix('https://git.example.com:443/x.git', 'https://git.example.com/')).toBe(true);
    expect(matchesPrefix('https://GIT.example.com/x.git', 'https://git.example.com/')).toBe(true);
    expect(matchesPrefix('https://git.example.com:8443/x.git', 'https://git.example.com/')).toBe(false);
    expect(matchesPrefix('http://git.example.com/x.git', 'https://git.example.com/')).toBe(false);
    expect(matchesPrefix('ssh://git@git.example.com/org/x.git', 'git@git.example.com:org/')).toBe(false);
    expect(matchesPrefix('file://evil/srv/git/x.git', 'file:///srv/git/')).toBe(false);
  });

  it('refuses a user part the entry does not name, and accepts the one it names (ssh git@)', () => {
    // The replayed bypass: the allowed host is only the user name of a URL to 127.0.0.1.
    expect(matchesPrefix('http://git.example.com:x@127.0.0.1:8080/repo.git', 'http://git.example.com')).toBe(false);
    expect(matchesPrefix('https://deploy:token@git.example.com/org/x.git', 'https://git.example.com/org/')).toBe(false);
    expect(matchesPrefix('ssh://git@git.example.com/org/x.git', 'ssh://git.example.com/org/')).toBe(false);
    expect(matchesPrefix('ssh://git@git.example.com/org/x.git', 'ssh://git@git.example.com/org/')).toBe(true);
    expect(matchesPrefix('ssh://root@git.example.com/org/x.git', 'ssh://git@git.example.com/org/')).toBe(false);
    expect(matchesPrefix('root@git.example.com:org/x.git', 'git@git.example.com:org/')).toBe(false);
  });

  it('matches the path segment by segment, never through dot segments or encodings', () => {
    expect(matchesPrefix('https://h/myorg/../attacker/repo.git', 'https://h/myorg/')).toBe(false);
    expect(matchesPrefix('file:///srv/git/../../tmp/x.git', 'file:///srv/git/')).toBe(false);
    expect(matchesPrefix('https://h/myorg/%2e%2e/attacker/repo.git', 'https://h/myorg/')).toBe(false);
    expect(matchesPrefix('https://h/myorg/x%2F..%2F..%2Fattacker/repo.git', 'https://h/myorg/')).toBe(false);
    expect(matchesPrefix('https://h/myorg/team/x.git', 'https://h/myorg/')).toBe(true);
    expect(matchesPrefix('https://h/myorg', 'https://h/myorg/app')).toBe(false);
    expect(matchesPrefix('git@h:/org/x.git', 'git@h:org/')).toBe(false);
  });

  it('accepts anything safe when no prefix is configured and names the refused url otherwise', () => {
    expect(() => checkUrlAllowed('file:///srv/x.git', [])).not.toThrow();
    expect(() => checkUrlAllowed('https://u:secret@evil.org/x.git', ['https://good.org'])).toThrow(
      /url https:\/\/u:\*\*\*@evil\.org\/x\.git is not allowed/,
    );
    try {
      checkUrlAllowed('http://git.example.com:x@127.0.0.1:1/r.git', ['http://git.example.com']);
      expect.unreachable();
    } catch (err) {
      expect(err).toMatchObject({ code: 'ERR_PAYLOAD_NOT_ALLOWED' });
    }
  });

  it('refuses dot segments and encoded separators even without an allowlist, as an invalid payload', () => {
    for (const url of ['https://h/myorg/../attacker/repo.git', 'file:///srv/git/../../x.git', 'https://h/a/%2e%2e/x.git']) {
      try {
        checkUrlAllowed(url, []);
        expect.unreachable();
      } catch (err) {
        expect(err).toMatchObject({ code: 'ERR_PAYLOAD_INVALID', message: expect.stringMatching(/^url .* is refused: its path/) });
      }
    }
  });

  it('validates the allowlist entries themselves', () => {
    expect(checkAllowUrls(['https://git.example.com/', 'git@git.example.com:', 'file:///srv/git/', 'ssh://git@h:2222/x'])).toHaveLength(4);
    expect(() => checkAllowUrls(['git.example.com'])).toThrow(/--allow-url git\.example\.com cannot be used: it is neither a URL/);
    expect(() => checkAllowUrls(['https://h/org/../x'])).toThrow(/--allow-url https:\/\/h\/org\/\.\.\/x cannot be used: its path has a "\.\." segment/);
    expect(() => checkAllowUrls(['https://u:pw@h/'])).toThrow(/--allow-url https:\/\/u:\*\*\*@h\/ holds a password/);
    expect(() => checkAllowUrls(['ftp://h/'])).toThrow(/scheme "ftp"/);
    try {
      checkAllowUrls(['https://h:0/']);
      expect.unreachable();
    } catch (err) {
      expect(err).toMatchObject({ code: 'ERR_USAGE', exitCode: 2 });
    }
  });

  it('redacts passwords in URLs', () => {
    expect(redactUrl('https://user:tok3n@host/r.git')).toBe('https://user:***@host/r.git');
    expect(redactUrl('https://user:to@k3n@host/r.git')).toBe('https://user:***@host/r.git');
    expect(redactUrl('https://host:443/a@b')).toBe('https://host:443/a@b');
    expect(redactUrl('https://host/r.git')).toBe('https://host/r.git');
    expect(redactUrl('git@host:r.git')).toBe('git@host:r.git');
  });
});
