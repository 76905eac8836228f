import { chmod, chown, lstat, mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lockBaseDir } from './base-dir-lock.js';
import { UnsafeBaseDirError } from './base-dir-safety.js';

/** The second local user of these tests: another uid owning the hostile directories (only root can chown to it). */
const NOBODY = 65534;
const asRoot = process.geteuid?.() === 0;

describe('lockBaseDir: the base dir and .zkdeploy must be the agent user\'s alone', () => {
  let sandbox: string;
  beforeEach(async () => {
    sandbox = await mkdtemp(join(tmpdir(), 'zkdeploy-basedir-'));
  });
  afterEach(async () => rm(sandbox, { recursive: true, force: true }));

  async function refusal(baseDir: string): Promise<UnsafeBaseDirError> {
    const err = await lockBaseDir(baseDir).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(UnsafeBaseDirError);
    const unsafe = err as UnsafeBaseDirError;
    expect(unsafe.code).toBe('ERR_BASE_DIR_UNSAFE');
    expect(unsafe.exitCode).toBe(2);
    expect(unsafe.hint).toBeTruthy();
    return unsafe;
  }

  it('makes .zkdeploy 0711 at most and the lock file 0600', async () => {
    const base = join(sandbox, 'base');
    await mkdir(base, { mode: 0o755 });
    const unlock = await lockBaseDir(base);
    expect((await stat(join(base, '.zkdeploy'))).mode & 0o777 & ~0o711).toBe(0);
    expect((await stat(join(base, '.zkdeploy', 'agent.lock'))).mode & 0o777).toBe(0o600);
    await unlock();
  });

  it('refuses a group- or world-writable base dir, sticky or not, and writes nothing in it', async () => {
    for (const mode of [0o775, 0o777, 0o1777]) {
      const base = join(sandbox, `base-${mode.toString(8)}`);
      await mkdir(base);
      await chmod(base, mode);
      expect((await refusal(base)).message).toMatch(/writable by group or others \(mode 0?1?77[57]\)/);
      await expect(lstat(join(base, '.zkdeploy'))).rejects.toThrow(/ENOENT/);
    }
  });

  it('refuses a parent writable by others without the sticky bit, accepts a sticky one', async () => {
    const open = join(sandbox, 'open');
    await mkdir(join(open, 'base'), { recursive: true });
    await chmod(open, 0o777);
    expect((await refusal(join(open, 'base'))).message).toMatch(/a parent of base dir .* without the sticky bit/);
    await chmod(open, 0o1777);
    await (await lockBaseDir(join(open, 'base')))();
  });

  it('refuses a .zkdeploy that is a symlink, or writable by others', async () => {
    const base = join(sandbox, 'base');
    await mkdir(join(sandbox, 'elsewhere'), { recursive: true });
    await mkdir(base);
    await symlink(join(sandbox, 'elsewhere'), join(base, '.zkdeploy'));
    expect((await refusal(base)).message).toMatch(/not a plain directory/);
    await rm(join(base, '.zkdeploy'));
    await mkdir(join(base, '.zkdeploy'));
    await chmod(join(base, '.zkdeploy'), 0o777);
    expect((await refusal(base)).message).toMatch(/\.zkdeploy is writable by group or others \(mode 0777\)/);
  });

  it('does not follow a symlink put in place of a stale lock file', async () => {
    const base = join(sandbox, 'base');
    await mkdir(join(base, '.zkdeploy'), { recursive: true, mode: 0o711 });
    await writeFile(join(sandbox, 'victim'), 'precious\n');
    await symlink(join(sandbox, 'victim'), join(base, '.zkdeploy', 'agent.lock'));
    const unlock = await lockBaseDir(base);
    expect(await readFile(join(sandbox, 'victim'), 'utf8')).toBe('precious\n');
    expect((await lstat(join(base, '.zkdeploy', 'agent.lock'))).isFile()).toBe(true);
    await unlock();
  });

  describe.skipIf(!asRoot)('with a second local user (uid 65534; needs root to chown, skipped otherwise)', () => {
    it('refuses a .zkdeploy another user made first in a shared base dir', async () => {
      const base = join(sandbox, 'base');
      await mkdir(join(base, '.zkdeploy'), { recursive: true });
      await chown(join(base, '.zkdeploy'), NOBODY, NOBODY);
      await chmod(join(base, '.zkdeploy'), 0o700);
      expect((await refusal(base)).message).toMatch(/\.zkdeploy is owned by uid 65534, not by the agent's user \(uid 0\): another user made it/);
    });

    it('refuses a base dir owned by another user, and one under a parent that user owns', async () => {
      const theirs = join(sandbox, 'theirs');
      await mkdir(join(theirs, 'base'), { recursive: true, mode: 0o755 });
      await chown(theirs, NOBODY, NOBODY);
      expect((await refusal(join(theirs, 'base'))).message).toMatch(/a parent of base dir .* is owned by uid 65534/);
      await chown(join(theirs, 'base'), NOBODY, NOBODY);
      expect((await refusal(join(theirs, 'base'))).message).toMatch(/^base dir .* is owned by uid 65534, not by the agent's user \(uid 0\) or root$/);
    });
  });

  if (!asRoot) it.skip('second-local-user cases need root (to chown a directory to uid 65534)', () => undefined);
});
