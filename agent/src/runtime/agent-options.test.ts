import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseAgentOptions } from './agent-options.js';

const dir = mkdtempSync(join(tmpdir(), 'zkdeploy-options-'));
function configFile(value: unknown): string {
  const path = join(dir, `config-${Math.random().toString(16).slice(2)}.json`);
  writeFileSync(path, JSON.stringify(value));
  return path;
}

describe('agent options: flag > environment > config file > default', () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const key of Object.keys(process.env)) if (key.startsWith('ZKDEPLOY_')) delete process.env[key];
    Object.assign(process.env, saved);
  });

  it('takes each setting from the strongest source that has it', () => {
    const file = configFile({ host: 'from-file', apps: ['/app/a', '/app/b'], selfHeal: true, splay: 250, exec: 'make reload', metricsPort: 9400 });
    process.env['ZKDEPLOY_HOST'] = 'from-env';
    process.env['ZKDEPLOY_SPLAY'] = '500';
    const o = parseAgentOptions(['--config', file, '--splay', '1000']);
    expect(o.host).toBe('from-env');
    expect(o.splayMs).toBe(1000);
    expect(parseAgentOptions(['--deploying-after', '1.5']).deployingAfterMs).toBe(1500);
    expect(o.apps).toEqual(['/app/a', '/app/b']);
    expect(o.selfHeal).toBe(true);
    expect(o.exec).toBe('make reload');
    expect(o.metricsPort).toBe(9400);
    expect(o.metricsHost).toBe('127.0.0.1');
    const flagged = parseAgentOptions(['--config', file, '--host', 'from-flag', '--app', '/app/c']);
    expect(flagged.host).toBe('from-flag');
    expect(flagged.apps).toEqual(['/app/c']);
  });

  it('has safe defaults', () => {
    const o = parseAgentOptions([]);
    expect(o).toMatchObject({ selfHeal: false, driftWatch: true, splayMs: 0, keepReleases: 2, deployingAfterMs: 2000, metricsPort: undefined, trustKeys: [], execTimeoutMs: 300_000 });
    expect(parseAgentOptions(['--no-drift-watch']).driftWatch).toBe(false);
    expect(parseAgentOptions(['--self-heal']).selfHeal).toBe(true);
    process.env['ZKDEPLOY_SELF_HEAL'] = 'false';
    expect(parseAgentOptions([]).selfHeal).toBe(false);
  });

  it('refuses bad values with one sentence naming the flag', () => {
    expect(() => parseAgentOptions(['--splay', '-5'])).toThrow(/--splay must be a whole number/);
    expect(() => parseAgentOptions(['--metrics-port', '70000'])).toThrow(/--metrics-port must be at most 65535/);
    expect(() => parseAgentOptions(['--self-heal', 'maybe'])).toThrow(/--self-heal must be true or false/);
    expect(() => parseAgentOptions(['--exec-timeout', '0'])).toThrow(/--exec-timeout must be a positive number/);
    expect(() => parseAgentOptions(['--deploying-after', '-1'])).toThrow(/--deploying-after must be a number of seconds, 0 or more/);
    expect(() => parseAgentOptions(['--trust-key', '/nonexistent.pem'])).toThrow(/--trust-key \/nonexistent\.pem cannot be read/);
    process.env['ZKDEPLOY_GIT_USERNAME'] = 'only-user';
    expect(() => parseAgentOptions([])).toThrow(/must be set together/);
  });

  it('reads the git password from a file when asked', () => {
    const secret = join(dir, 'password');
    writeFileSync(secret, 'hunter2\n');
    process.env['ZKDEPLOY_GIT_USERNAME'] = 'deploy';
    process.env['ZKDEPLOY_GIT_PASSWORD_FILE'] = secret;
    // Credentials need an allowlist (issue 23): they go only to its https hosts.
    expect(parseAgentOptions(['--allow-url', 'https://git.example.com/'])).toMatchObject({ gitUsername: 'deploy', gitPassword: 'hunter2', gitCredentialHosts: ['git.example.com:443'] });
  });
});
