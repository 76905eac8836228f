/**
 * The level-triggered reconcile loop of one app: read desired → compare with
 * observed → act in small steps → record the outcome. Runs are serialised
 * and coalesced (a burst of publishes ends at the last one, and a deploy that
 * a newer publish overtook stops before activating — its git work is
 * aborted at once), and git work on one store is serialised by a keyed lock.
 *
 * As in Flux's `Reconcile`, the steps decide and return an {@link Outcome};
 * the status record and the metrics are derived from it in one place
 * (OutcomeRecorder, called in a `finally`). `deploying` (and `drifted` before a
 * --self-heal repair) are progress updates written on the way.
 *
 * The hot path is lean on purpose: a resync with nothing to do reads HEAD and
 * the release marker from files (no git process); a deploy writes status
 * once (the result; `deploying` too when it runs past --deploying-after),
 * fetches the exact commit once, and checks out only the difference in an
 * inactive release before swapping it in (see release-store.ts).
 */
import {
  CoalescingRunner,
  ConnectionState,
  ErrorCode,
  ZkDeployError,
  backoffDelay,
  sleep,
  type Logger,
  type Payload,
  type ZkStat,
} from '@zkdeploy/shared';
import { DriftWatcher } from '../store/drift-watcher.js';
import { classifyFailure, statusError } from './failure-class.js';
import type { GitContext } from '../store/git-checkout.js';
import { headOf, type Observed, type ReleaseStoreOps, type Slot } from '../store/release-store.js';
import { runReleaseCommand } from './release-command.js';
import { TreeNames } from '../store/tree-listing.js';
import { redactUrl } from '../store/git-url.js';
import { OutcomeRecorder, type AfterOutcome, type RunFacts } from './outcome-recorder.js';
import type { Outcome } from './reconcile-outcome.js';
import type { ReconcileDependencies, ReconcilePolicy } from './reconciler-options.js';

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
  store: ReleaseStoreOps;
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
  /** For the run's own git work and --check: aborted when a newer config arrives, or the agent stops. */
  git: GitContext;
}

export class Reconciler {
  private desired: Desired | null = null;
  private attempt: Attempt = { version: -1, attempts: 0, stalled: 'no', retryTimer: null };
  private target: Target | null = null;
  /** The run in progress: its config version and the abort of its git work. */
  private running: { version: number; abort: AbortController } | null = null;
  /** Set while a trigger waits for the client to be connected again (runWhenConnected). */
  private stopWaitingForConnection: (() => void) | null = null;
  /** The active release last proven clean (by our own activation or git status) and not touched since. */
  private verified: { slot: string; commit: string } | null = null;
  private readonly runner = new CoalescingRunner(() => this.reconcile());
  private readonly recorder: OutcomeRecorder;

  constructor(
    private readonly policy: ReconcilePolicy,
    private readonly deps: ReconcileDependencies,
  ) {
    this.recorder = new OutcomeRecorder(policy.app, deps);
  }

  /** Records the latest desired state (from the data watch or a resync) and reconciles; a newer version aborts the run in progress. */
  setDesired(data: Buffer | null, stat: ZkStat | null): Promise<void> {
    this.desired = stat ? { data, version: stat.version } : null;
    if (stat && this.running && this.running.version !== stat.version) this.running.abort.abort(new Error('superseded by a newer config'));
    return this.trigger();
  }

  /** Reconciles against the latest desired state. */
  trigger(): Promise<void> {
    if (this.deps.signal.aborted) return Promise.resolve();
    return this.runner.trigger();
  }

  /** Resolves when no reconcile is running. */
  idle(): Promise<void> {
    return this.runner.idle();
  }

  async stop(): Promise<void> {
    if (this.attempt.retryTimer) clearTimeout(this.attempt.retryTimer);
    this.stopWaitingForConnection?.();
    await this.target?.watcher?.stop();
  }

