import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConnectionState, GitError, createLogger, parsePayload, type ConnectionStateChange, type ConnectionStateValue, type Payload, type StatusRecord, type ZkStat } from '@zkdeploy/shared';
import { KeyedLock } from './keyed-lock.js';
import { Reconciler } from './reconciler.js';
import type { ReconcilePolicy } from './reconciler-options.js';
import type { StatusUpdate } from './status-writer.js';
import { commitNotFound, type GitContext } from '../store/git-checkout.js';
import type { Observed, PrepareSource, ReleaseMarker, ReleaseStoreOps, Slot } from '../store/release-store.js';

const URL = 'https://git.example.com/app.git';
const commit = (n: number): string => n.toString(16).padStart(40, 'a');

/** A release store in memory: what git would have done, recorded for the tests to read. */
class FakeStore implements ReleaseStoreOps {
  readonly root = '/fake/.zkdeploy/checkouts/app';
  readonly target = '/fake/srv/app';
  ready = false;
  readonly objects = new Set<string>();
  /** Commits of the repository (what a fetch can bring). */
  readonly remote = new Set<string>();
  active: { slot: string; head: string; marker: ReleaseMarker | null } | null = null;
  /** Local changes in the active release. */
  changes: string[] = [];
  readonly fetches: string[] = [];
  readonly activations: string[] = [];
  readonly repairs: string[] = [];
  /** New slots abandoned: chosen, never prepared. */
  readonly abandoned: string[] = [];
  /** Replaced by tests that hold a fetch open or make it fail. */
  fetchStep: (commit: string, ctx: GitContext) => Promise<void> = async () => {};
  private slots = 0;

  async observe(): Promise<Observed> {
    return this.active ? { kind: 'release', ...this.active } : { kind: 'missing' };
  }
  async observedHead(): Promise<string | null> {
    return this.active?.head ?? null;
  }
  async exists(): Promise<boolean> {
    return this.ready;
  }
  async ensure(): Promise<void> {
    this.ready = true;
  }
  async has(id: string): Promise<boolean> {
    return this.objects.has(id);
  }
  async fetch(url: string, id: string, ctx: GitContext): Promise<void> {
    this.fetches.push(id);
    await this.fetchStep(id, ctx);
    if (!this.remote.has(id)) throw commitNotFound(url, id);
    this.objects.add(id);
  }
  async chooseSlot(): Promise<Slot> {
    return { path: `/fake/releases/r-${++this.slots}`, exists: false, head: null };
  }
  async prepare(_slot: Slot, id: string, source: PrepareSource): Promise<void> {
    if (!this.objects.has(id)) throw commitNotFound(source.url, id);
  }
  async abandon(slot: Slot): Promise<void> {
    this.abandoned.push(slot.path);
  }
  async activate(slot: string, id: string): Promise<void> {
    this.activations.push(id);
    this.active = { slot, head: id, marker: { commit: id, activatedAt: new Date().toISOString(), exec: 'done' } };
  }
  async repair(_slot: string, id: string): Promise<void> {
    this.repairs.push(id);
    this.changes = [];
  }
  async restoreMarker(): Promise<void> {}
  async markExecDone(): Promise<void> {}
  async localChanges(): Promise<string[]> {
    return [...this.changes];
  }
  async prune(): Promise<void> {}
  async maintain(): Promise<boolean> {
    return false;
  }
  async headFileOf(): Promise<string | null> {
    return null;
  }
}

/** Records every status write, as the one StatusWriter would make it. */
class FakeStatus {
  readonly writes: StatusUpdate[] = [];
  current: StatusRecord | null = null;
  saved = true;
  async write(update: StatusUpdate): Promise<boolean> {
    this.writes.push(update);
    this.current = { ...update, host: 'h', error: update.error ?? null, updatedAt: '', durationMs: null, attempts: update.attempts ?? 1, agentVersion: '' };
    return true;
  }
  /** Every write but `deploying` progress: the outcomes. */
  outcomes(): StatusUpdate[] {
    return this.writes.filter((w) => w.state !== 'deploying');
  }
}

