import { mkdtempSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReleaseStore } from './release-store.js';
import type { GitContext } from './git-checkout.js';

const CTX: GitContext = { timeoutMs: 30_000 };

describe('ReleaseStore recovery', () => {
  it('removes the .keep files a killed fetch left, and no others', async () => {
    const base = mkdtempSync(join(tmpdir(), 'zkdeploy-store-'));
    const first = new ReleaseStore(base, join(base, 'srv/app'), 'sha1', 2);
    await first.ensure(null, CTX);
    const pack = join(first.root, 'repo.git', 'objects', 'pack');
    await mkdir(pack, { recursive: true });
    await writeFile(join(pack, 'pack-1111111111111111111111111111111111111111.keep'), 'fetch-pack 4242 on web-1\n');
    await writeFile(join(pack, 'pack-2222222222222222222222222222222222222222.keep'), 'kept by hand\n');
    // The next process's first use of the store recovers it.
    const next = new ReleaseStore(base, join(base, 'srv/app'), 'sha1', 2);
    await next.ensure(null, CTX);
    expect(await readdir(pack)).toEqual(['pack-2222222222222222222222222222222222222222.keep']);
  });
});