  /**
   * A trigger that found the client disconnected is not dropped: it runs
   * again once connected. (The resync after a reconnect could fail on an
   * overloaded ensemble, and the config watch delivers a value only once, so
   * one host of 1,000 waited for its periodic resync: bench/FINDINGS.md.)
   */
  private runWhenConnected(): void {
    if (this.stopWaitingForConnection) return;
    this.stopWaitingForConnection = this.deps.zk.onStateChange((change) => {
      if (change.state !== ConnectionState.CONNECTED && change.state !== ConnectionState.RECONNECTED) return;
      this.stopWaitingForConnection?.();
      this.stopWaitingForConnection = null;
      void this.trigger();
    });
  }

  private async reconcile(): Promise<void> {
    const desired = this.desired;
    if (!desired || this.deps.signal.aborted) return;
    if (!this.deps.zk.isConnected) return this.runWhenConnected();
    if (desired.version !== this.attempt.version) this.resetAttempt(desired.version);
    // A drifted release the watcher cannot fully see is looked at again on every resync: its undoing raises no event.
    if (this.attempt.stalled !== 'no' && !(this.attempt.stalled === 'drift' && this.target?.watcher?.complete === false)) return;
    const abort = new AbortController();
    this.running = { version: desired.version, abort };
    const started = Date.now();
    let outcome: Outcome = { kind: 'superseded' };
    try {
      outcome = await this.run(desired, started, abort.signal);
    } finally {
      this.running = null;
      const at = { version: desired.version, started, attempts: this.attempt.attempts };
      this.after(await this.recorder.record(outcome, at, async () => (await this.target?.store.observedHead()) ?? null));
    }
    if (outcome.kind === 'ok' && outcome.deployed) await this.maintain(outcome.payload);
  }

  /** Admits the payload, opens its target and converges it under the store's lock. */
  private async run(desired: Desired, started: number, aborted: AbortSignal): Promise<Outcome> {
    let payload: Payload | null = null;
    try {
      payload = await this.deps.admission.admit(desired.data, desired.version);
      const target = await this.targetFor(payload);
      const log = this.deps.log.child({ commit: payload.commitId });
      const git = this.gitContext(AbortSignal.any([this.deps.signal, aborted]));
      const run: Run = { payload, version: desired.version, started, target, log, git };
      return await this.deps.locks.with(target.store.root, () => this.converge(run));
    } catch (err) {
      return this.failure(err, payload, aborted);
    }
  }

  private async targetFor(payload: Payload): Promise<Target> {
    const format = payload.commitId.length === 64 ? 'sha256' : 'sha1';
    const store = await this.deps.stores.open(this.policy.app, payload.relativePath, format);
    if (this.target?.store.root === store.root) return this.target;
    await this.target?.watcher?.stop();
    this.verified = null;
    this.target = { store, watcher: null };
    return this.target;
  }

