import { lstat, mkdtemp, readFile, rm, stat, symlink, writeFile as writeText } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { overwriteFile, writeFile } from './sync-fs.js';

describe('sync-fs: the agent\'s own files are never written through a symlink', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'zkdeploy-nofollow-'));
    await writeText(join(dir, 'victim'), 'precious\n');
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  it('overwriteFile (release markers, the fetched ref) refuses a symlink in the file\'s place, with or without create', async () => {
    await symlink(join(dir, 'victim'), join(dir, 'r-00000000.json'));
    for (const create of [false, true]) {
      await expect(overwriteFile(join(dir, 'r-00000000.json'), Buffer.from('{}\n'), { create })).rejects.toThrow(/ELOOP/);
    }
    expect(await readFile(join(dir, 'victim'), 'utf8')).toBe('precious\n');
  });

  it('writeFile (state files) refuses a symlink, and creates files readable by the agent alone', async () => {
    await symlink(join(dir, 'victim'), join(dir, 'state.json'));
    await expect(writeFile(join(dir, 'state.json'), '{}\n')).rejects.toThrow(/ELOOP/);
    expect(await readFile(join(dir, 'victim'), 'utf8')).toBe('precious\n');
    await writeFile(join(dir, 'fresh.json'), '{}\n');
    await overwriteFile(join(dir, 'marker.json'), Buffer.from('{}\n'), { create: true });
    expect((await stat(join(dir, 'fresh.json'))).mode & 0o777).toBe(0o600);
    expect((await stat(join(dir, 'marker.json'))).mode & 0o777).toBe(0o600);
    expect((await lstat(join(dir, 'state.json'))).isSymbolicLink()).toBe(true);
  });
});
