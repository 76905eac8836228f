/**
 * The level-triggered reconcile loop of one app: read desired → compare with
 * observed → act in small steps → always write status. Runs are serialised
 * and coalesced (a burst of publishes ends at the last one, and a deploy that
 * a newer publish overtook stops before activating), and git work on one
 * target is serialised across apps by a keyed lock.
 *
 * The hot path is lean on purpose: a resync with nothing to do reads HEAD and
 * the release marker from files (no git process); a deploy writes status
 * once (the result; `deploying` too when it runs past --deploying-after),
 * fetches the exact commit once, and
 * checks out only the difference in an inactive release before swapping it in
 * (see release-store.ts).
 */
import {
  CoalescingRunner,
  ErrorCode,
  GitError,
  ZkDeployError,
  backoffDelay,
  sleep,
  type DeployState,
  type Logger,
  type Payload,
  type ZkClient,
  type ZkStat,
} from '@zkdeploy/shared';
import type { ActivationHooks } from './activation-hooks.js';
import type { AgentMetrics } from '../runtime/agent-metrics.js';
import { DriftWatcher } from '../store/drift-watcher.js';
import { classifyFailure, statusError } from './failure-class.js';
import { checkoutExact, commitNotFound, fetchCommit, hasCommit, localChanges, type GitContext } from '../store/git-checkout.js';
import { realpath } from '../store/sync-fs.js';
import { storeHasObject } from '../store/object-presence.js';
import type { GitCredentialSettings } from '../store/git-credentials.js';
import type { KeyedLock } from './keyed-lock.js';
import { runReleaseCommand } from './release-command.js';
import { ReleaseStore, type Observed, type Slot } from '../store/release-store.js';
import type { StatusWriter } from './status-writer.js';
import { resolveTarget } from '../store/target-path.js';
import { TreeNames, treeListingDigest } from '../store/tree-listing.js';
import { redactUrl } from './url-policy.js';
import type { PayloadAdmission } from './payload-admission.js';

export interface ReconcilerOptions {
  app: string;
  host: string;
  zk: ZkClient;
  baseDir: string;
  /** Parses desired state and checks it against the agent's policy (URL allowlist, signatures). */
  admission: PayloadAdmission;
  gitTimeoutMs: number;
  git: GitCredentialSettings;
  exec: string | undefined;
  check: string | undefined;
  execTimeoutMs: number;
  selfHeal: boolean;
  driftWatch: boolean;
  driftDebounceMs?: number;
  splayMs: number;
  keepReleases: number;
  /** Write `deploying` only for a deploy still running after this long (0: always, at once). */
  deployingAfterMs?: number;
  retryBaseMs?: number;
  retryMaxMs?: number;
  status: StatusWriter;
  metrics: AgentMetrics | null;
  locks: KeyedLock;
  log: Logger;
  signal: AbortSignal;
  /** Called around the step that changes the checkout (--drain-during-deploy). */
  activation?: ActivationHooks | undefined;
}

interface Desired {
  data: Buffer | null;
  version: number;
}

interface Attempt {
  version: number;
  attempts: number;
  stalled: 'no' | 'failure' | 'drift';
  retryTimer: NodeJS.Timeout | null;
}

interface Target {
  path: string;
  store: ReleaseStore;
  watcher: DriftWatcher | null;
}

/**
 * The fetch a run starts before it inspects the target (see `prefetch`):
 * `present` (the store had the commit), `fetched`, `superseded` (a newer
 * config arrived first), or `not-started` (the store is not set up yet).
 */
type EarlyFetch = 'present' | 'fetched' | 'superseded' | 'not-started';

/** One run's facts, passed between the steps. */
interface Run {
  payload: Payload;
  version: number;
  started: number;
  target: Target;
  log: Logger;
}

export class Reconciler {
  private desired: Desired | null = null;
  private attempt: Attempt = { version: -1, attempts: 0, stalled: 'no', retryTimer: null };
  private target: Target | null = null;
  /** The active release last proven clean (by our own activation or git status) and not touched since. */
  private verified: { slot: string; commit: string } | null = null;
  private readonly runner = new CoalescingRunner(() => this.reconcile());

  constructor(private readonly o: ReconcilerOptions) {}

  /** Records the latest desired state (from the data watch or a resync) and reconciles. */
  setDesired(data: Buffer | null, stat: ZkStat | null): Promise<void> {
    this.desired = stat ? { data, version: stat.version } : null;
    return this.trigger();
  }

