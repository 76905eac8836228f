import { describe, expect, it } from 'vitest';
import { commandUser, parsePasswdLine, resolveCommandUser, setCommandUser, withCommandUser } from './command-user.js';

describe('--run-as user', () => {
  it('parses a passwd entry', () => {
    expect(parsePasswdLine('nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n')).toEqual({
      name: 'nobody', uid: 65534, gid: 65534, home: '/nonexistent', shell: '/usr/sbin/nologin',
    });
    expect(parsePasswdLine('broken:x::1:g:/h:/bin/sh')).toBeNull();
    expect(parsePasswdLine('short:x:1')).toBeNull();
  });

  it('refuses when the agent is not root, naming why', () => {
    expect(() => resolveCommandUser('nobody', 1000)).toThrow(/--run-as nobody needs the agent to run as root \(it runs as uid 1000\)/);
  });

  it('refuses an unknown user and a name that is not one', () => {
    expect(() => resolveCommandUser('no-such-user-zkd', 0)).toThrow(/--run-as no-such-user-zkd: no such user/);
    expect(() => resolveCommandUser('-rf', 0)).toThrow(/is not a user name/);
  });

  it('resolves a real user through the user database', () => {
    expect(resolveCommandUser('root', 0)).toMatchObject({ name: 'root', uid: 0, gid: 0 });
  });

  it('keeps each agent scope\'s user through timers, and the process-wide one outside any scope', async () => {
    const a = { name: 'a', uid: 1, gid: 1, home: '/a', shell: '/bin/sh' };
    const b = { name: 'b', uid: 2, gid: 2, home: '/b', shell: '/bin/sh' };
    setCommandUser(a);
    try {
      const later = (): Promise<string | undefined> => new Promise((r) => setTimeout(() => r(commandUser()?.name), 5));
      const [inB, inNone] = await Promise.all([withCommandUser(b, later), withCommandUser(undefined, later)]);
      expect([inB, inNone, commandUser()?.name]).toEqual(['b', undefined, 'a']);
    } finally {
      setCommandUser(undefined);
    }
  });
});
