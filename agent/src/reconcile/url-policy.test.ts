import { describe, expect, it } from 'vitest';
import { checkUrlAllowed, matchesPrefix, redactUrl } from './url-policy.js';

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

  it('accepts anything when no prefix is configured and names the refused url otherwise', () => {
    expect(() => checkUrlAllowed('file:///srv/x.git', [])).not.toThrow();
    expect(() => checkUrlAllowed('https://u:secret@evil.org/x.git', ['https://good.org'])).toThrow(
      /url https:\/\/u:\*\*\*@evil\.org\/x\.git is not allowed/,
    );
  });

  it('redacts passwords in URLs', () => {
    expect(redactUrl('https://user:tok3n@host/r.git')).toBe('https://user:***@host/r.git');
    expect(redactUrl('https://host/r.git')).toBe('https://host/r.git');
    expect(redactUrl('git@host:r.git')).toBe('git@host:r.git');
  });
});
