import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GIT_LOW_SPEED_TIME_S, GitError, SSH_KEEPALIVE, gitEnv, lowSpeedConfig, runGit } from './git-runner.js';

describe('git runner: stalled transports', () => {
  it('gives every ssh command keep-alives, after the caller\'s own options (ssh keeps the first value), and leaves other commands alone', () => {
    expect(gitEnv()['GIT_SSH_COMMAND']).toBe(`ssh ${SSH_KEEPALIVE}`);
    expect(gitEnv({ GIT_SSH_COMMAND: 'ssh -o BatchMode=yes' })['GIT_SSH_COMMAND']).toBe(`ssh -o BatchMode=yes ${SSH_KEEPALIVE}`);
    expect(gitEnv({ GIT_SSH_COMMAND: '/opt/wrapper.sh' })['GIT_SSH_COMMAND']).toBe('/opt/wrapper.sh');
  });

  it('the keep-alives reach ssh as git runs it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zkdeploy-fake-ssh-'));
    const log = join(dir, 'args');
    writeFileSync(join(dir, 'ssh'), `#!/bin/sh\nprintf '%s\\n' "$@" > ${log}\nexit 255\n`);
    chmodSync(join(dir, 'ssh'), 0o755);
    const saved = process.env['PATH'];
    process.env['PATH'] = `${dir}:${saved ?? ''}`;
    try {
      await expect(runGit(['ls-remote', '--', 'ssh://git.example.invalid/app.git'], { cwd: dir, timeoutMs: 10_000 })).rejects.toBeInstanceOf(GitError);
    } finally {
      process.env['PATH'] = saved;
    }
    const args = readFileSync(log, 'utf8').split('\n');
    expect(args).toEqual(expect.arrayContaining(['ServerAliveInterval=15', 'ServerAliveCountMax=4', 'git.example.invalid']));
  });

  it('low-speed settings: 1000 bytes/s for the given seconds, or off with 0', () => {
    expect(DEFAULT_GIT_LOW_SPEED_TIME_S).toBe(60);
    expect(lowSpeedConfig(5)).toEqual(['-c', 'http.lowSpeedLimit=1000', '-c', 'http.lowSpeedTime=5']);
    expect(lowSpeedConfig(0)).toEqual(['-c', 'http.lowSpeedLimit=0', '-c', 'http.lowSpeedTime=0']);
  });

  it('names the git command after the -c settings put before it', async () => {
    const err = await runGit(['-c', 'core.quotePath=false', 'cat-file', '-e', 'no-such-object'], { cwd: tmpdir(), timeoutMs: 10_000 }).catch((e: unknown) => e);
    expect((err as GitError).message).toMatch(/^git cat-file failed \(exit 128\): /);
  });

  it('stops a command whose streamed output the reader has had enough of', async () => {
    let chunks = 0;
    const result = await runGit(['--version'], { cwd: tmpdir(), onStdout: () => (chunks++, 'stop') });
    expect(chunks).toBe(1);
    expect(result.stopped).toBe(true);
    expect(result.stdout).toBe('');
  });
});
