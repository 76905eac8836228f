import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { processSecrets, silentLogger, type Logger } from '@zkdeploy/shared';
import { RoleCommandRunner } from './role-command-runner.js';

describe('RoleCommandRunner (real sh processes)', () => {
  let dir: string;
  let log: string;
  const lines = async (): Promise<string[]> => (await readFile(log, 'utf8').catch(() => '')).split('\n').filter(Boolean);
  const runner = (onPrimary: string, timeoutMs = 10_000): RoleCommandRunner =>
    new RoleCommandRunner({
      onPrimary,
      onStandby: `echo "standby $ZKDEPLOY_GROUP $ZKDEPLOY_ROLE" >> '${log}'`,
      timeoutMs,
      cwd: dir,
      env: { ZKDEPLOY_GROUP: 'g' },
      log: silentLogger(),
    });

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'zkdeploy-role-'));
    log = join(dir, 'log');
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  it('runs each role command with the group environment, and does not repeat the role already entered', async () => {
    const r = runner(`echo "primary $ZKDEPLOY_GROUP $ZKDEPLOY_ROLE" >> '${log}'`);
    await r.enter('standby', 'start');
    await r.enter('primary', 'lowest');
    await r.enter('primary', 'still lowest');
    await r.enter('standby', 'suspended');
    expect(await lines()).toEqual(['standby g standby', 'primary g primary', 'standby g standby']);
  });

  it('stepping down kills a primary command still running (its whole process group) and runs standby at once', async () => {
    const r = runner(`echo started >> '${log}'; sleep 30; echo finished >> '${log}'`);
    const primary = r.enter('primary', 'lowest');
    await expect.poll(lines).toEqual(['started']);
    const began = Date.now();
    await r.enter('standby', 'suspended');
    await primary;
    expect(Date.now() - began).toBeLessThan(3000);
    expect(await lines()).toEqual(['started', 'standby g standby']);
  });

  it('folds roles entered while a command runs: only the latest counts', async () => {
    const r = runner(`echo primary >> '${log}'`);
    const first = r.enter('standby', 'start');
    void r.enter('primary', 'a');
    void r.enter('standby', 'b');
    await first;
    await r.idle();
    expect(await lines()).toEqual(['standby g standby']);
  });

  it('kills a command that outlives its timeout', async () => {
    const r = runner(`sleep 30; echo finished >> '${log}'`, 300);
    const began = Date.now();
    await r.enter('primary', 'lowest');
    expect(Date.now() - began).toBeLessThan(3000);
    expect(await lines()).toEqual([]);
  });

  it('does not hand the agent’s ZooKeeper credentials to role commands', async () => {
    process.env['ZKDEPLOY_AUTH'] = 'agent:secret';
    try {
      await runner(`echo "auth=\${ZKDEPLOY_AUTH:-none} host=\${ZKDEPLOY_HOST:-none}" >> '${log}'`).enter('primary', 'lowest');
    } finally {
      delete process.env['ZKDEPLOY_AUTH'];
    }
    expect(await lines()).toEqual(['auth=none host=none']);
  });
  it('gives role commands only the allowlisted environment, and logs their output redacted of the agent\'s secrets', async () => {
    const logged: Record<string, unknown>[] = [];
    const record = (fields: Record<string, unknown>): void => void logged.push(fields);
    const fake = { child: () => fake, info: record, warn: record, error: record } as unknown as Logger;
    processSecrets.addUserPassword('agent:role-Secret-3');
    process.env['SOME_TOKEN'] = 'token-value';
    try {
      const r = new RoleCommandRunner({ onPrimary: `env | sort > '${log}'; echo "leak agent:role-Secret-3"; exit 3`, onStandby: undefined, timeoutMs: 10_000, cwd: dir, env: { ZKDEPLOY_GROUP: 'g' }, log: fake });
      await r.enter('primary', 'lowest');
    } finally {
      delete process.env['SOME_TOKEN'];
    }
    const names = (await lines()).map((l) => l.slice(0, l.indexOf('=')));
    expect(names).toContain('ZKDEPLOY_ROLE');
    expect(names).not.toContain('SOME_TOKEN');
    for (const name of names) expect(name).toMatch(/^(PATH|HOME|LANG|LANGUAGE|LC_\w+|TZ|USER|LOGNAME|SHELL|TMPDIR|ZKDEPLOY_GROUP|ZKDEPLOY_ROLE|PWD|SHLVL|_)$/);
    const failed = logged.find((f) => f['code'] === 3);
    expect(failed?.['output']).toBe('leak [REDACTED]');
  });
});