  /** Reconciles against the latest desired state. */
  trigger(): Promise<void> {
    if (this.o.signal.aborted) return Promise.resolve();
    return this.runner.trigger();
  }

  /** Resolves when no reconcile is running. */
  idle(): Promise<void> {
    return this.runner.idle();
  }

  async stop(): Promise<void> {
    if (this.attempt.retryTimer) clearTimeout(this.attempt.retryTimer);
    await this.target?.watcher?.stop();
  }

  private async reconcile(): Promise<void> {
    const desired = this.desired;
    if (!desired || !this.o.zk.isConnected || this.o.signal.aborted) return;
    if (desired.version !== this.attempt.version) this.resetAttempt(desired.version);
    if (this.attempt.stalled !== 'no') return;
    let payload: Payload | null = null;
    const started = Date.now();
    try {
      payload = await this.o.admission.admit(desired.data, desired.version);
      const target = await this.targetFor(payload);
      const run: Run = { payload, version: desired.version, started, target, log: this.o.log.child({ commit: payload.commitId }) };
      await this.o.locks.with(target.store.root, () => this.converge(run));
    } catch (err) {
      await this.onFailure(err, payload, desired.version, started);
    }
  }

  private async targetFor(payload: Payload): Promise<Target> {
    const path = await resolveTarget(this.o.baseDir, payload.relativePath);
    const format = payload.commitId.length === 64 ? 'sha256' : 'sha1';
    const store = new ReleaseStore(await realpath(this.o.baseDir), path, format, this.o.keepReleases);
    if (this.target?.store.root === store.root) return this.target;
    await this.target?.watcher?.stop();
    this.verified = null;
    this.target = { path, store, watcher: null };
    return this.target;
  }

  /** Compares the target with the payload and does the one thing needed; a fetch started early ends before the lock is released. */
  private async converge(run: Run): Promise<void> {
    const early = this.prefetch(run);
    try {
      await this.convergeTarget(run, early);
    } finally {
      // A failure the deploy needed is thrown there; one nobody waited for (nothing to deploy) only loses objects.
      await early.catch((err: unknown) => run.log.debug({ err }, 'early fetch failed'));
    }
  }

  /**
   * Starts fetching the commit at once, while the target is inspected, when
   * the store is set up (this process has recovered it and it still exists)
   * and lacks the commit: the fetch is most of a deploy's time, and the
   * inspection that decides whether to deploy only reads local files. A
   * fetch turns out unneeded only when the target is foreign or drifted, and
   * then it has only added objects to the store. Failures surface when the
   * deploy awaits it.
   */
  private async prefetch(run: Run): Promise<EarlyFetch> {
    const { store } = run.target;
    if (!store.ready || !(await store.exists())) return 'not-started';
    if (await storeHasObject(store.gitDir, run.payload.commitId)) return 'present';
    return (await this.fetchIfMissing(run, false)) ? 'fetched' : 'superseded';
  }

  private async convergeTarget(run: Run, early: Promise<EarlyFetch>): Promise<void> {
    const { store } = run.target;
    const observed = await store.observe();
    if (observed.kind === 'foreign') {
      throw new ZkDeployError(ErrorCode.TARGET_NOT_A_CHECKOUT, `${run.target.path} ${observed.why}; refusing to replace it`, {
        hint: 'move it away or publish another relativePath',
      });
    }
    await store.ensure(observed.kind === 'release' ? observed.slot : null, this.git());
    this.startWatcher(run.target);
    const active = observed.kind === 'release' ? observed.slot : null;
    // Armed before the drift check below, so a change is seen either by that check or by the watcher.
    if (active) await run.target.watcher?.setActive(active, await store.headFileOf(active));
    const drift = await this.driftOf(observed);
    if (drift.length > 0 && !(await this.onDrift(run, observed, drift))) return;
    if (observed.kind === 'release' && observed.head === run.payload.commitId && drift.length === 0) {
      if (!observed.marker) await store.restoreMarker(observed.slot, observed.head);
      await this.settle(run, observed.slot, observed.marker?.exec === 'pending');
      return;
    }
    await this.deploy(run, active, observed.kind === 'release' || observed.kind === 'plain' ? observed.head : null, early);
  }

