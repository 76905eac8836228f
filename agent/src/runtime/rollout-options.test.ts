import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '@zkdeploy/shared';
import { parseAgentOptions } from './agent-options.js';

describe('agent rollout flags', () => {
  it('reads --label (repeatable), --health-cmd, --health-url and --controller', () => {
    const o = parseAgentOptions(['--label', 'zone=a', '--label', 'rack=r1', '--health-cmd', 'curl -fs localhost/healthz', '--health-url', 'http://127.0.0.1:8080/healthz', '--controller']);
    expect(o.labels).toEqual({ zone: 'a', rack: 'r1' });
    expect(o.healthCmd).toBe('curl -fs localhost/healthz');
    expect(o.healthUrl).toBe('http://127.0.0.1:8080/healthz');
    expect(o.controller).toBe(true);
    expect(parseAgentOptions([])).toMatchObject({ labels: {}, healthCmd: undefined, healthUrl: undefined, controller: false });
  });

  it('reads the controller identity from --controller-auth-file (0600), never from argv', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'ctl-')), 'publisher.auth');
    await writeFile(file, 'publisher:secret\n', { mode: 0o600 });
    expect(parseAgentOptions(['--controller', '--controller-auth-file', file]).controllerAuth).toBe('publisher:secret');
    await writeFile(file, 'no-colon\n', { mode: 0o600 });
    expect(() => parseAgentOptions(['--controller-auth-file', file])).toThrow(/^--controller-auth-file /);
  });

  it('refuses a bad label or health URL with a usage error naming the flag', () => {
    for (const [argv, flag] of [[['--label', 'zone'], '--label'], [['--label', 'zone=a=b'], '--label'], [['--label', '-x=1'], '--label'], [['--health-url', 'ftp://x'], '--health-url'], [['--health-url', 'not a url'], '--health-url']] as const) {
      let error: unknown;
      try {
        parseAgentOptions([...argv]);
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(UsageError);
      expect((error as Error).message.startsWith(flag)).toBe(true);
    }
  });
});
