/** The torn-tree reader tells a complete tree of a published commit from a mixed, partial or unknown one. */
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readTree } from './tree-reader.mjs';
import { commitFiles } from './workload.mjs';

describe('torn-tree reader', () => {
  let root: string;
  let release: string;
  let link: string;
  const commits = new Map([['c3', 'id3'], ['c4', 'id4']]);

  async function writeRelease(dir: string, label: string, n: number): Promise<void> {
    const { files, manifest } = commitFiles(label, n);
    for (const [path, content] of Object.entries({ ...files, 'manifest.json': JSON.stringify(manifest) })) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), content);
    }
  }

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'chaos-reader-'));
    release = join(root, 'r1');
    link = join(root, 'app');
    await writeRelease(release, 'c3', 3);
    await symlink(release, link);
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('accepts a complete tree of a published commit', async () => {
    expect(await readTree(link, commits)).toBeNull();
  });

  it("reports a file of another commit's tree, a missing file and an extra one", async () => {
    await writeFile(join(release, 'a.txt'), 'c4 a\n');
    expect(await readTree(link, commits)).toMatchObject({ checker: 1 });
    await writeRelease(release, 'c3', 3);
    await rm(join(release, 'sub/b.txt'));
    expect(await readTree(link, commits)).toMatchObject({ checker: 1 });
    await writeRelease(release, 'c3', 3);
    await writeFile(join(release, 'only-1.txt'), 'c4 only\n');
    expect(await readTree(link, commits)).toMatchObject({ checker: 1 });
  });

  it('reports a commit never published, and not a release pruned away', async () => {
    await writeRelease(release, 'c9', 9);
    expect(await readTree(link, commits)).toMatchObject({ checker: 5 });
    await rm(release, { recursive: true });
    expect(await readTree(link, commits)).toBeNull();
  });
});
