/**
 * Writes this host's status record to `B/status/<host>`: create when missing,
 * otherwise an unconditional set (only this host writes its record).
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

export class StatusWriter {
  private last: StatusRecord | null = null;
  private lastSaved = false;

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

  /** Writes the record; a ZooKeeper failure is logged, never thrown (the next reconcile writes again). */
  async write(update: StatusUpdate): Promise<boolean> {
    const record: StatusRecord = {
      ...update,
      host: this.host,
      error: update.error ?? null,
      updatedAt: new Date().toISOString(),
      durationMs: update.durationMs ?? null,
      attempts: update.attempts ?? 1,
      agentVersion: AGENT_VERSION,
    };
    this.last = record;
    this.lastSaved = false;
    const data = encodeStatus(record);
    try {
      await retryIdempotent(() => this.setOrCreate(data), { attempts: 3 });
      this.lastSaved = this.last === record;
      return true;
    } catch (err) {
      this.log.warn({ err, state: record.state }, 'could not write status');
      return false;
    }
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
