import { chmod, mkdir, mkdtemp, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { treeListingDigest } from './tree-listing.js';

async function tree(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'zkdeploy-listing-'));
  await mkdir(join(root, 'lib/deep'), { recursive: true });
  await writeFile(join(root, 'app.txt'), 'v1\n');
  await writeFile(join(root, 'lib/a.txt'), 'a\n');
  await writeFile(join(root, 'lib/deep/b.txt'), 'b\n');
  await writeFile(join(root, '.git'), 'gitdir: /elsewhere\n');
  return root;
}

describe('treeListingDigest', () => {
  it('is the same for the same names, whatever the contents', async () => {
    const [one, two] = [await tree(), await tree()];
    const before = await treeListingDigest(one);
    expect(before).toMatch(/^[0-9a-f]{64}$/);
    expect(await treeListingDigest(two)).toBe(before);
    await writeFile(join(one, 'lib/deep/b.txt'), 'changed contents are for git to find\n');
    expect(await treeListingDigest(one)).toBe(before);
  });

  it('changes when any name is added, removed, renamed or changes kind, at any depth', async () => {
    const root = await tree();
    const clean = await treeListingDigest(root);
    const changes: Array<[string, () => Promise<unknown>, () => Promise<unknown>]> = [
      ['a file added deep down', () => writeFile(join(root, 'lib/deep/new.o'), ''), () => rm(join(root, 'lib/deep/new.o'))],
      ['an empty directory added', () => mkdir(join(root, 'lib/empty')), () => rm(join(root, 'lib/empty'), { recursive: true })],
      ['a file removed', () => rm(join(root, 'lib/a.txt')), () => writeFile(join(root, 'lib/a.txt'), 'a\n')],
      ['a file renamed', () => rename(join(root, 'app.txt'), join(root, 'App.txt')), () => rename(join(root, 'App.txt'), join(root, 'app.txt'))],
      [
        'a file replaced by a symlink',
        async () => {
          await rm(join(root, 'app.txt'));
          await symlink('lib/a.txt', join(root, 'app.txt'));
        },
        async () => {
          await rm(join(root, 'app.txt'));
          await writeFile(join(root, 'app.txt'), 'v1\n');
        },
      ],
    ];
    for (const [what, change, undo] of changes) {
      await change();
      expect(await treeListingDigest(root), what).not.toBe(clean);
      await undo();
      expect(await treeListingDigest(root), `${what}, undone`).toBe(clean);
    }
  });

  it('does not confuse a path with the same names split differently', async () => {
    const a = await mkdtemp(join(tmpdir(), 'zkdeploy-listing-'));
    const b = await mkdtemp(join(tmpdir(), 'zkdeploy-listing-'));
    await mkdir(join(a, 'x'));
    await writeFile(join(a, 'x/y'), '');
    await writeFile(join(b, 'x'), '');
    await mkdir(join(b, 'y'));
    expect(await treeListingDigest(a)).not.toBe(await treeListingDigest(b));
  });

  it('is null when a directory cannot be read', async () => {
    if (process.getuid?.() === 0) return; // root reads every directory regardless of its mode
    const root = await tree();
    await chmod(join(root, 'lib'), 0o000);
    try {
      expect(await treeListingDigest(root)).toBeNull();
    } finally {
      await chmod(join(root, 'lib'), 0o755);
    }
  });

  it('is null for a missing directory', async () => {
    expect(await treeListingDigest(join(tmpdir(), 'zkdeploy-listing-does-not-exist'))).toBeNull();
  });
});
