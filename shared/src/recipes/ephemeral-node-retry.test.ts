import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorCode } from '../errors.js';
import { ConnectionState, type ConnectionStateChange } from '../zk/connection-state.js';
import type { ZkClient } from '../zk/zk-client.js';
import { ZkError } from '../zk/zk-errors.js';
import { EphemeralNode } from './ephemeral-node.js';

/** A client whose node creations after the first time out `failures` times. */
function fakeClient(failures: number) {
  const listeners: ((c: ConnectionStateChange) => void)[] = [];
  let session = 's1';
  let creates = 0;
  let left = failures;
  const nodes = new Set<string>();
  const client = {
    get sessionId() {
      return session;
    },
    negotiatedSessionTimeoutMs: 1000,
    onStateChange: (l: (c: ConnectionStateChange) => void) => {
      listeners.push(l);
      return () => undefined;
    },
    whenConnected: async () => undefined,
    createOnce: async (path: string) => {
      creates++;
      if (creates > 1 && left-- > 0) throw new ZkError(ErrorCode.ZK_TIMEOUT, 'create: no answer from ZooKeeper within 5000 ms');
      nodes.add(path);
      return path;
    },
    exists: async (path: string) => (nodes.has(path) ? { ephemeralOwner: session, version: 0 } : null),
    delete: async (path: string) => void nodes.delete(path),
  } as unknown as ZkClient;
  const newSession = (): void => {
    session = 's2';
    nodes.clear();
    for (const l of listeners) l({ state: ConnectionState.RECONNECTED, newSession: true, sessionId: 's2' });
  };
  return { client, newSession, nodes, creates: () => creates };
}

describe('EphemeralNode after a new session', () => {
  afterEach(() => vi.useRealTimers());

  it('keeps trying to re-create the node when an attempt fails, until it exists', async () => {
    vi.useFakeTimers();
    const { client, newSession, nodes } = fakeClient(3);
    const errors: unknown[] = [];
    const node = await EphemeralNode.register(client, '/app/agents/web-1', Buffer.from('{}'), { onError: (e) => errors.push(e) });
    newSession();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(errors).toHaveLength(3);
    expect(nodes.has('/app/agents/web-1')).toBe(true);
    await node.remove();
  });

  it('stops trying once removed', async () => {
    vi.useFakeTimers();
    const { client, newSession, creates } = fakeClient(1000);
    const node = await EphemeralNode.register(client, '/app/agents/web-1', Buffer.from('{}'), { onError: () => undefined });
    newSession();
    await vi.advanceTimersByTimeAsync(5_000);
    await node.remove();
    const before = creates();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(creates()).toBe(before);
  });
});

describe('EphemeralNode session file', () => {
  it('registers all the same when the session file cannot be written, and says so (chaos seed 1619732598: a full disk)', async () => {
    const { client, nodes } = fakeClient(0);
    const dir = mkdtempSync(join(tmpdir(), 'zkdeploy-session-file-'));
    const errors: unknown[] = [];
    // A directory that is not there fails the write as a full disk does: the file cannot be made.
    const sessionFile = join(dir, 'missing', 'registration.json');
    const node = await EphemeralNode.register(client, '/app/agents/web-1', Buffer.from('{}'), { sessionFile, onSessionFileError: (e) => errors.push(e) });
    expect(nodes.has('/app/agents/web-1')).toBe(true);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'ENOENT' });
    expect(readdirSync(dir)).toEqual([]);
    await node.remove();
  });
});