/** A client whose connection the test turns off and on. */
class FakeZk {
  isConnected = true;
  private readonly listeners = new Set<(change: ConnectionStateChange) => void>();
  onStateChange(listener: (change: ConnectionStateChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  set(state: ConnectionStateValue): void {
    this.isConnected = state === ConnectionState.CONNECTED || state === ConnectionState.RECONNECTED;
    for (const l of [...this.listeners]) l({ state, newSession: false, sessionId: null } as ConnectionStateChange);
  }
  get listening(): number {
    return this.listeners.size;
  }
}

interface Setup {
  zk: FakeZk;
  reconciler: Reconciler;
  store: FakeStore;
  status: FakeStatus;
  opened: string[];
  publish: (payload: Partial<Payload> | string) => Promise<void>;
}

function setup(policy: Partial<ReconcilePolicy> = {}): Setup {
  const store = new FakeStore();
  const status = new FakeStatus();
  const opened: string[] = [];
  const stop = new AbortController();
  const zk = new FakeZk();
  const reconciler = new Reconciler(
    {
      app: '/app/unit',
      host: 'h',
      gitTimeoutMs: 60_000,
      gitCredentials: {},
      exec: undefined,
      check: undefined,
      execTimeoutMs: 60_000,
      selfHeal: false,
      driftWatch: false,
      splayMs: 0,
      deployingAfterMs: 0,
      ...policy,
    },
    {
      zk,
      admission: { admit: async (data) => parsePayload(data) },
      stores: {
        open: async (_app, relativePath) => {
          opened.push(relativePath);
          return store;
        },
      },
      status,
      metrics: null,
      locks: new KeyedLock(),
      log: createLogger({ level: 'silent' }),
      signal: stop.signal,
    },
  );
  let version = -1;
  const publish = (payload: Partial<Payload> | string): Promise<void> => {
    version++;
    const data = typeof payload === 'string' ? payload : JSON.stringify({ url: URL, relativePath: 'srv/app', ...payload });
    return reconciler.setDesired(Buffer.from(data), { version } as ZkStat);
  };
  return { zk, reconciler, store, status, opened, publish };
}

/** A promise with its resolve function, for holding a step open. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  return { opened, open };
}

/** Lets pending promise callbacks run (no timers move). */
const settle = (): Promise<void> => new Promise((r) => setImmediate(r));

/** Publishes commit 1, then commit 2 while the first deploy is held at `held`; resolves once the reconciler is idle. */
async function supersedeFirst({ publish, reconciler }: Pick<Setup, 'publish' | 'reconciler'>, held: ReturnType<typeof gate>): Promise<void> {
  void publish({ commitId: commit(1) });
  await settle();
  void publish({ commitId: commit(2) });
  held.open();
  await reconciler.idle();
}

describe('Reconciler', () => {
  it('ends a burst at the last config without deploying each one', async () => {
    const { store, status, publish, reconciler } = setup();
    for (let i = 1; i <= 6; i++) store.remote.add(commit(i));
    const held = gate();
    store.fetchStep = () => held.opened;
    void publish({ commitId: commit(1) });
    await settle();
    for (let i = 2; i <= 6; i++) void publish({ commitId: commit(i) });
    held.open();
    await reconciler.idle();
    expect(store.activations).toEqual([commit(6)]);
    expect(store.fetches).toEqual([commit(1), commit(6)]);
    expect(status.outcomes()).toEqual([expect.objectContaining({ state: 'ok', commitId: commit(6), configVersion: 5 })]);
  });

  it('aborts the git work of a run a newer config supersedes, and records nothing for the old config', async () => {
    const { store, status, publish, reconciler } = setup();
    store.remote.add(commit(2));
    // A fetch from a server that never answers: it ends only when its signal aborts.
    store.fetchStep = (id, ctx) =>
      id === commit(1) ? new Promise((_, reject) => ctx.signal?.addEventListener('abort', () => reject(new GitError('killed', ['fetch-pack'], null, '')))) : Promise.resolve();
    void publish({ commitId: commit(1) });
    await settle();
    expect(store.fetches).toEqual([commit(1)]);
    await publish({ commitId: commit(2) });
    await reconciler.idle();
    expect(store.activations).toEqual([commit(2)]);
    expect(status.writes.filter((w) => w.configVersion === 0).map((w) => w.state)).toEqual(['deploying']);
    expect(status.outcomes()).toEqual([expect.objectContaining({ state: 'ok', commitId: commit(2), configVersion: 1, attempts: 1 })]);
  });

  it('stops a deploy before activating when a newer config arrives while it prepares', async () => {
    const { store, status, publish, reconciler } = setup();
    store.remote.add(commit(1)).add(commit(2));
    const held = gate();
    const prepare = store.prepare.bind(store);
    store.prepare = async (slot, id, source, ctx) => {
      if (id === commit(1)) await held.opened;
      return prepare(slot, id, source, ctx);
    };
    await supersedeFirst({ publish, reconciler }, held);
    expect(store.activations).toEqual([commit(2)]);
    expect(status.outcomes().map((w) => [w.state, w.configVersion])).toEqual([['ok', 1]]);
  });

  it('a config that arrives while disconnected is deployed on the next connection, not left for the periodic resync', async () => {
    const { zk, store, status, publish, reconciler } = setup();
    store.remote.add(commit(1));
    zk.set(ConnectionState.SUSPENDED);
    void publish({ commitId: commit(1) });
    await reconciler.idle();
    expect(store.activations).toEqual([]);
    void publish({ commitId: commit(1) }); // a second trigger while waiting adds no second wait
    await reconciler.idle();
    expect(zk.listening).toBe(1);
    zk.set(ConnectionState.RECONNECTED);
    await settle();
    await reconciler.idle();
    expect(store.activations).toEqual([commit(1)]);
    expect(status.outcomes().at(-1)).toMatchObject({ state: 'ok', commitId: commit(1) });
    expect(zk.listening).toBe(0);
  });

  it('abandons a new release that is never prepared: superseded during the fetch, or the fetch failed', async () => {
    const { store, status, publish, reconciler } = setup();
    store.remote.add(commit(2));
    const held = gate();
    store.fetchStep = async (id) => {
      if (id === commit(1)) await held.opened;
    };
    await supersedeFirst({ publish, reconciler }, held);
    expect(store.activations).toEqual([commit(2)]);
    // The first deploy's slot (r-1) was chosen and given up; the second's was activated.
    expect(store.abandoned).toEqual(['/fake/releases/r-1']);
    void publish({ commitId: commit(3) }); // not in the repository: the fetch fails
    await reconciler.idle();
    expect(status.outcomes().at(-1)).toMatchObject({ state: 'failed', error: { code: 'ERR_COMMIT_NOT_FOUND' } });
    expect(store.abandoned).toEqual(['/fake/releases/r-1', '/fake/releases/r-3']);
  });

  describe('with fake timers', () => {
    beforeEach(() => void vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
    afterEach(() => {
      vi.useRealTimers();
      vi.restoreAllMocks();
    });

    it('retries a transient failure with growing backoff, counting attempts, until it succeeds', async () => {
      const { store, status, publish, reconciler } = setup({ retryBaseMs: 1000, retryMaxMs: 60_000 });
      store.remote.add(commit(1));
      let failures = 2;
      store.fetchStep = async () => {
        if (failures-- > 0) throw new GitError('could not read from remote', ['fetch-pack'], 128, 'Could not read from remote repository');
      };
      // Jitter at its middle: the waits are three quarters of each ceiling (1 s, then 2 s).
      vi.spyOn(Math, 'random').mockReturnValue(0.5);
      await publish({ commitId: commit(1) });
      expect(status.outcomes()).toEqual([expect.objectContaining({ state: 'failed', attempts: 1, error: expect.objectContaining({ code: 'ERR_GIT_FAILED', class: 'transient' }) })]);
      await vi.advanceTimersByTimeAsync(749);
      expect(store.fetches).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      await reconciler.idle();
      expect(store.fetches).toHaveLength(2);
      expect(status.outcomes().at(-1)).toEqual(expect.objectContaining({ state: 'failed', attempts: 2 }));
      await vi.advanceTimersByTimeAsync(1499);
      expect(store.fetches).toHaveLength(2);
      await vi.advanceTimersByTimeAsync(1);
      await reconciler.idle();
      expect(status.outcomes().at(-1)).toEqual(expect.objectContaining({ state: 'ok', commitId: commit(1), attempts: 3 }));
      expect(store.activations).toEqual([commit(1)]);
    });

    it('does not retry a stalling failure until the config changes', async () => {
      const { store, status, publish, reconciler } = setup();
      await publish({ commitId: commit(1) });
      expect(status.outcomes()).toEqual([
        expect.objectContaining({ state: 'failed', attempts: 1, error: expect.objectContaining({ code: 'ERR_COMMIT_NOT_FOUND', class: 'stalling' }) }),
      ]);
      await vi.advanceTimersByTimeAsync(10 * 60_000);
      await reconciler.trigger(); // a resync
      expect(store.fetches).toEqual([commit(1)]);
      expect(status.outcomes()).toHaveLength(1);
      store.remote.add(commit(2));
      await publish({ commitId: commit(2) });
      expect(status.outcomes().at(-1)).toEqual(expect.objectContaining({ state: 'ok', commitId: commit(2), configVersion: 1 }));
    });
  });

  it('rejects a payload that breaks the contract without opening the store', async () => {
    const { store, status, opened, publish } = setup();
    await publish({ commitId: 'not-a-commit' });
    expect(opened).toEqual([]);
    expect(store.fetches).toEqual([]);
    expect(status.writes).toEqual([expect.objectContaining({ state: 'rejected', configVersion: 0, error: expect.objectContaining({ code: 'ERR_PAYLOAD_INVALID', class: 'rejected' }) })]);
  });

  it('reports drift with its paths and leaves it alone, not retried until something changes', async () => {
    const { store, status, publish, reconciler } = setup();
    store.remote.add(commit(1)).add(commit(2));
    store.objects.add(commit(1));
    store.active = { slot: '/fake/releases/r-0', head: commit(1), marker: { commit: commit(1), activatedAt: '', exec: 'done' } };
    store.changes = ['app.txt', 'extra.txt'];
    await publish({ commitId: commit(2) });
    expect(status.writes).toEqual([
      expect.objectContaining({ state: 'drifted', commitId: commit(1), desiredCommitId: commit(2), error: expect.objectContaining({ code: 'ERR_DRIFTED', paths: ['app.txt', 'extra.txt'] }) }),
    ]);
    await reconciler.trigger();
    expect(status.writes).toHaveLength(1);
    expect(store.fetches.concat(store.activations, store.repairs)).toEqual([]);
  });

  it('with --self-heal, restores a drifted release that holds the commit and reports ok', async () => {
    const { store, status, publish } = setup({ selfHeal: true });
    store.active = { slot: '/fake/releases/r-0', head: commit(1), marker: { commit: commit(1), activatedAt: '', exec: 'done' } };
    store.changes = ['app.txt'];
    await publish({ commitId: commit(1) });
    expect(store.repairs).toEqual([commit(1)]);
    expect(status.writes.map((w) => w.state)).toEqual(['drifted', 'ok']);
    expect(status.writes[1]).toEqual(expect.objectContaining({ commitId: commit(1), error: null }));
  });

  it('with --self-heal, deploys a fresh release over a drifted one at another commit', async () => {
    const { store, status, publish } = setup({ selfHeal: true });
    store.remote.add(commit(2));
    store.active = { slot: '/fake/releases/r-0', head: commit(1), marker: { commit: commit(1), activatedAt: '', exec: 'done' } };
    store.changes = ['app.txt'];
    await publish({ commitId: commit(2) });
    expect(store.repairs).toEqual([]);
    expect(store.activations).toEqual([commit(2)]);
    expect(status.writes.map((w) => w.state)).toEqual(['drifted', 'deploying', 'ok']);
  });

  it('reports ok once for a target that already holds the commit, and writes nothing on a resync', async () => {
    const { store, status, publish, reconciler } = setup();
    store.objects.add(commit(1));
    store.active = { slot: '/fake/releases/r-0', head: commit(1), marker: { commit: commit(1), activatedAt: '', exec: 'done' } };
    await publish({ commitId: commit(1) });
    await reconciler.trigger();
    expect(status.writes).toEqual([expect.objectContaining({ state: 'ok', commitId: commit(1), configVersion: 0 })]);
    expect(store.fetches).toEqual([]);
  });
});
