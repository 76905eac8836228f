import { mkdirSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '@zkdeploy/shared';
import { DriftWatcher } from './drift-watcher.js';
import { TreeNames, treeListingDigest } from './tree-listing.js';

/** A release tree (with a `.git` file and nested directories) and its worktree metadata dir. */
async function release(root: string, name: string): Promise<{ slot: string; headFile: string }> {
  const slot = join(root, 'releases', name);
  const meta = join(root, 'repo.git', 'worktrees', name);
  await mkdir(join(slot, 'conf', 'deep'), { recursive: true });
  await mkdir(meta, { recursive: true });
  await writeFile(join(slot, '.git'), `gitdir: ${meta}\n`);
  await writeFile(join(slot, 'app.txt'), 'v1\n');
  await writeFile(join(slot, 'conf', 'deep', 'x.ini'), 'a=1\n');
  await writeFile(join(meta, 'HEAD'), `${'a'.repeat(40)}\n`);
  return { slot, headFile: join(meta, 'HEAD') };
}

describe('DriftWatcher', () => {
  let watcher: DriftWatcher | null = null;
  afterEach(async () => watcher?.stop());

  /** Starts a watcher whose reports arrive on `next()`. */
  function start(maxWatches?: number): { next: () => Promise<string[]> } {
    const reports: string[][] = [];
    const waiters: ((paths: string[]) => void)[] = [];
    watcher = new DriftWatcher({
      debounceMs: 50,
      log: silentLogger(),
      ...(maxWatches === undefined ? {} : { maxWatches }),
      onDrift: (paths) => {
        const waiter = waiters.shift();
        if (waiter) waiter(paths);
        else reports.push(paths);
      },
    });
    return { next: () => (reports.length > 0 ? Promise.resolve(reports.shift() as string[]) : new Promise((resolve) => waiters.push(resolve))) };
  }

  it('reports edits at any depth, new directories made later, and a moved HEAD; ignores .git and other releases', async () => {
    const root = await mkdtemp(join(tmpdir(), 'zkdeploy-drift-'));
    const a = await release(root, 'r-aaaaaaaa');
    const b = await release(root, 'r-bbbbbbbb');
    const { next } = start();
    await watcher!.setActive(a.slot, a.headFile);

    await writeFile(join(b.slot, 'app.txt'), 'inactive release: not ours to report\n');
    await writeFile(join(a.slot, '.git'), `gitdir: ${join(root, 'repo.git', 'worktrees', 'r-aaaaaaaa')}\n`);
    await writeFile(join(a.slot, 'conf', 'deep', 'x.ini'), 'a=2\n');
    expect(await next()).toEqual(['conf/deep/x.ini']);

    await mkdir(join(a.slot, 'new'));
    expect(await next()).toEqual(['new']);
    await writeFile(join(a.slot, 'new', 'file.txt'), 'x\n'); // the new directory was armed on its creation event
    expect(await next()).toEqual(['new/file.txt']);

    await writeFile(`${a.headFile}.lock`, `${'b'.repeat(40)}\n`);
    await rename(`${a.headFile}.lock`, a.headFile);
    expect(await next()).toEqual(['HEAD']);

    // A directory removed and made again is watched afresh.
    await rm(join(a.slot, 'conf'), { recursive: true });
    await mkdir(join(a.slot, 'conf'));
    expect(await next()).toEqual(expect.arrayContaining(['conf']));
    await writeFile(join(a.slot, 'conf', 'again.ini'), 'x\n');
    expect(await next()).toEqual(['conf/again.ini']);

    // Switching releases: only the new active one is reported.
    await watcher!.setActive(b.slot, b.headFile);
    await writeFile(join(a.slot, 'app.txt'), 'now inactive\n');
    await writeFile(join(b.slot, 'conf', 'deep', 'x.ini'), 'b=2\n');
    expect(await next()).toEqual(['conf/deep/x.ini']);
  });

  it('records the names it walks when arming, as treeListingDigest lists them; a no-op re-arm walks nothing', async () => {
    const root = await mkdtemp(join(tmpdir(), 'zkdeploy-drift-'));
    const a = await release(root, 'r-aaaaaaaa');
    await mkdir(join(a.slot, 'empty'));
    await writeFile(join(a.slot, 'conf', 'y.ini'), 'y\n');
    start();
    const names = new TreeNames();
    expect(await watcher!.setActive(a.slot, a.headFile, names)).toBe(true);
    const digest = names.digest();
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(digest).toBe(await treeListingDigest(a.slot));
    // Already active: nothing is walked, and the caller is told so.
    expect(await watcher!.setActive(a.slot, a.headFile, new TreeNames())).toBe(false);
    // Replaced by another release part way through the walk: no whole listing, and the caller is told so.
    const b = await release(root, 'r-bbbbbbbb');
    const partial = new TreeNames();
    const first = watcher!.setActive(b.slot, b.headFile, partial);
    const second = watcher!.setActive(a.slot, a.headFile, new TreeNames());
    expect(await first).toBe(false);
    expect(partial.digest()).toBeNull();
    expect(await second).toBe(true);
  });

  it('holds no more directory watches than maxWatches, watching the shallowest; says it is incomplete, still lists every name', async () => {
    const root = await mkdtemp(join(tmpdir(), 'zkdeploy-drift-'));
    const a = await release(root, 'r-aaaaaaaa');
    for (let i = 0; i < 40; i++) await mkdir(join(a.slot, 'wide', `d${i}`, 'deeper'), { recursive: true });
    // 3 (root, conf, conf/deep) + wide + 40 + 40 directories.
    const { next } = start(10);
    const names = new TreeNames();
    expect(await watcher!.setActive(a.slot, a.headFile, names)).toBe(true);
    expect(watcher!.watchCount).toBe(10);
    expect(watcher!.complete).toBe(false);
    expect(names.digest()).toBe(await treeListingDigest(a.slot));
    await writeFile(join(a.slot, 'wide', 'd39', 'deeper', 'unseen.txt'), 'not watched\n');
    await writeFile(join(a.slot, 'app.txt'), 'v2\n');
    expect(await next()).toEqual(['app.txt']);

    const b = await release(root, 'r-bbbbbbbb');
    await watcher!.setActive(b.slot, b.headFile);
    expect(watcher!.complete).toBe(true);
    expect(watcher!.watchCount).toBe(3);
  });

  it('lets the event loop run while it arms a large release', async () => {
    const root = await mkdtemp(join(tmpdir(), 'zkdeploy-drift-'));
    const a = await release(root, 'r-aaaaaaaa');
    for (let i = 0; i < 6000; i++) mkdirSync(join(a.slot, `d${i % 30}`, `e${i}`), { recursive: true });
    start(100);
    let turns = 0;
    let walking = true;
    const tick = (): void => {
      turns++;
      if (walking) setImmediate(tick);
    };
    setImmediate(tick);
    const walkStart = performance.now();
    const names = new TreeNames();
    await watcher!.setActive(a.slot, a.headFile, names);
    walking = false;
    const walkMs = performance.now() - walkStart;
    // Listing 6,000 directories takes several slices of the walk; one that never yielded would let no turn of the loop run before it ends.
    expect(turns, `event loop turns during a ${walkMs.toFixed(0)} ms walk`).toBeGreaterThan(0);
    expect(names.digest()).toBe(await treeListingDigest(a.slot));
  });

  it('a change seen while the arming walk yields re-arms that directory without cutting the walk short', async () => {
    const root = await mkdtemp(join(tmpdir(), 'zkdeploy-drift-'));
    const a = await release(root, 'r-aaaaaaaa');
    for (let i = 0; i < 3000; i++) mkdirSync(join(a.slot, `d${i % 30}`, `e${i}`), { recursive: true });
    start();
    const armed = watcher!.setActive(a.slot, a.headFile);
    // At the walk's first yield the root is watched: a change to d29 there re-arms d29's subtree while the walk still has it queued.
    await new Promise<void>((resolve) => setImmediate(resolve));
    await chmod(join(a.slot, 'd29'), 0o750);
    await armed;
    const all = 3 + 30 + 3000; // the root, conf, conf/deep, d0-d29 and their e-directories
    for (let waited = 0; watcher!.watchCount < all && waited < 5000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    expect(watcher!.watchCount).toBe(all);
    expect(watcher!.complete).toBe(true);
  });
});
