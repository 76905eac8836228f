import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { gitCredentialSettings, shellQuote } from './git-credentials.js';

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
    const { env, config } = gitCredentialSettings({ username: 'deploy', password: 's3cr3t' });
    expect(env).toMatchObject({ ZKDEPLOY_GIT_USERNAME: 'deploy', ZKDEPLOY_GIT_PASSWORD: 's3cr3t' });
    expect(config.join(' ')).not.toContain('s3cr3t');
    // Real git asks the helper, as it would for an https fetch.
    const out = execFileSync('git', [...config, 'credential', 'fill'], {
      env: { PATH: process.env['PATH'] ?? '', HOME: '/nonexistent', GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0', ...env },
      input: 'protocol=https\nhost=git.example.com\n\n',
    }).toString();
    expect(out).toContain('username=deploy\n');
    expect(out).toContain('password=s3cr3t\n');
  });

  it('only keeps ssh from prompting when no credentials are configured', () => {
    expect(gitCredentialSettings({})).toEqual({ env: { GIT_SSH_COMMAND: 'ssh -o BatchMode=yes' }, config: [] });
  });
});
