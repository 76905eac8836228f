/**
 * The benchmark's measuring instruments, checked against real git and a real
 * ZooKeeper: HEAD read from disk the way git resolves it (branch, detached,
 * packed refs, a linked worktree behind a symlink, a checkout still being
 * written), and the counting proxy's request counts — with which the
 * DataWatch recipe is held to one read per change.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataWatch, ZkClient } from '@zkdeploy/shared';
// @ts-expect-error plain .mjs module without types
import { readCheckoutHead } from '../../bench/lib/checkout-head.mjs';
// @ts-expect-error plain .mjs module without types
import { ZkCountProxy, categorize, diffCounts } from '../../bench/lib/zk-proxy-client.mjs';
import { eventually } from '../support/eventually.js';
import { GitRepo, git } from '../support/git-repo.js';
import { ZkCluster } from '../support/zk-server.js';

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
    await writeFile(join(seen.gitDir, 'index.lock'), '');
    expect((await readCheckoutHead(join(dir, 'srv', 'app'))).complete).toBe(false);
    expect(await readCheckoutHead(join(dir, 'missing'))).toMatchObject({ head: null, complete: false });
  });
});

describe('bench: counting ZooKeeper proxy', () => {
  let cluster: ZkCluster;
  let proxy: { connectString(): string; snapshot(): Promise<Record<string, number>>; stop(): void };
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
