/**
 * The level-triggered reconcile loop of one app: read desired → compare with
 * observed → act in small steps → always write status. Runs are serialised
 * and coalesced, so a burst of publishes ends at the last one.
 */
import {
  CoalescingRunner,
  ErrorCode,
  ZkDeployError,
  backoffDelay,
  parsePayload,
  type Logger,
  type Payload,
  type ZkClient,
  type ZkStat,
} from '@zkdeploy/shared';
import { classifyFailure, statusError } from './error-class.js';
import { checkoutDetached, cloneInto, fetchCommit, hasCommit, isCheckout, localChanges, pathExists, readDetachedHead, type GitContext } from './git-checkout.js';
import type { ActivationHooks } from './activation-hooks.js';
import type { StatusWriter } from './status-writer.js';
import { resolveTarget } from './target-path.js';

export interface ReconcilerOptions {
  zk: ZkClient;
  baseDir: string;
  allowUrls: string[];
  gitTimeoutMs: number;
  status: StatusWriter;
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
  stalled: boolean;
  retryTimer: NodeJS.Timeout | null;
}

export class Reconciler {
  private desired: Desired | null = null;
  private attempt: Attempt = { version: -1, attempts: 0, stalled: false, retryTimer: null };
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

  stop(): void {
    if (this.attempt.retryTimer) clearTimeout(this.attempt.retryTimer);
  }

  private async reconcile(): Promise<void> {
    const desired = this.desired;
    if (!desired || !this.o.zk.isConnected || this.o.signal.aborted) return;
    if (desired.version !== this.attempt.version) this.resetAttempt(desired.version);
    if (this.attempt.stalled) return;
    let payload: Payload | null = null;
    const started = Date.now();
    try {
      payload = this.checkPolicy(parsePayload(desired.data));
      const target = await resolveTarget(this.o.baseDir, payload.relativePath);
      if (await this.alreadyApplied(target, payload, desired.version)) return;
      this.attempt.attempts++;
      await this.write('deploying', payload, desired.version, null, started);
      await this.deploy(target, payload);
      await this.write('ok', payload, desired.version, payload.commitId, started);
    } catch (err) {
      await this.onFailure(err, payload, desired.version, started);
    }
  }

  private checkPolicy(payload: Payload): Payload {
    if (this.o.allowUrls.length > 0 && !this.o.allowUrls.some((prefix) => payload.url.startsWith(prefix))) {
      throw new ZkDeployError(ErrorCode.PAYLOAD_NOT_ALLOWED, `url ${payload.url} is not allowed by this agent's --allow-url list`, {
        hint: `allowed prefixes: ${this.o.allowUrls.join(', ')}`,
      });
    }
    return payload;
  }

  /** Nothing to do when the last record is ok for this version and HEAD (read without git) still matches. */
  private async alreadyApplied(target: string, payload: Payload, version: number): Promise<boolean> {
    const last = this.o.status.current;
    if (last?.state !== 'ok' || last.desiredCommitId !== payload.commitId) return false;
    if ((await readDetachedHead(target)) !== payload.commitId) return false;
    // An ok whose write was lost (disconnected) or that is for an older version is written again.
    if (last.configVersion !== version || !this.o.status.saved) await this.write('ok', payload, version, payload.commitId, Date.now());
    return true;
  }

  private async deploy(target: string, payload: Payload): Promise<void> {
    const ctx: GitContext = { timeoutMs: this.o.gitTimeoutMs, signal: this.o.signal };
    const log = this.o.log.child({ commit: payload.commitId, path: payload.relativePath });
    if (!(await pathExists(target))) {
      log.info('cloning');
      await this.activate(() => cloneInto(target, payload.url, payload.commitId, ctx));
      return;
    }
    if (!(await isCheckout(target))) {
      throw new ZkDeployError(ErrorCode.TARGET_NOT_A_CHECKOUT, `${target} exists but is not a git checkout; refusing to overwrite it`, {
        hint: 'move the directory away or publish another relativePath',
      });
    }
    const changes = await localChanges(target, ctx);
    if (changes.length > 0) {
      throw new ZkDeployError(ErrorCode.LOCAL_CHANGES, `checkout has local changes in ${changes.slice(0, 5).join(', ')}${changes.length > 5 ? ', …' : ''}`, {
        hint: 'commit or discard the local changes, or run the agent with --self-heal',
        details: { paths: changes },
      });
    }
    if (!(await hasCommit(target, payload.commitId, ctx))) {
      log.info('fetching');
      await fetchCommit(target, payload.url, payload.commitId, ctx);
    }
    await this.activate(() => checkoutDetached(target, payload.commitId, ctx));
  }

  /** Runs the step that changes the checkout between the activation hooks' drain and restore. */
  private async activate(step: () => Promise<void>): Promise<void> {
    await this.o.activation?.drain();
    try {
      await step();
    } finally {
      await this.o.activation?.restore();
    }
  }

  private async onFailure(err: unknown, payload: Payload | null, version: number, started: number): Promise<void> {
    if (this.o.signal.aborted) return;
    const error = statusError(err);
    const kind = classifyFailure(err);
    const head = payload ? await this.currentHead(payload) : null;
    if (err instanceof ZkDeployError && err.code === ErrorCode.LOCAL_CHANGES) {
      this.attempt.stalled = true;
      this.o.log.warn({ err: error }, 'checkout has local changes; not deploying');
      await this.write('drifted', payload, version, head, started, { ...error, paths: err.details?.['paths'] });
      return;
    }
    const state = kind === 'rejected' ? 'rejected' : 'failed';
    this.o.log.error({ err: error, kind, attempts: this.attempt.attempts }, `deploy ${state}`);
    await this.write(state, payload, version, head, started, error);
    if (kind === 'transient') this.scheduleRetry();
    else this.attempt.stalled = true;
  }

  private async currentHead(payload: Payload): Promise<string | null> {
    try {
      return await readDetachedHead(await resolveTarget(this.o.baseDir, payload.relativePath));
    } catch {
      return null;
    }
  }

  private scheduleRetry(): void {
    const delay = backoffDelay(this.attempt.attempts - 1, 1000, 60_000);
    this.o.log.info({ delayMs: delay }, 'retrying after a transient failure');
    this.attempt.retryTimer = setTimeout(() => void this.trigger(), delay);
  }

  private resetAttempt(version: number): void {
    if (this.attempt.retryTimer) clearTimeout(this.attempt.retryTimer);
    this.attempt = { version, attempts: 0, stalled: false, retryTimer: null };
  }

  private write(
    state: 'deploying' | 'ok' | 'failed' | 'rejected' | 'drifted',
    payload: Payload | null,
    version: number,
    commitId: string | null,
    started: number,
    error: Record<string, unknown> | null = null,
  ): Promise<boolean> {
    return this.o.status.write({
      state,
      commitId,
      desiredCommitId: payload?.commitId ?? null,
      configVersion: version,
      error: error as never,
      durationMs: state === 'deploying' ? null : Date.now() - started,
      attempts: Math.max(1, this.attempt.attempts),
    });
  }
}