  /** Compares the target with the payload and does the one thing needed; a fetch started early ends before the lock is released. */
  private async converge(run: Run): Promise<Outcome> {
    const early = this.prefetch(run);
    try {
      return await this.convergeTarget(run, early);
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
    if (await store.has(run.payload.commitId)) return 'present';
    return (await this.fetchIfMissing(run, false)) ? 'fetched' : 'superseded';
  }

  private async convergeTarget(run: Run, early: Promise<EarlyFetch>): Promise<Outcome> {
    const { store } = run.target;
    const observed = await store.observe();
    if (observed.kind === 'foreign') {
      throw new ZkDeployError(ErrorCode.TARGET_NOT_A_CHECKOUT, `${store.target} ${observed.why}; refusing to replace it`, {
        hint: 'move it away or publish another relativePath',
        failure: 'stalling',
      });
    }
    const active = observed.kind === 'release' ? observed.slot : null;
    await store.ensure(active, this.gitContext());
    this.startWatcher(run.target);
    // Armed before the drift check below, so a change is seen either by that check or by the watcher.
    if (active) await run.target.watcher?.setActive(active, await store.headFileOf(active));
    const drift = await this.driftOf(store, observed);
    if (drift.length > 0) {
      const handled = await this.onDrift(run, observed, drift);
      if (handled) return handled;
    }
    if (observed.kind === 'release' && observed.head === run.payload.commitId && drift.length === 0) {
      if (!observed.marker) await store.restoreMarker(observed.slot, observed.head);
      return this.settle(run, observed.slot, observed.marker?.exec === 'pending');
    }
    return this.deploy(run, active, headOf(observed), early);
  }

  /**
   * Local changes of what is at the target: none when the active release is
   * the one last proven clean and the watcher saw nothing since (no git
   * process); otherwise a moved HEAD and `git status`.
   */
  private async driftOf(store: ReleaseStoreOps, observed: Observed): Promise<string[]> {
    if (observed.kind === 'missing' || observed.kind === 'foreign') return [];
    const expected = observed.kind === 'release' ? observed.marker?.commit ?? observed.head : observed.head;
    const slot = observed.kind === 'release' ? observed.slot : null;
    // Without a watch on every directory (--max-drift-watches) an earlier clean check proves nothing now.
    const watched = this.target?.watcher?.complete !== false;
    if (watched && slot !== null && this.verified?.slot === slot && this.verified.commit === observed.head && expected === observed.head) return [];
    const paths = observed.head !== expected || observed.head === null ? ['HEAD'] : [];
    paths.push(...(await store.localChanges(observed, this.gitContext())));
    if (paths.length === 0 && slot !== null && observed.head) this.verified = { slot, commit: observed.head };
    return paths;
  }

  /**
   * Without --self-heal, drift is the outcome. With it, drift is reported on
   * the way, then the active release is repaired when it holds the commit
   * (an outcome), or null: a fresh release is deployed over it.
   */
  private async onDrift(run: Run, observed: Observed, paths: string[]): Promise<Outcome | null> {
    const head = headOf(observed);
    this.verified = null;
    run.log.warn({ paths: paths.slice(0, 100), selfHeal: this.policy.selfHeal }, 'checkout drifted');
    if (!this.policy.selfHeal) return { kind: 'drifted', payload: run.payload, head, paths };
    await this.recorder.driftRepairing(this.factsOf(run), head, paths);
    if (observed.kind === 'release' && (observed.head === run.payload.commitId || observed.marker?.commit === run.payload.commitId)) {
      const slot = observed.slot;
      // The watcher sees our own writes too; they only cost one more clean `git status`.
      await this.drained(() => run.target.store.repair(slot, run.payload.commitId, this.gitContext()));
      this.verified = { slot, commit: run.payload.commitId };
      return this.settle(run, slot, false);
    }
    run.log.warn({ paths: paths.slice(0, 100) }, 'checkout drifted; self-heal deploys a fresh release over it');
    return null;
  }

  /** The target already holds the commit: finish a pending --exec; `ok`. */
  private async settle(run: Run, slot: string, execPending: boolean): Promise<Outcome> {
    if (execPending && this.policy.exec) await this.drained(() => this.finishExec(run, slot));
    return { kind: 'ok', payload: run.payload, deployed: false };
  }

  /**
   * deploying → fetch (if missing) → prepare an inactive release → --check →
   * swap → --exec → ok; stops early when superseded. The `deploying` record
   * (for a deploy still preparing after --deploying-after) is written while
   * the release is prepared (nothing the target shows changes before the
   * swap), and always lands before the swap and before any later record.
   */
  private async deploy(run: Run, active: string | null, head: string | null, early: Promise<EarlyFetch>): Promise<Outcome> {
    const { store } = run.target;
    this.attempt.attempts++;
    const deploying = this.reportDeploying(run, head);
    let slot: Slot;
    const choosing = store.chooseSlot(run.payload.commitId, active);
    let prepared = false;
    try {
      const [picked, fetched] = await Promise.all([choosing, early]);
      slot = picked;
      if (fetched === 'superseded') return { kind: 'superseded' };
      if (fetched === 'not-started') {
        const present = slot.head === run.payload.commitId || (await store.has(run.payload.commitId));
        if (!(await this.fetchIfMissing(run, present))) return { kind: 'superseded' };
      }
      run.log.info({ release: slot.path, reuse: slot.exists }, 'checking out');
      await store.prepare(slot, run.payload.commitId, { url: run.payload.url, treeLimits: this.policy.treeLimits }, run.git);
      prepared = true;
      if (!(await this.checkRelease(run, slot))) return { kind: 'superseded' };
    } finally {
      // A new release never prepared (superseded, or the fetch or the tree limits failed) goes, with its early links.
      if (!prepared) {
        const chosen = await choosing.catch(() => null);
        if (chosen) await store.abandon(chosen);
      }
      await deploying();
    }
    return this.activateRelease(run, slot.path);
  }

  /**
   * Writes `deploying` at once, or with --deploying-after only once the
   * deploy has run that long: a deploy that is done sooner reports `ok`
   * alone, one ZooKeeper write instead of two. The returned function stops
   * the timer and waits for a write already started (StatusWriter logs a
   * failed write; it never rejects).
   */
  private reportDeploying(run: Run, head: string | null): () => Promise<void> {
    const write = () => this.recorder.progress(this.factsOf(run), 'deploying', head, null);
    const afterMs = this.policy.deployingAfterMs ?? 0;
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
    if (present) return true;
    if (this.policy.splayMs > 0) {
      const delayMs = Math.round(Math.random() * this.policy.splayMs);
      run.log.debug({ delayMs }, 'waiting --splay before fetching');
      await sleep(delayMs, run.git.signal);
    }
    if (this.superseded(run)) return false;
    run.log.info({ url: redactUrl(run.payload.url) }, 'fetching');
    const notice = await run.target.store.fetch(run.payload.url, run.payload.commitId, run.git);
    if (notice) run.log.warn({ url: redactUrl(run.payload.url) }, notice);
    return !this.superseded(run);
  }

  /** Runs --check in the prepared release; false when superseded meanwhile. */
  private async checkRelease(run: Run, slot: Slot): Promise<boolean> {
    if (this.policy.check) {
      run.log.info('running --check');
      const facts = this.facts(run, slot.path);
      await runReleaseCommand({ kind: 'check', command: this.policy.check, cwd: slot.path, facts, timeoutMs: this.policy.execTimeoutMs, signal: run.git.signal as AbortSignal });
    }
    return !this.superseded(run);
  }

  /**
   * Swaps the release in, runs --exec (out of rotation with
   * --drain-during-deploy), forgets old releases. The digest of the
   * release's names goes into its marker (ReleaseStore.activate), taken from
   * the walk that arms the drift watcher on it.
   */
  private async activateRelease(run: Run, slot: string): Promise<Outcome> {
    const { store } = run.target;
    const { commitId } = run.payload;
    // --check ran in the release and may have left files there: the names are then not the clean ones.
    const names = this.policy.check ? null : new TreeNames();
    // Watched before the swap, so no edit after it can be missed (the release is complete and idle by now).
    const walked = await run.target.watcher?.setActive(slot, await store.headFileOf(slot), names ?? undefined);
    const tree = names === null ? null : walked ? names.digest() : 'list';
    await this.drained(async () => {
      await store.activate(slot, commitId, this.policy.exec !== undefined, tree);
      this.verified = { slot, commit: commitId };
      run.log.info({ release: slot }, 'activated');
      if (this.policy.exec) await this.finishExec(run, slot);
    });
    await store.prune(slot, this.gitContext()).catch((err: unknown) => run.log.warn({ err }, 'could not remove old releases'));
    return { kind: 'ok', payload: run.payload, deployed: true };
  }

  /** Runs the step that changes what the target shows between the activation hooks' drain and restore. */
  private async drained<T>(step: () => Promise<T>): Promise<T> {
    await this.deps.activation?.drain();
    try {
      return await step();
    } finally {
      await this.deps.activation?.restore();
    }
  }

  /** Runs --exec in the target and records in the release marker that it ran. */
  private async finishExec(run: Run, slot: string): Promise<void> {
    run.log.info('running --exec');
    const cwd = run.target.store.target;
    // The agent's signal, not the run's: the release is active, and its command finishes even when a newer config is waiting.
    await runReleaseCommand({ kind: 'exec', command: this.policy.exec as string, cwd, facts: this.facts(run, cwd), timeoutMs: this.policy.execTimeoutMs, signal: this.deps.signal });
    await run.target.store.markExecDone(slot);
  }

  private facts(run: Run, path: string) {
    return { commit: run.payload.commitId, path, app: this.policy.app, host: this.policy.host, configVersion: run.version };
  }

  /** A newer config arrived while this deploy ran: stop before activating; the runner goes again. */
  private superseded(run: Run): boolean {
    const latest = this.desired?.version;
    if (latest === undefined || latest === run.version) return false;
    run.log.info({ version: run.version, latest }, 'superseded by a newer config; skipping to it');
    return true;
  }

  private startWatcher(target: Target): void {
    if (!this.policy.driftWatch || target.watcher) return;
    target.watcher = new DriftWatcher({
      debounceMs: this.policy.driftDebounceMs ?? 300,
      maxWatches: this.policy.maxDriftWatches,
      log: this.deps.log,
      onDrift: (paths) => {
        this.deps.log.debug({ paths: paths.slice(0, 20) }, 'change seen in the active release');
        this.verified = null;
        if (this.attempt.stalled === 'drift') this.attempt.stalled = 'no';
        void this.trigger();
      },
    });
  }

  /** Git settings of a command; `signal` defaults to the agent's (work that must not stop for a newer config). */
  private gitContext(signal: AbortSignal = this.deps.signal): GitContext {
    const { env, config } = this.policy.gitCredentials;
    return { timeoutMs: this.policy.gitTimeoutMs, signal, env, config };
  }

  /** The outcome of a thrown error: superseded when its run was aborted for a newer config, else a classified failure. */
  private failure(err: unknown, payload: Payload | null, aborted: AbortSignal): Outcome {
    if (aborted.aborted || this.deps.signal.aborted) return { kind: 'superseded' };
    return { kind: 'failed', payload, error: statusError(err), class: classifyFailure(err) };
  }

  /** Applies what the recorded outcome calls for next. */
  private after(next: AfterOutcome): void {
    if (next === 'retry') this.scheduleRetry();
    else if (next === 'stalled-failure') this.attempt.stalled = 'failure';
    else if (next === 'stalled-drift') this.attempt.stalled = 'drift';
  }

  /** A run's facts as its status records show them. */
  private factsOf(run: Run): RunFacts & { payload: Payload } {
    return { payload: run.payload, version: run.version, started: run.started, attempts: this.attempt.attempts };
  }

  /** Collects garbage after `ok` is written, so gc is never on the path from publish to a running release. */
  private async maintain(payload: Payload): Promise<void> {
    const target = this.target;
    if (!target || this.deps.signal.aborted) return;
    const log = this.deps.log.child({ commit: payload.commitId });
    await this.deps.locks
      .with(target.store.root, () => target.store.maintain(this.gitContext()))
      .then((ran) => ran && log.info('collected garbage in the release store'))
      .catch((err: unknown) => log.warn({ err }, 'could not collect garbage in the release store'));
  }

  private scheduleRetry(): void {
    const delay = backoffDelay(Math.max(0, this.attempt.attempts - 1), this.policy.retryBaseMs ?? 1000, this.policy.retryMaxMs ?? 60_000);
    this.deps.log.info({ delayMs: delay, attempts: this.attempt.attempts }, 'retrying after a transient failure');
    this.attempt.retryTimer = setTimeout(() => void this.trigger(), delay);
  }

  private resetAttempt(version: number): void {
    if (this.attempt.retryTimer) clearTimeout(this.attempt.retryTimer);
    this.attempt = { version, attempts: 0, stalled: 'no', retryTimer: null };
  }
}
