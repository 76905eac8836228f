/**
 * Writes this host's status record to `B/status/<host>`: create when missing,
 * otherwise an unconditional set (only this host writes its record).
 *
 * With a health check (trackHealth), every record carries `health` and
 * `healthReason`: `unknown` from an activation until the first check of that
 * commit, then the check's verdict, which is written only when it changes.
 */
import {
  ErrorCode,
  encodeStatus,
  hasZkCode,
  retryIdempotent,
  type DeployState,
  type Logger,
  type StatusError,
  type StatusRecord,
  type ZkAcl,
  type ZkClient,
} from '@zkdeploy/shared';
import { AGENT_VERSION } from '../runtime/version.js';
import { readStoredStatus } from './session-anchor.js';

export interface StatusUpdate {
  state: DeployState;
  commitId: string | null;
  desiredCommitId: string | null;
  configVersion: number | null;
  error?: StatusError | null;
  durationMs?: number | null;
  attempts?: number;
  [extra: string]: unknown;
}

export type HealthState = 'healthy' | 'unhealthy' | 'unknown';

export class StatusWriter {
  private last: StatusRecord | null = null;
  /** The health verdict and the commit it was judged on; undefined without a health check. */
  private health: { state: HealthState; reason: string; commit: string } | null | undefined = undefined;
  private lastSaved = false;
  /** The session recorded in every write: readers match it with the owner of this host's live nodes (shared/src/host-anchor.ts). */
  private session: string | null = null;
  /** Writes the last record again after a failed write (retryUnsaved). */
  private retryTimer: NodeJS.Timeout | null = null;
  private retryDelayMs = 0;
  private stopped = false;

  constructor(
    private readonly zk: ZkClient,
    private readonly path: string,
    private readonly host: string,
    private readonly log: Logger,
    private readonly acl?: ZkAcl[],
  ) {}

  /** The last record written (or attempted). */
  get current(): StatusRecord | null {
    return this.last;
  }

  /** False when the last write did not reach ZooKeeper (it must be written again). */
  get saved(): boolean {
    return this.lastSaved;
  }

  /** Every record from now on carries the health fields. */
  trackHealth(): void {
    this.health ??= null;
  }

  /** Records a health verdict on `commit`; rewrites the record only when the verdict changed. Resolves true when it did. */
  async setHealth(state: HealthState, reason: string, commit: string): Promise<boolean> {
    const h = this.health;
    if (h && h.state === state && h.reason === reason && h.commit === commit) return false;
    this.health = { state, reason, commit };
    const last = this.last;
    if (!last || last.state !== 'ok' || last.commitId !== commit) return false;
    await this.write(last);
    return true;
  }

  private healthFields(update: StatusUpdate): { health: HealthState; healthReason: string } | null {
    if (this.health === undefined) return null;
    const h = this.health;
    if (update.state === 'ok' && h && h.commit === update.commitId) return { health: h.state, healthReason: h.reason };
    if (update.state !== 'ok' || (h && h.commit !== update.commitId)) this.health = null;
    return { health: 'unknown', healthReason: update.state === 'ok' ? 'not checked since activation' : `not checked: ${update.state}` };
  }

  /** Writes the record; a ZooKeeper failure is logged, never thrown (the next reconcile writes again). */
  async write(update: StatusUpdate): Promise<boolean> {
    const record: StatusRecord = {
      ...update,
      ...this.healthFields(update),
      host: this.host,
      error: update.error ?? null,
      updatedAt: new Date().toISOString(),
      durationMs: update.durationMs ?? null,
      attempts: update.attempts ?? 1,
      agentVersion: AGENT_VERSION,
    };
    this.last = record;
    this.lastSaved = false;
    try {
      // Encoded per attempt: a retry after a new session carries the new session id.
      await retryIdempotent(() => this.setOrCreate(this.encode(record)), { attempts: 3 });
      this.lastSaved = this.last === record;
      return true;
    } catch (err) {
      this.log.warn({ err, state: record.state }, 'could not write status');
      this.retryUnsaved();
      return false;
    }
  }

  /**
   * Tries the last record again, with growing jittered delays, until it is
   * saved or replaced. A write can fail with the connection up (timeouts on
   * an overloaded ensemble), and then no reconnect comes to trigger the
   * resync that would write it: with 1,000 agents such hosts stayed
   * `deploying` until the periodic resync (docs/scale.md, "Status writes
   * under load").
   */
  private retryUnsaved(): void {
    if (this.retryTimer || this.stopped) return;
    this.retryDelayMs = Math.min(30_000, Math.max(1000, this.retryDelayMs * 2));
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      const record = this.last;
      if (this.stopped || !record || this.lastSaved) {
        this.retryDelayMs = 0;
        return;
      }
      this.setOrCreate(this.encode(record)).then(
        () => {
          if (this.last === record) this.lastSaved = true;
          this.retryDelayMs = 0;
        },
        (err: unknown) => {
          this.log.debug({ err }, 'status write retry failed');
          this.retryUnsaved();
        },
      );
    }, this.retryDelayMs * (0.5 + Math.random() / 2));
  }

  /** Stops retrying (the agent is stopping). */
  stop(): void {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  /**
   * Records a new ZooKeeper session: rewrites the last record (before the
   * first one, what the node holds) with it. Called at start and on every new
   * session; a failure is logged, never thrown.
   */
  async recordSession(sessionId: string): Promise<boolean> {
    this.session = sessionId;
    try {
      await retryIdempotent(async () => {
        const base = this.last ?? (await readStoredStatus(this.zk, this.path, this.host));
        await this.setOrCreate(this.encode(base as StatusRecord));
        // A first record written meanwhile must not be replaced by the stored one.
        if (this.last && base !== this.last) await this.setOrCreate(this.encode(this.last));
      }, { attempts: 3 });
      return true;
    } catch (err) {
      const hint = hasZkCode(err, ErrorCode.ZK_NO_AUTH) ? `this identity may not write ${this.path}: provision the host with \`zkdeploy host add ${this.host}\`` : undefined;
      this.log.warn({ err, hint }, 'could not record the ZooKeeper session in the status record');
      return false;
    }
  }

  private encode(record: StatusRecord): Buffer {
    return encodeStatus(this.session ? { ...record, session: this.session } : record);
  }

  private async setOrCreate(data: Buffer): Promise<void> {
    try {
      await this.zk.set(this.path, data, -1);
    } catch (err) {
      if (!hasZkCode(err, ErrorCode.ZK_NO_NODE)) throw err;
      try {
        await this.zk.create(this.path, data, 'persistent', this.acl);
      } catch (createErr) {
        // Created meanwhile (our own earlier attempt whose answer was lost): set it.
        if (!hasZkCode(createErr, ErrorCode.ZK_NODE_EXISTS)) throw createErr;
        await this.zk.set(this.path, data, -1);
      }
    }
  }
}
