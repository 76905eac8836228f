/**
 * The recipes against a real ZooKeeper: DataWatch and ChildrenWatch call back
 * at once and then only on real changes, re-armed after every event without
 * piling up; EphemeralNode recognises its own stale node and refuses one held
 * by another live session of the same name.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChildrenWatch, DataWatch, EphemeralNode, ErrorCode, ZkClient, readMany, type ZkStat } from '@zkdeploy/shared';
import { EventRecorder, ZkCluster, fourLetterWord } from '@zkdeploy/test-support';

describe('recipes', () => {
  let cluster: ZkCluster;
  let zk: ZkClient;
  let other: ZkClient;
  let dir: string;

  beforeAll(async () => {
    cluster = await ZkCluster.start();
    zk = await ZkClient.connect({ connectString: cluster.connectString(), sessionTimeoutMs: 2000 });
    other = await ZkClient.connect({ connectString: cluster.connectString(), sessionTimeoutMs: 2000 });
    await zk.ensurePath('/r/agents');
    dir = await mkdtemp(join(tmpdir(), 'zkdeploy-recipes-'));
  });
  afterAll(async () => {
    await zk?.close();
    await other?.close();
    await cluster?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('DataWatch: null at once for a missing node, then every real change, re-armed each time', async () => {
    const seen = new EventRecorder<string | null>();
    const watch = new DataWatch(zk, '/r/cfg', (data) => seen.record(data?.toString() ?? null));
    await seen.next((d) => d === null, 2000, 'the first call (missing node)');
    await other.create('/r/cfg', Buffer.from('a'));
    await seen.next((d) => d === 'a', 2000, 'creation');
    for (const v of ['b', 'c', 'd']) {
      await other.set('/r/cfg', Buffer.from(v));
      await seen.next((d) => d === v, 2000, `change to ${v}`);
    }
    const beforeDelete = seen.mark();
    await other.delete('/r/cfg');
    await seen.next((d) => d === null, 2000, 'deletion', beforeDelete);
    await other.create('/r/cfg', Buffer.from('e'));
    await seen.next((d) => d === 'e', 2000, 're-creation');
    // A refresh without a change calls nothing.
    await watch.refresh();
    expect(seen.seen).toEqual([null, 'a', 'b', 'c', 'd', null, 'e']);
    watch.stop();
    await other.set('/r/cfg', Buffer.from('after stop'));
    await watch.refresh();
    expect(seen.seen.at(-1)).toBe('e');
  });

  it('DataWatch: a burst of changes ends at the last value, and a throwing callback does not stop the watch', async () => {
    await other.ensurePath('/r/burst');
    const seen = new EventRecorder<string>();
    const errors: unknown[] = [];
    const watch = new DataWatch(
      zk,
      '/r/burst',
      (data) => {
        seen.record(data?.toString() ?? '');
        if (data?.toString() === 'boom') throw new Error('callback failed');
      },
      { onError: (err) => errors.push(err) },
    );
    await seen.next((d) => d === '', 2000, 'the first call');
    await other.set('/r/burst', Buffer.from('boom'));
    await seen.next((d) => d === 'boom', 2000, 'boom');
    await Promise.all(Array.from({ length: 20 }, (_, i) => other.set('/r/burst', Buffer.from(`v${i}`))));
    const last = (await other.get('/r/burst'))!.data.toString();
    await seen.next((d) => d === last, 2000, 'the last value of the burst');
    expect(errors).toHaveLength(1);
    expect(seen.seen.length).toBeLessThanOrEqual(23);
    watch.stop();
  });

  it('ChildrenWatch: sorted children at once and on membership changes', async () => {
    const seen = new EventRecorder<string>();
    const watch = new ChildrenWatch(zk, '/r/members', (children) => seen.record(children.join(',')));
    await seen.next((c) => c === '', 2000, 'the first call (missing parent)');
    await other.ensurePath('/r/members');
    await other.create('/r/members/b', Buffer.alloc(0), 'ephemeral');
    await seen.next((c) => c === 'b', 2000, 'b joining');
    await other.create('/r/members/a', Buffer.alloc(0), 'ephemeral');
    await seen.next((c) => c === 'a,b', 2000, 'a joining');
    await other.delete('/r/members/b');
    await seen.next((c) => c === 'a', 2000, 'b leaving');
    watch.stop();
  });

  it('EphemeralNode: refuses a name held by another live session with ERR_HOST_CONFLICT', async () => {
    await other.create('/r/agents/web-1', Buffer.from('the other agent'), 'ephemeral');
    const started = Date.now();
    const err = await EphemeralNode.register(zk, '/r/agents/web-1', Buffer.from('me'), { staleWaitMs: 500 }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: ErrorCode.HOST_CONFLICT });
    expect((err as Error).message).toMatch(/another live ZooKeeper session/);
    expect(Date.now() - started).toBeLessThan(3000);
    await other.delete('/r/agents/web-1');
  });

  it('EphemeralNode: waits out a stale node of an unknown session, then takes the name', async () => {
    const stale = await ZkClient.connect({ connectString: cluster.connectString(), sessionTimeoutMs: 2000 });
    await stale.create('/r/agents/web-2', Buffer.from('stale'), 'ephemeral');
    const registering = EphemeralNode.register(zk, '/r/agents/web-2', Buffer.from('me'));
    await stale.close(); // its node goes; the waiting registration sees the deletion
    const node = await registering;
    expect(((await other.exists('/r/agents/web-2')) as ZkStat).ephemeralOwner).toBe(zk.sessionId);
    await node.remove();
    expect(await other.exists('/r/agents/web-2')).toBeNull();
  });

  it('EphemeralNode: a restarted process recognises its previous session’s node from the session file and replaces it at once', async () => {
    const sessionFile = join(dir, 'web-3.session');
    const previous = await ZkClient.connect({ connectString: cluster.connectString(), sessionTimeoutMs: 20_000 });
    await EphemeralNode.register(previous, '/r/agents/web-3', Buffer.from('previous run'), { sessionFile });
    // The previous run dies without closing its session: its node would live for 20 s more.
    const started = Date.now();
    const node = await EphemeralNode.register(zk, '/r/agents/web-3', Buffer.from('this run'), { sessionFile, staleWaitMs: 30_000 });
    expect(Date.now() - started).toBeLessThan(2000);
    const current = await other.get('/r/agents/web-3');
    expect(current?.data.toString()).toBe('this run');
    expect(current?.stat.ephemeralOwner).toBe(zk.sessionId);
    await node.remove();
    await previous.close();
  });

  it('EphemeralNode: a restart whose previous session was never recorded (its session file write failed: a full disk) recognises its node by the data and replaces it at once', async () => {
    // The chaos run of seed 793673867: the previous run registered, failed to write its session file, and was
    // SIGKILLed; the restart took its own node for another host's, waited, and exited with ERR_HOST_CONFLICT.
    const sessionFile = join(dir, 'web-5.session');
    const previous = await ZkClient.connect({ connectString: cluster.connectString(), sessionTimeoutMs: 20_000 });
    // What such a run leaves: its node, under a session no session file names, and no process looking after it (killed).
    await previous.create('/r/agents/web-5', Buffer.from('{"instance":"base-dir-a"}'), 'ephemeral');
    expect((await other.exists('/r/agents/web-5'))?.ephemeralOwner).toBe(previous.sessionId);
    const ownsData = (data: Buffer): boolean => data.toString() === '{"instance":"base-dir-a"}';
    const started = Date.now();
    const node = await EphemeralNode.register(zk, '/r/agents/web-5', Buffer.from('{"instance":"base-dir-a"}'), { sessionFile, ownsData, staleWaitMs: 30_000 });
    expect(Date.now() - started).toBeLessThan(2000);
    expect((await other.exists('/r/agents/web-5'))?.ephemeralOwner).toBe(zk.sessionId);
    await node.remove();
    // Another installation's node under the same name is still waited out and refused.
    await previous.create('/r/agents/web-5', Buffer.from('{"instance":"base-dir-b"}'), 'ephemeral');
    const err = await EphemeralNode.register(zk, '/r/agents/web-5', Buffer.from('{"instance":"base-dir-a"}'), { sessionFile, ownsData, staleWaitMs: 500 }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: ErrorCode.HOST_CONFLICT });
    await previous.close();
  });

  it('readMany: every node in order (null for a missing one), spread over extra sessions that are closed after, or over the caller\'s when one cannot open', async () => {
    await zk.ensurePath('/r/many');
    const paths = Array.from({ length: 23 }, (_, i) => `/r/many/n-${i}`);
    await Promise.all(paths.filter((_, i) => i !== 7).map((p, i) => zk.create(p, Buffer.from(`data ${p}`))));
    const connections = async () => (await fourLetterWord(Number(cluster.connectString().split(',')[0]!.split(':')[1]), 'cons')).split('\n').filter((l) => l.includes('sid=')).length;
    const before = await connections();
    let opened = 0;
    const counting = Object.create(zk, { connectAnother: { value: (ms?: number) => { opened++; return zk.connectAnother(ms); } } }) as ZkClient;
    const nodes = await readMany(counting, paths, { perSession: 5, maxSessions: 3 });
    expect(opened).toBe(2);
    expect(nodes.map((n) => n?.data.toString() ?? null)).toEqual(paths.map((p, i) => (i === 7 ? null : `data ${p}`)));
    expect(await connections()).toBe(before);
    const refusing = Object.create(zk, { connectAnother: { value: () => Promise.reject(new Error('refused')) } }) as ZkClient;
    expect((await readMany(refusing, paths, { perSession: 5 })).filter(Boolean)).toHaveLength(22);
  });

  it('EphemeralNode: re-made when deleted from outside, and update() changes its data', async () => {
    const node = await EphemeralNode.register(zk, '/r/agents/web-4', Buffer.from('one'));
    // Each update uses up the recipe's watch; a delete right after it races the re-arm (which once lost the node).
    for (let round = 0; round < 8; round++) {
      await node.update(Buffer.from(`two-${round}`));
      const events = new EventRecorder<string>();
      await other.delete('/r/agents/web-4');
      const already = await other.exists('/r/agents/web-4', { watch: (e) => events.record(e.type) });
      if (!already) await events.next((t) => t === 'created', 3000, `re-creation in round ${round}`);
      expect(((await other.exists('/r/agents/web-4')) as ZkStat).ephemeralOwner).toBe(zk.sessionId);
      expect((await other.get('/r/agents/web-4'))?.data.toString()).toBe(`two-${round}`);
    }
    await node.remove();
  });
});