  /**
   * Local changes of what is at the target: none when the active release is
   * the one last proven clean and the watcher saw nothing since (no git
   * process); otherwise a moved HEAD and `git status`.
   */
  private async driftOf(observed: Observed): Promise<string[]> {
    if (observed.kind === 'missing' || observed.kind === 'foreign') return [];
    const dir = observed.kind === 'release' ? observed.slot : (this.target as Target).path;
    const expected = observed.kind === 'release' ? observed.marker?.commit ?? observed.head : observed.head;
    if (observed.kind === 'release' && this.verified?.slot === dir && this.verified.commit === observed.head && expected === observed.head) return [];
    const paths = observed.head !== expected || observed.head === null ? ['HEAD'] : [];
    paths.push(...(await localChanges(dir, this.git())));
    if (paths.length === 0 && observed.kind === 'release' && observed.head) this.verified = { slot: dir, commit: observed.head };
    return paths;
  }

  /** Reports drift, or with --self-heal repairs it; returns true when the deploy may go on. */
  private async onDrift(run: Run, observed: Observed, paths: string[]): Promise<boolean> {
    const head = observed.kind === 'release' || observed.kind === 'plain' ? observed.head : null;
    const shown = paths.slice(0, 10).join(', ') + (paths.length > 10 ? `, … (${paths.length} paths)` : '');
    this.verified = null;
    run.log.warn({ paths: paths.slice(0, 100), selfHeal: this.o.selfHeal }, 'checkout drifted');
    await this.write('drifted', run.payload, run.version, head, run.started, {
      code: ErrorCode.DRIFTED,
      message: `checkout ${run.payload.relativePath} was changed locally (${shown}); ${this.o.selfHeal ? 'restoring it (--self-heal)' : 'nothing was deployed over it'}`,
      hint: 'undo the local changes, or run the agent with --self-heal to restore the checkout',
      paths: paths.slice(0, 1000),
    });
    this.o.metrics?.deployed(this.o.app, 'drifted', (Date.now() - run.started) / 1000);
    if (!this.o.selfHeal) {
      this.attempt.stalled = 'drift';
      return false;
    }
    if (observed.kind === 'release' && (observed.head === run.payload.commitId || observed.marker?.commit === run.payload.commitId)) {
      const slot = observed.slot;
      // The watcher sees our own writes too; they only cost one more clean `git status`.
      await this.drained(() => checkoutExact(slot, run.payload.commitId, this.git(), 'not-ignored'));
      this.verified = { slot, commit: run.payload.commitId };
      await this.settle(run, slot, false);
      return false;
    }
    run.log.warn({ paths: paths.slice(0, 100) }, 'checkout drifted; self-heal deploys a fresh release over it');
    return true;
  }

  /** The target already holds the commit: finish a pending --exec, and report ok when not yet reported. */
  private async settle(run: Run, slot: string, execPending: boolean): Promise<void> {
    if (execPending && this.o.exec) await this.drained(() => this.finishExec(run, slot));
    const last = this.o.status.current;
    this.o.metrics?.commit(this.o.app, run.payload.commitId, run.payload.relativePath);
    // An ok whose write was lost (disconnected) or that is for an older version is written again.
    if (last?.state === 'ok' && last.configVersion === run.version && last.commitId === run.payload.commitId && this.o.status.saved) return;
    await this.write('ok', run.payload, run.version, run.payload.commitId, run.started);
  }

  /**
   * deploying → fetch (if missing) → prepare an inactive release → --check →
   * swap → --exec → ok; stops early when superseded. The `deploying` record
   * (for a deploy still preparing after --deploying-after) is written while
   * the release is prepared (nothing the target shows changes before the
   * swap), and always lands before the swap and before any later record.
   */
  private async deploy(run: Run, active: string | null, head: string | null, early: Promise<EarlyFetch>): Promise<void> {
    const { store } = run.target;
    this.attempt.attempts++;
    const deploying = this.reportDeploying(run, head);
    let slot: Slot;
    try {
      const [chosen, fetched] = await Promise.all([store.chooseSlot(run.payload.commitId, active), early]);
      slot = chosen;
      if (fetched === 'superseded') return;
      if (fetched === 'not-started') {
        const present = slot.head === run.payload.commitId || (await storeHasObject(store.gitDir, run.payload.commitId));
        if (!(await this.fetchIfMissing(run, present))) return;
      }
      if (!(await this.prepareRelease(run, slot))) return;
    } finally {
      await deploying();
    }
    await this.activateRelease(run, slot.path);
  }

