import { mkdtempSync } from 'node:fs';
import { mkdir, readdir, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ZkDeployError } from '@zkdeploy/shared';
import { TargetRegistry, overlaps } from './target-registry.js';

const APPS = ['/a1', '/a2'];

async function refusal(promise: Promise<unknown>): Promise<ZkDeployError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ZkDeployError);
  return err as ZkDeployError;
}

describe('TargetRegistry', () => {
  it('tells overlapping paths: equal or nested either way, not mere prefixes', () => {
    expect(overlaps('site', 'site')).toBe(true);
    expect(overlaps('site', 'site/sub')).toBe(true);
    expect(overlaps('site/sub', 'site')).toBe(true);
    expect(overlaps('site', 'site2')).toBe(false);
    expect(overlaps('a/site', 'b/site')).toBe(false);
  });

  it("rejects a target equal to, inside or around another app's, naming that app, and creates nothing for it", async () => {
    const base = mkdtempSync(join(tmpdir(), 'zkdeploy-targets-'));
    const registry = new TargetRegistry(base, APPS, 2);
    const store = await registry.open('/a1', 'srv/site', 'sha1');
    expect(store.target).toBe(join(base, 'srv/site'));
    for (const path of ['srv/site', 'srv/site/sub/deeper', 'srv']) {
      const err = await refusal(registry.open('/a2', path, 'sha1'));
      expect(err.code).toBe('ERR_TARGET_OVERLAP');
      expect(err.failure).toBe('rejected');
      expect(err.message).toContain('app /a1');
    }
    expect(await readdir(join(base, 'srv'))).toEqual([]); // no parent of a refused target was made
    // The owner may move within its own target, and the other app may use a neighbour.
    await registry.open('/a1', 'srv/site/inner', 'sha1');
    await registry.open('/a2', 'srv/site2', 'sha1');
  });

  it('keeps the first claim across a restart, whichever app asks first', async () => {
    const base = mkdtempSync(join(tmpdir(), 'zkdeploy-targets-'));
    await new TargetRegistry(base, APPS, 2).open('/a1', 'site/sub', 'sha1');
    const restarted = new TargetRegistry(base, APPS, 2);
    expect((await refusal(restarted.open('/a2', 'site', 'sha1'))).message).toContain('contains the target "site/sub" of app /a1');
    // An app no longer served holds nothing.
    await new TargetRegistry(base, ['/a2'], 2).open('/a2', 'site', 'sha1');
  });

  it('sees through a symlinked parent that makes two paths one directory', async () => {
    const base = mkdtempSync(join(tmpdir(), 'zkdeploy-targets-'));
    await mkdir(join(base, 'real'));
    await symlink('real', join(base, 'alias'));
    const registry = new TargetRegistry(base, APPS, 2);
    await registry.open('/a1', 'real/site', 'sha1');
    expect((await refusal(registry.open('/a2', 'alias/site', 'sha1'))).code).toBe('ERR_TARGET_OVERLAP');
  });
});
