/**
 * The one place a reconcile run's result becomes a status record and
 * metrics (Flux's deferred summary): `record` derives both from the
 * {@link Outcome} the steps returned; `progress` writes the updates a run
 * makes on the way (`deploying`, `drifted` before a --self-heal repair).
 * Every record goes through the app's one StatusWriter.
 */
import type { DeployState, Payload, StatusError } from '@zkdeploy/shared';
import { driftError, type Outcome } from './reconcile-outcome.js';
import type { ReconcileDependencies } from './reconciler-options.js';

/** Which config a record is for, when its run started, and how many deploy attempts that config has had. */
export interface RunFacts {
  payload: Payload | null;
  version: number;
  started: number;
  attempts: number;
}

/** What the reconciler does next: nothing until a trigger, retry with backoff, or wait for the config (or the checkout) to change. */
export type AfterOutcome = 'idle' | 'retry' | 'stalled-failure' | 'stalled-drift';

export class OutcomeRecorder {
  constructor(
    private readonly app: string,
    private readonly deps: Pick<ReconcileDependencies, 'status' | 'metrics' | 'log'>,
  ) {}

  /** Writes the record and metrics `outcome` calls for; `head` reads what the target holds, for a failure's record. */
  async record(outcome: Outcome, at: Omit<RunFacts, 'payload'>, head: () => Promise<string | null>): Promise<AfterOutcome> {
    const seconds = (Date.now() - at.started) / 1000;
    if (outcome.kind === 'superseded') return 'idle';
    const run = { ...at, payload: outcome.payload };
    if (outcome.kind === 'ok') {
      const { commitId, relativePath } = outcome.payload;
      this.deps.metrics?.commit(this.app, commitId, relativePath);
      if (!this.reported(at.version, commitId)) await this.progress(run, 'ok', commitId, null);
      if (outcome.deployed) this.deps.metrics?.deployed(this.app, 'ok', seconds);
      return 'idle';
    }
    if (outcome.kind === 'drifted') {
      await this.progress(run, 'drifted', outcome.head, driftError(outcome.payload.relativePath, outcome.paths, false));
      this.deps.metrics?.deployed(this.app, 'drifted', seconds);
      return 'stalled-drift';
    }
    const state: DeployState = outcome.class === 'rejected' ? 'rejected' : 'failed';
    this.deps.log.error({ err: outcome.error, kind: outcome.class, attempts: at.attempts }, `deploy ${state}`);
    await this.progress(run, state, await head(), { ...outcome.error, class: outcome.class });
    this.deps.metrics?.deployed(this.app, state, seconds);
    return outcome.class === 'transient' ? 'retry' : 'stalled-failure';
  }

  /** With --self-heal: the drift found, reported on the way to its repair. */
  async driftRepairing(run: RunFacts & { payload: Payload }, head: string | null, paths: string[]): Promise<void> {
    await this.progress(run, 'drifted', head, driftError(run.payload.relativePath, paths, true));
    this.deps.metrics?.deployed(this.app, 'drifted', (Date.now() - run.started) / 1000);
  }

  /** Writes one status record through the app's one status writer. */
  async progress(run: RunFacts, state: DeployState, commitId: string | null, error: StatusError | null): Promise<boolean> {
    const attempts = Math.max(1, run.attempts);
    this.deps.metrics?.reported(this.app, state, run.version, attempts);
    return this.deps.status.write({
      state,
      commitId,
      desiredCommitId: run.payload?.commitId ?? null,
      configVersion: run.version,
      error,
      durationMs: state === 'deploying' ? null : Date.now() - run.started,
      attempts,
    });
  }

  /** True when `ok` for this version and commit is already in ZooKeeper (one whose write was lost, or for an older version, is written again). */
  private reported(version: number, commitId: string): boolean {
    const last = this.deps.status.current;
    return last?.state === 'ok' && last.configVersion === version && last.commitId === commitId && this.deps.status.saved;
  }
}
