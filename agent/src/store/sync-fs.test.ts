import { mkdtempSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { overwriteFile } from './sync-fs.js';

describe('overwriteFile', () => {
  it('rewrites a file in place (same inode), cutting what was longer', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'zkdeploy-overwrite-')), 'm.json');
    await writeFile(file, 'x'.repeat(100));
    const { ino } = await stat(file);
    await overwriteFile(file, Buffer.from('short\n'), { create: false });
    expect(await readFile(file, 'utf8')).toBe('short\n');
    await overwriteFile(file, Buffer.from('a longer text than before\n'), { create: false });
    expect(await readFile(file, 'utf8')).toBe('a longer text than before\n');
    expect((await stat(file)).ino).toBe(ino);
  });

  it('creates a missing file only when asked to', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zkdeploy-overwrite-'));
    await overwriteFile(join(dir, 'left-missing'), Buffer.from('x'), { create: false });
    await expect(stat(join(dir, 'left-missing'))).rejects.toThrow(/ENOENT/);
    await overwriteFile(join(dir, 'made'), Buffer.from('made\n'), { create: true });
    expect(await readFile(join(dir, 'made'), 'utf8')).toBe('made\n');
  });

  it('fails on what is not a file it can write', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zkdeploy-overwrite-'));
    await expect(overwriteFile(dir, Buffer.from('x'), { create: true })).rejects.toThrow(/EISDIR/);
  });
});
