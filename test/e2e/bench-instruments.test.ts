/**
 * The benchmark's measuring instruments, checked against real git and a real
 * ZooKeeper: HEAD read from disk the way git resolves it (branch, detached,
 * packed refs, a linked worktree behind a symlink, a checkout still being
 * written), and the counting proxy's request counts — with which the
 * DataWatch recipe is held to one read per change; and the floor agent,
 * whose deploys must be exact for its figures to mean anything.
 */
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataWatch, ZkClient } from '@zkdeploy/shared';
import { readCheckoutHead } from '@zkdeploy/bench/checkout-head';
import { Fleet } from '@zkdeploy/bench/fleet';
import { initApp, publish } from '@zkdeploy/bench/publish';
import { ZkCountProxy, categorize, diffCounts } from '@zkdeploy/bench/zk-proxy-client';
import { eventually, git, GitRepo, ZkCluster } from '@zkdeploy/test-support';

describe('bench: HEAD read from disk', () => {
  let repo: GitRepo;
  let dir: string;
  beforeAll(async () => {
    repo = await GitRepo.create({ files: { 'a.txt': 'a\n' } });
    dir = await mkdtemp(join(tmpdir(), 'zkdeploy-bench-head-'));
  });
  afterAll(async () => {
    await repo.remove();
    await rm(dir, { recursive: true, force: true });
  });

  it('follows a branch through loose refs and packed-refs, and a detached HEAD', async () => {
    const first = await repo.head();
    const clone = join(dir, 'clone');
    await git(dir, ['clone', '-q', repo.url, clone]);
    expect(await readCheckoutHead(clone)).toMatchObject({ head: first, complete: true });
    await git(clone, ['pack-refs', '--all']);
    expect((await readCheckoutHead(clone)).head).toBe(first);
    const second = await repo.commit({ 'a.txt': 'b\n' });
    await git(clone, ['fetch', '-q', 'origin']);
    await git(clone, ['checkout', '-q', '--detach', second]);
    expect((await readCheckoutHead(clone)).head).toBe(second);
  });

  it('resolves a symlink to a linked worktree (gitdir file, commondir) and calls a locked index incomplete', async () => {
    const commit = await repo.head();
    const store = join(dir, 'store.git');
    await git(dir, ['clone', '-q', '--bare', repo.url, store]);
    await git(store, ['worktree', 'add', '-q', '--detach', join(dir, 'release-1'), commit]);
    await mkdir(join(dir, 'srv'));
    await symlink('../release-1', join(dir, 'srv', 'app'));
    const seen = await readCheckoutHead(join(dir, 'srv', 'app'));
    expect(seen).toMatchObject({ head: commit, complete: true });
    await writeFile(join(seen.gitDir!, 'index.lock'), '');
    expect((await readCheckoutHead(join(dir, 'srv', 'app'))).complete).toBe(false);
    expect(await readCheckoutHead(join(dir, 'missing'))).toMatchObject({ head: null, complete: false });
  });
});

