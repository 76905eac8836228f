import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectGarbage, fetchCommit } from './git-checkout.js';
import { STORE_PACK_LIMIT, storeNeedsGc } from './store-maintenance.js';

async function bareStore(): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), 'zkdeploy-gc-')), 'repo.git');
  execFileSync('git', ['init', '-q', '--bare', '--template=', dir]);
  return dir;
}

async function looseObjects(gitDir: string, count: number): Promise<void> {
  await mkdir(join(gitDir, 'objects/17'), { recursive: true });
  for (let i = 0; i < count; i++) await writeFile(join(gitDir, 'objects/17', i.toString(16).padStart(38, '0')), '');
}

async function packs(gitDir: string, count: number, kept = 0): Promise<void> {
  for (let i = 0; i < count; i++) {
    const name = join(gitDir, 'objects/pack', `pack-${i.toString(16).padStart(40, '0')}`);
    await writeFile(`${name}.pack`, '');
    await writeFile(`${name}.idx`, '');
    if (i < kept) await writeFile(`${name}.keep`, '');
  }
}

describe('storeNeedsGc (git gc --auto limits: default gc.auto, the store\'s gc.autoPackLimit)', () => {
  it('is false for a new store', async () => {
    expect(await storeNeedsGc(await bareStore())).toBe(false);
  });

  it('is true above 27 loose objects in objects/17 (git estimates 6,700 loose objects from it)', async () => {
    const store = await bareStore();
    await looseObjects(store, 27);
    await writeFile(join(store, 'objects/17', 'tmp_obj_not_counted'), '');
    expect(await storeNeedsGc(store)).toBe(false);
    await looseObjects(store, 28);
    expect(await storeNeedsGc(store)).toBe(true);
  });

  it(`is true above ${STORE_PACK_LIMIT} packs, not counting packs kept with a .keep file`, async () => {
    const store = await bareStore();
    await packs(store, STORE_PACK_LIMIT + 1, 1);
    expect(await storeNeedsGc(store)).toBe(false);
    await packs(store, STORE_PACK_LIMIT + 2, 1);
    expect(await storeNeedsGc(store)).toBe(true);
  });

  it('agrees with git: the packs of one fetch per deploy are consolidated by gc --auto, every object kept', async () => {
    const source = join(await mkdtemp(join(tmpdir(), 'zkdeploy-gc-src-')), 'src');
    execFileSync('git', ['init', '-q', '-b', 'main', source]);
    const commits: string[] = [];
    for (let i = 0; i <= STORE_PACK_LIMIT + 1; i++) {
      await writeFile(join(source, `f${i % 5}.txt`), `change ${i}\n`);
      execFileSync('git', ['add', '-A'], { cwd: source });
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '-m', `c${i}`], { cwd: source });
      commits.push(execFileSync('git', ['rev-parse', 'HEAD'], { cwd: source, encoding: 'utf8' }).trim());
    }
    const store = await bareStore();
    const ctx = { timeoutMs: 30_000 };
    for (const commit of commits) await fetchCommit(store, `file://${source}`, commit, ctx);
    const packCount = () => readdirSync(join(store, 'objects/pack')).filter((n) => n.endsWith('.pack')).length;
    expect(packCount()).toBe(commits.length);
    expect(await storeNeedsGc(store)).toBe(true);
    await collectGarbage(store, ctx);
    expect(packCount()).toBe(1);
    expect(await storeNeedsGc(store)).toBe(false);
    const all = execFileSync('git', ['rev-list', '--objects', '--all'], { cwd: source, encoding: 'utf8' }).trim().split('\n').length;
    const held = execFileSync('git', ['cat-file', '--batch-all-objects', '--batch-check'], { cwd: store, encoding: 'utf8' }).trim().split('\n').length;
    expect(held).toBe(all);
    execFileSync('git', ['fsck', '--no-dangling', '--connectivity-only'], { cwd: store });
  }, 30_000);

  it('agrees with git: a store this says needs gc is one git gc --auto repacks', async () => {
    const store = await bareStore();
    // 12,000 distinct blobs written loose, so objects/17 passes its limit the way git counts it.
    const source = join(await mkdtemp(join(tmpdir(), 'zkdeploy-gc-src-')), 'src.git');
    execFileSync('git', ['init', '-q', '--bare', source]);
    // Reachable from a ref, as a store's objects are (gc keeps recent unreachable objects loose).
    let stream = '';
    for (let i = 0; i < 12_000; i++) stream += `blob\nmark :${i + 1}\ndata ${String(i).length + 1}\n${i}\n\n`;
    stream += 'commit refs/heads/main\ncommitter t <t@t> 0 +0000\ndata 2\nc\n';
    for (let i = 0; i < 12_000; i++) stream += `M 100644 :${i + 1} f${i}\n`;
    execFileSync('git', ['fast-import', '--quiet'], { cwd: source, input: `${stream}\n` });
    const pack = readdirSync(join(source, 'objects/pack')).find((n) => n.endsWith('.pack'))!;
    execFileSync('git', ['unpack-objects', '-q'], { cwd: store, input: readFileSync(join(source, 'objects/pack', pack)) });
    const head = execFileSync('git', ['rev-parse', 'refs/heads/main'], { cwd: source, encoding: 'utf8' }).trim();
    execFileSync('git', ['update-ref', 'refs/zkdeploy/fetched', head], { cwd: store });
    expect(await storeNeedsGc(store)).toBe(true);
    execFileSync('git', ['-c', 'gc.autoDetach=false', 'gc', '--auto', '--quiet'], { cwd: store });
    expect(await storeNeedsGc(store)).toBe(false);
  }, 30_000);
});
