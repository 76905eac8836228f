import { spawnSync, execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { gitCredentialHosts, gitCredentialSettings, shellQuote } from './git-credentials.js';

/** Asks real git for credentials as it would for a request to `protocol://host`; the helper's answer, or null. */
function fill(settings: ReturnType<typeof gitCredentialSettings>, request: string): { answer: string | null; stderr: string } {
  const r = spawnSync('git', [...settings.config, 'credential', 'fill'], {
    env: { PATH: process.env['PATH'] ?? '', HOME: '/nonexistent', LC_ALL: 'C', GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0', ...settings.env },
    input: `${request}\n\n`,
  });
  return { answer: r.status === 0 ? r.stdout.toString() : null, stderr: r.stderr.toString() };
}

describe('git credentials', () => {
  it('builds an ssh command with the key, batch mode and strict host checking, quoting paths for the shell', () => {
    const { env, config } = gitCredentialSettings({ sshKey: "/etc/keys/it's key", knownHosts: '/etc/ssh/known' });
    expect(env['GIT_SSH_COMMAND']).toBe(
      "ssh -o BatchMode=yes -i '/etc/keys/it'\\''s key' -o IdentitiesOnly=yes -o StrictHostKeyChecking=yes -o 'UserKnownHostsFile=/etc/ssh/known'",
    );
    expect(config).toEqual([]);
    // The shell really reads the quoted word back as the original path.
    expect(execFileSync('sh', ['-c', `printf %s ${shellQuote("/etc/keys/it's key")}`]).toString()).toBe("/etc/keys/it's key");
  });

  it('hands username and password to git through a credential helper reading the environment, never in arguments', () => {
    const settings = gitCredentialSettings({ username: 'deploy', password: 's3cr3t', hosts: ['git.example.com:443'] });
    expect(settings.env).toMatchObject({ ZKDEPLOY_GIT_USERNAME: 'deploy', ZKDEPLOY_GIT_PASSWORD: 's3cr3t' });
    expect(settings.config.join(' ')).not.toContain('s3cr3t');
    // Real git asks the helper, as it would for an https fetch.
    const out = fill(settings, 'protocol=https\nhost=git.example.com').answer;
    expect(out).toContain('username=deploy\n');
    expect(out).toContain('password=s3cr3t\n');
  });

  it('answers only over https, for its hosts and ports, and for no other user', () => {
    const settings = gitCredentialSettings({ username: 'deploy', password: 's3cr3t', hosts: ['git.example.com:443', '127.0.0.1:8443'] });
    expect(fill(settings, 'protocol=https\nhost=git.example.com:443').answer).toContain('password=s3cr3t');
    expect(fill(settings, 'protocol=https\nhost=GIT.Example.com').answer).toContain('password=s3cr3t');
    expect(fill(settings, 'protocol=https\nhost=127.0.0.1:8443\nusername=deploy').answer).toContain('password=s3cr3t');
    for (const request of [
      'protocol=http\nhost=git.example.com', // the same host over plain http
      'protocol=http\nhost=127.0.0.1:8443',
      'protocol=https\nhost=127.0.0.1:9', // another port
      'protocol=https\nhost=127.0.0.1', // the default port is not the one named
      'protocol=https\nhost=git.example.com.evil.org',
      'protocol=https\nhost=evil.org git.example.com', // one request naming two hosts
      'protocol=https\nhost=git.example.com\nusername=root', // a user the payload URL chose
    ]) {
      const { answer, stderr } = fill(settings, request);
      expect(answer, request).toBeNull();
      expect(stderr, request).toContain('zkdeploy-agent: git credentials withheld: they are sent only over https to git.example.com git.example.com:443 127.0.0.1:8443');
      expect(stderr).not.toContain('s3cr3t');
    }
  });

  it('answers nothing when no host is in scope', () => {
    expect(fill(gitCredentialSettings({ username: 'deploy', password: 's3cr3t' }), 'protocol=https\nhost=git.example.com').answer).toBeNull();
  });

  it('only keeps ssh from prompting when no credentials are configured', () => {
    expect(gitCredentialSettings({})).toEqual({ env: { GIT_SSH_COMMAND: 'ssh -o BatchMode=yes' }, config: [] });
  });

  it('scopes credentials to the https hosts of the allowlist, or to those named among them', () => {
    const allow = ['https://git.example.com/org/', 'https://Mirror.example.com:8443/', 'http://plain.example.com/', 'git@git.example.com:'];
    expect(gitCredentialHosts(allow, [], true)).toEqual(['git.example.com:443', 'mirror.example.com:8443']);
    expect(gitCredentialHosts(allow, ['git.example.com'], true)).toEqual(['git.example.com:443']);
    expect(gitCredentialHosts(allow, ['MIRROR.example.com:8443'], true)).toEqual(['mirror.example.com:8443']);
    expect(gitCredentialHosts([], [], false)).toEqual([]);
  });

  it('refuses credentials that could reach any host, or never any, with the fix in the sentence', () => {
    expect(() => gitCredentialHosts([], [], true)).toThrow(/git credentials \(ZKDEPLOY_GIT_USERNAME\) need --allow-url: .* add --allow-url https:\/\/<your git host>\//);
    expect(() => gitCredentialHosts(['http://git.example.com/'], [], true)).toThrow(/sent only over https, and no --allow-url entry is an https URL/);
    expect(() => gitCredentialHosts(['https://git.example.com/'], ['plain.example.com'], true)).toThrow(/--git-credential-host plain\.example\.com is not the host of an https --allow-url entry \(git\.example\.com:443\)/);
    expect(() => gitCredentialHosts(['https://git.example.com/'], ['git.example.com:8443'], true)).toThrow(/is not the host of an https --allow-url entry/);
    expect(() => gitCredentialHosts(['https://git.example.com/'], ['u@git.example.com/x'], true)).toThrow(/is not a host name with an optional port/);
    expect(() => gitCredentialHosts(['https://git.example.com/'], ['git.example.com'], false)).toThrow(/--git-credential-host needs git credentials/);
  });
});