  /**
   * Writes `deploying` at once, or with --deploying-after only once the
   * deploy has run that long: a deploy that is done sooner reports `ok`
   * alone, one ZooKeeper write instead of two. The returned function stops
   * the timer and waits for a write already started (StatusWriter logs a
   * failed write; it never rejects).
   */
  private reportDeploying(run: Run, head: string | null): () => Promise<void> {
    const write = () => this.write('deploying', run.payload, run.version, head, run.started);
    const afterMs = this.o.deployingAfterMs ?? 0;
    if (afterMs <= 0) {
      const written = write();
      return async () => void (await written);
    }
    let written: Promise<boolean> | null = null;
    const timer = setTimeout(() => (written = write()), afterMs);
    return async () => {
      clearTimeout(timer);
      await written;
    };
  }

  /** Fetches the commit unless the store or the chosen release has it (`present`); false when superseded meanwhile. */
  private async fetchIfMissing(run: Run, present: boolean): Promise<boolean> {
    const { commitId, url } = run.payload;
    const { gitDir } = run.target.store;
    if (present) return true;
    if (this.o.splayMs > 0) {
      const delayMs = Math.round(Math.random() * this.o.splayMs);
      run.log.debug({ delayMs }, 'waiting --splay before fetching');
      await sleep(delayMs, this.o.signal);
    }
    if (this.superseded(run)) return false;
    run.log.info({ url: redactUrl(url) }, 'fetching');
    await fetchCommit(gitDir, url, commitId, this.git());
    return !this.superseded(run);
  }

  /** Brings the inactive release to the commit and runs --check in it; false when superseded meanwhile. */
  private async prepareRelease(run: Run, slot: Slot): Promise<boolean> {
    run.log.info({ release: slot.path, reuse: slot.exists }, 'checking out');
    await run.target.store.prepare(slot, run.payload.commitId, this.git()).catch((err: unknown) => this.notACommit(run, err));
    if (this.o.check) {
      run.log.info('running --check');
      const facts = this.facts(run, slot.path);
      await runReleaseCommand({ kind: 'check', command: this.o.check, cwd: slot.path, facts, timeoutMs: this.o.execTimeoutMs, signal: this.o.signal });
    }
    return !this.superseded(run);
  }

  /**
   * A checkout that failed because the id names no commit (a tree or blob
   * fetched by id, or an object the store holds) is the stalling "not found";
   * anything else is rethrown as it is. Checked here, on failure, so that a
   * deploy costs no `git cat-file` of its own.
   */
  private async notACommit(run: Run, err: unknown): Promise<never> {
    const { commitId, url } = run.payload;
    if (!(err instanceof GitError) || err.code === ErrorCode.GIT_TIMEOUT || this.o.signal.aborted) throw err;
    if (!(await hasCommit(run.target.store.gitDir, commitId, this.git()))) throw commitNotFound(url, commitId);
    throw err;
  }

  /**
   * Swaps the release in, runs --exec (out of rotation with
   * --drain-during-deploy), forgets old releases, reports ok. The digest of
   * the release's names goes into its marker (ReleaseStore.activate), taken
   * from the walk that arms the drift watcher on it.
   */
  private async activateRelease(run: Run, slot: string): Promise<void> {
    const { store } = run.target;
    const { commitId } = run.payload;
    // --check ran in the release and may have left files there: the names are then not the clean ones.
    const names = this.o.check ? null : new TreeNames();
    // Watched before the swap, so no edit after it can be missed (the release is complete and idle by now).
    const walked = await run.target.watcher?.setActive(slot, await store.headFileOf(slot), names ?? undefined);
    const tree = names === null ? null : walked ? names.digest() : await treeListingDigest(slot);
    await this.drained(async () => {
      await store.activate(slot, commitId, this.o.exec !== undefined, tree);
      this.verified = { slot, commit: commitId };
      run.log.info({ release: slot }, 'activated');
      if (this.o.exec) await this.finishExec(run, slot);
    });
    await store.prune(slot, this.git()).catch((err: unknown) => run.log.warn({ err }, 'could not remove old releases'));
    await this.settle(run, slot, false);
    this.o.metrics?.deployed(this.o.app, 'ok', (Date.now() - run.started) / 1000);
    // After `ok` is written: gc is never on the path from publish to a running release.
    await store
      .maintain(this.git())
      .then((ran) => ran && run.log.info('collected garbage in the release store'))
      .catch((err: unknown) => run.log.warn({ err }, 'could not collect garbage in the release store'));
  }