describe('bench: counting ZooKeeper proxy', () => {
  let cluster: ZkCluster;
  let proxy: ZkCountProxy;
  let direct: ZkClient;
  let client: ZkClient;
  beforeAll(async () => {
    cluster = await ZkCluster.start();
    proxy = await ZkCountProxy.start(cluster.members.map((m) => m.clientPort));
    direct = await ZkClient.connect({ connectString: cluster.connectString() });
    client = await ZkClient.connect({ connectString: proxy.connectString() });
  });
  afterAll(async () => {
    await client?.close();
    await direct?.close();
    proxy?.stop();
    await cluster?.stop();
  });

  it('counts each request through it by opcode, and watch events, but not requests that bypass it', async () => {
    const before = await proxy.snapshot();
    await client.create('/counted', Buffer.from('x'));
    let fired!: () => void;
    const event = new Promise<void>((resolve) => (fired = resolve));
    await client.get('/counted', { watch: () => fired() });
    await client.exists('/counted');
    await direct.set('/counted', Buffer.from('y'));
    await event;
    await client.set('/counted', Buffer.from('z'));
    await direct.get('/counted');
    await new Promise((r) => setTimeout(r, 50));
    const counts = categorize(diffCounts(await proxy.snapshot(), before));
    expect(counts.byOp).toMatchObject({ create: 1, getData: 1, exists: 1, setData: 1, notification: 1 });
    expect(counts).toMatchObject({ reads: 2, writes: 2, notifications: 1 });
  });

  it("counts an app's requests apart: a connection belongs to the app of the first layout path it names", async () => {
    const other = await ZkClient.connect({ connectString: proxy.connectString() });
    try {
      for (const path of ['/apps', '/apps/a', '/apps/a/status', '/apps/b', '/apps/b/status']) await direct.ensurePath(path);
      const before = { a: await proxy.snapshot('/apps/a'), b: await proxy.snapshot('/apps/b') };
      await client.create('/apps/a/status/h1', Buffer.from('x'));
      await client.get('/apps/a/status/h1');
      await other.get('/apps/b/status');
      await other.exists('/unrelated'); // the connection already belongs to /apps/b
      await client.set('/apps/b/status', Buffer.from('y')); // and this one to /apps/a, whatever the path
      const a = categorize(diffCounts(await proxy.snapshot('/apps/a'), before.a));
      const b = categorize(diffCounts(await proxy.snapshot('/apps/b'), before.b));
      expect(a.byOp).toEqual({ create: 1, getData: 1, setData: 1 });
      expect(b.byOp).toEqual({ getData: 1, exists: 1 });
    } finally {
      await other.close();
    }
  });

  it('a DataWatch costs one read per change of an existing node (the per-deploy read budget)', async () => {
    await direct.create('/watched', Buffer.from('v0'));
    const seen: string[] = [];
    let changed!: () => void;
    const watch = new DataWatch(client, '/watched', (data) => {
      seen.push(data?.toString() ?? 'null');
      changed?.();
    });
    await eventually('first read', () => seen.length === 1);
    for (const value of ['v1', 'v2', 'v3']) {
      const before = await proxy.snapshot();
      const next = new Promise<void>((resolve) => (changed = resolve));
      await direct.set('/watched', Buffer.from(value));
      await next;
      const counts = categorize(diffCounts(await proxy.snapshot(), before));
      expect(counts.byOp).toEqual({ getData: 1, notification: 1 });
    }
    expect(seen).toEqual(['v0', 'v1', 'v2', 'v3']);
    watch.stop();
  });
});

describe('bench: the floor agent', () => {
  let cluster: ZkCluster;
  let zk: ZkClient;
  let repo: GitRepo;
  let root: string;
  beforeAll(async () => {
    cluster = await ZkCluster.start();
    zk = await ZkClient.connect({ connectString: cluster.connectString() });
    repo = await GitRepo.create({ files: { 'a.txt': 'a\n', 'lib/b.txt': 'b\n' } });
    root = await mkdtemp(join(tmpdir(), 'zkdeploy-bench-floor-'));
  });
  afterAll(async () => {
    await zk?.close();
    await cluster?.stop();
    await repo?.remove();
    await rm(root, { recursive: true, force: true });
  });

  it('deploys each commit exactly (fetch-pack, no .keep left) and, with --write-status, reports it in one write', async () => {
    const fleets: Fleet[] = [];
    try {
      for (const [label, extraArgs] of [['plain', []], ['status', ['--write-status']]] as const) {
        await initApp(zk, `/floor-${label}`);
        fleets.push(await Fleet.start({ kind: 'floor', n: 1, zk: cluster.connectString(), app: `/floor-${label}`, root: join(root, label), extraArgs }));
      }
      for (const round of [1, 2, 3]) {
        const commit = round === 1 ? await repo.head() : await repo.commit({ 'a.txt': `a${round}\n` });
        const versions: number[] = [];
        for (const label of ['plain', 'status']) versions.push((await publish(zk, `/floor-${label}`, { url: repo.url, commitId: commit, relativePath: 'srv/app' })).version);
        for (const [i, fleet] of fleets.entries()) {
          expect((await fleet.scriptsDone(commit))[0], `floor ${i} round ${round}`).not.toBeNull();
          const checkout = join(fleet.agents[0]!.baseDir, 'srv/app');
          expect((await git(checkout, ['rev-parse', 'HEAD'])).trim()).toBe(commit);
          expect((await git(checkout, ['status', '--porcelain'])).trim()).toBe('');
        }
        const status = await zk.get('/floor-status/status/h000');
        expect(JSON.parse(status!.data.toString())).toMatchObject({ state: 'ok', commitId: commit, configVersion: versions[1] });
        expect(status!.stat.version).toBe(round - 1); // created once, then one set per deploy
        expect(await zk.get('/floor-plain/status/h000')).toBeNull();
      }
      const packs = join(fleets[0]!.agents[0]!.baseDir, '.floor', 'srv_app', 'repo.git', 'objects', 'pack');
      expect((await readdir(packs)).filter((n) => n.endsWith('.keep'))).toEqual([]);
    } finally {
      for (const fleet of fleets) await fleet.stop();
    }
  }, 60_000);
});
