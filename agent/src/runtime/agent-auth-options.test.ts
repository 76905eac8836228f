import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseAgentOptions } from './agent-options.js';

const dir = mkdtempSync(join(tmpdir(), 'zkdeploy-auth-options-'));
function file(name: string, content: string, mode = 0o600): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  chmodSync(path, mode);
  return path;
}

describe('agent options: the ZooKeeper identity from a file, and --run-as', () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const key of Object.keys(process.env)) if (key.startsWith('ZKDEPLOY_')) delete process.env[key];
    Object.assign(process.env, saved);
  });

  it('reads --auth-file, ZKDEPLOY_AUTH_FILE or the config key authFile', () => {
    const auth = file('agent.auth', 'agent:s3cret\n');
    expect(parseAgentOptions(['--auth-file', auth]).auth).toBe('agent:s3cret');
    process.env['ZKDEPLOY_AUTH_FILE'] = auth;
    expect(parseAgentOptions([]).auth).toBe('agent:s3cret');
    delete process.env['ZKDEPLOY_AUTH_FILE'];
    const config = file('config.json', JSON.stringify({ authFile: auth, runAs: 'nobody' }));
    expect(parseAgentOptions(['--config', config])).toMatchObject({ auth: 'agent:s3cret', runAs: 'nobody' });
  });

  it('refuses --auth with --auth-file, and an auth file others can read', () => {
    const auth = file('both.auth', 'agent:s3cret\n');
    expect(() => parseAgentOptions(['--auth', 'agent:x', '--auth-file', auth])).toThrow(/--auth or --auth-file, not both/);
    expect(() => parseAgentOptions(['--auth-file', file('open.auth', 'agent:s3cret\n', 0o604)])).toThrow(/accessible by group or others \(mode 0604\)/);
  });

  it('takes --run-as from the flag or ZKDEPLOY_RUN_AS (resolved later, by main)', () => {
    expect(parseAgentOptions(['--run-as', 'deploy']).runAs).toBe('deploy');
    process.env['ZKDEPLOY_RUN_AS'] = 'www-data';
    expect(parseAgentOptions([]).runAs).toBe('www-data');
    delete process.env['ZKDEPLOY_RUN_AS'];
    expect(parseAgentOptions([]).runAs).toBeUndefined();
  });
});