  /** Runs the step that changes what the target shows between the activation hooks' drain and restore. */
  private async drained<T>(step: () => Promise<T>): Promise<T> {
    await this.o.activation?.drain();
    try {
      return await step();
    } finally {
      await this.o.activation?.restore();
    }
  }

  /** Runs --exec in the target and records in the release marker that it ran. */
  private async finishExec(run: Run, slot: string): Promise<void> {
    await this.runExec(run);
    await run.target.store.markExecDone(slot);
  }

  private async runExec(run: Run): Promise<void> {
    run.log.info('running --exec');
    await runReleaseCommand({
      kind: 'exec',
      command: this.o.exec as string,
      cwd: run.target.path,
      facts: this.facts(run, run.target.path),
      timeoutMs: this.o.execTimeoutMs,
      signal: this.o.signal,
    });
  }

  private facts(run: Run, path: string) {
    return { commit: run.payload.commitId, path, app: this.o.app, host: this.o.host, configVersion: run.version };
  }

  /** A newer config arrived while this deploy ran: stop before activating; the runner goes again. */
  private superseded(run: Run): boolean {
    const latest = this.desired?.version;
    if (latest === undefined || latest === run.version) return false;
    run.log.info({ version: run.version, latest }, 'superseded by a newer config; skipping to it');
    return true;
  }

  private startWatcher(target: Target): void {
    if (!this.o.driftWatch || target.watcher) return;
    target.watcher = new DriftWatcher({
      debounceMs: this.o.driftDebounceMs ?? 300,
      log: this.o.log,
      onDrift: (paths) => {
        this.o.log.debug({ paths: paths.slice(0, 20) }, 'change seen in the active release');
        this.verified = null;
        if (this.attempt.stalled === 'drift') this.attempt.stalled = 'no';
        void this.trigger();
      },
    });
  }

  private git(): GitContext {
    return { timeoutMs: this.o.gitTimeoutMs, signal: this.o.signal, env: this.o.git.env, config: this.o.git.config };
  }

  private async onFailure(err: unknown, payload: Payload | null, version: number, started: number): Promise<void> {
    if (this.o.signal.aborted) return;
    const error = statusError(err);
    const kind = classifyFailure(err);
    const state: DeployState = kind === 'rejected' ? 'rejected' : 'failed';
    const head = this.target ? await headOrNull(this.target.store) : null;
    this.o.log.error({ err: error, kind, attempts: this.attempt.attempts }, `deploy ${state}`);
    await this.write(state, payload, version, head, started, error);
    this.o.metrics?.deployed(this.o.app, state, (Date.now() - started) / 1000);
    if (kind === 'transient') this.scheduleRetry();
    else this.attempt.stalled = 'failure';
  }

  private scheduleRetry(): void {
    const delay = backoffDelay(Math.max(0, this.attempt.attempts - 1), this.o.retryBaseMs ?? 1000, this.o.retryMaxMs ?? 60_000);
    this.o.log.info({ delayMs: delay, attempts: this.attempt.attempts }, 'retrying after a transient failure');
    this.attempt.retryTimer = setTimeout(() => void this.trigger(), delay);
  }

  private resetAttempt(version: number): void {
    if (this.attempt.retryTimer) clearTimeout(this.attempt.retryTimer);
    this.attempt = { version, attempts: 0, stalled: 'no', retryTimer: null };
  }

  private async write(
    state: DeployState,
    payload: Payload | null,
    version: number,
    commitId: string | null,
    started: number,
    error: Record<string, unknown> | null = null,
  ): Promise<boolean> {
    const attempts = Math.max(1, this.attempt.attempts);
    this.o.metrics?.reported(this.o.app, state, version, attempts);
    return this.o.status.write({
      state,
      commitId,
      desiredCommitId: payload?.commitId ?? null,
      configVersion: version,
      error: error as never,
      durationMs: state === 'deploying' ? null : Date.now() - started,
      attempts,
    });
  }
}

async function headOrNull(store: ReleaseStore): Promise<string | null> {
  const observed = await store.observe().catch(() => null);
  return observed && (observed.kind === 'release' || observed.kind === 'plain') ? observed.head : null;
}

