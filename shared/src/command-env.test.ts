import { describe, expect, it } from 'vitest';
import { commandEnv, commandSpawnOptions, type CommandUser } from './command-env.js';

const AGENT_ENV: NodeJS.ProcessEnv = {
  PATH: '/usr/bin:/bin',
  HOME: '/root',
  LANG: 'C.UTF-8',
  LC_TIME: 'en_GB.UTF-8',
  TZ: 'UTC',
  USER: 'root',
  LOGNAME: 'root',
  SHELL: '/bin/bash',
  TMPDIR: '/var/tmp',
  ZKDEPLOY_AUTH: 'agent:secret',
  ZKDEPLOY_GIT_PASSWORD: 'gitsecret',
  ZKDEPLOY_AUTH_FILE: '/etc/zkdeploy/auth',
  AWS_SECRET_ACCESS_KEY: 'aws',
  https_proxy: 'http://u:p@proxy:3128',
  SSH_AUTH_SOCK: '/tmp/ssh-agent',
  GIT_DIR: '/srv/git/x.git',
};

describe('command environment', () => {
  it('keeps only the allowlist and LC_*, then adds the facts', () => {
    const env = commandEnv({ ZKDEPLOY_COMMIT: 'abc', ZKDEPLOY_APP: '/app' }, undefined, AGENT_ENV);
    expect(env).toEqual({
      PATH: '/usr/bin:/bin',
      HOME: '/root',
      LANG: 'C.UTF-8',
      LC_TIME: 'en_GB.UTF-8',
      TZ: 'UTC',
      USER: 'root',
      LOGNAME: 'root',
      SHELL: '/bin/bash',
      TMPDIR: '/var/tmp',
      ZKDEPLOY_COMMIT: 'abc',
      ZKDEPLOY_APP: '/app',
    });
  });

  it('gives a default PATH when the agent has none', () => {
    expect(commandEnv({}, undefined, {})['PATH']).toMatch(/\/usr\/bin/);
  });

  it("uses the run-as user's login variables and ids", () => {
    const nobody: CommandUser = { name: 'nobody', uid: 65534, gid: 65534, home: '/nonexistent', shell: '/usr/sbin/nologin' };
    const env = commandEnv({ ZKDEPLOY_ROLE: 'primary' }, nobody, AGENT_ENV);
    expect(env).toMatchObject({ HOME: '/nonexistent', USER: 'nobody', LOGNAME: 'nobody', SHELL: '/usr/sbin/nologin', ZKDEPLOY_ROLE: 'primary' });
    expect(commandSpawnOptions({}, nobody)).toMatchObject({ uid: 65534, gid: 65534 });
    expect(commandSpawnOptions({})).not.toHaveProperty('uid');
  });
});
