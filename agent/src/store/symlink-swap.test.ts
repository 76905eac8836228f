import { mkdirSync, mkdtempSync, readdirSync, readlinkSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkDestination, removeStaleSwapLinks, swapSymlink } from './symlink-swap.js';

describe('atomic symlink swap', () => {
  it('points the target at each release in turn with a relative link, leaving no temporary link', async () => {
    const base = mkdtempSync(join(tmpdir(), 'zkdeploy-swap-'));
    for (const r of ['r-1', 'r-2']) {
      mkdirSync(join(base, '.zkdeploy/releases', r), { recursive: true });
      writeFileSync(join(base, '.zkdeploy/releases', r, 'v.txt'), r);
    }
    mkdirSync(join(base, 'srv'));
    const target = join(base, 'srv/app');
    await swapSymlink(target, join(base, '.zkdeploy/releases/r-1'));
    expect(readlinkSync(target)).toBe('../.zkdeploy/releases/r-1');
    await swapSymlink(target, join(base, '.zkdeploy/releases/r-2'));
    expect(await readFile(join(target, 'v.txt'), 'utf8')).toBe('r-2');
    expect(await linkDestination(target)).toBe(join(base, '.zkdeploy/releases/r-2'));
    expect(readdirSync(join(base, 'srv'))).toEqual(['app']);
  });

  it('removes temporary links a crash left beside the target, and nothing else', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zkdeploy-swap-'));
    writeFileSync(join(dir, '.app.zkdeploy-swap-0badcafe'), '');
    writeFileSync(join(dir, '.other.zkdeploy-swap-0badcafe'), '');
    writeFileSync(join(dir, 'app.txt'), '');
    await removeStaleSwapLinks(join(dir, 'app'));
    expect(readdirSync(dir).sort()).toEqual(['.other.zkdeploy-swap-0badcafe', 'app.txt']);
  });
});
