/**
 * EphemeralNode recipe: keeps one ephemeral znode (a live registration) for
 * as long as it runs, re-creating it after a new session and if it is deleted.
 *
 * ZooKeeper caveats: an ephemeral lives exactly as long as the session that
 * made it, so after LOST it is gone and must be made again; and a process that
 * restarts (or a client that replaced a presumed-expired session) faster than
 * the session timeout finds its previous session's node still there (a stale
 * ephemeral). A node whose owner is one of our sessions — this process's
 * earlier ones, or the one recorded in `sessionFile` by the previous run — is
 * ours: it is deleted and made again at once. So is a node whose data the
 * caller recognises as its own (`ownsData`: the agent's names its base dir's
 * instance, which no other live process can hold), which covers a previous
 * run whose session file could not be written (a full disk). A node of any
 * other session is waited out until it expires; if it outlives the session
 * timeout it belongs to a live process using the same name, and registration
 * fails with ERR_HOST_CONFLICT.
 */
import { constants } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { ErrorCode } from '../errors.js';
import { ConnectionState } from '../zk/connection-state.js';
import type { ZkClient, ZkWatcher } from '../zk/zk-client.js';
import type { ZkAcl } from '../zk/zk-acl.js';
import { ZkError, hasZkCode } from '../zk/zk-errors.js';
import { backoffDelay, retryIdempotent } from '../zk/retry.js';

export interface EphemeralNodeOptions {
  /** How long to wait for a node of another session to go before refusing; default the session timeout plus 2 s. */
  staleWaitMs?: number;
  /** Called when re-creating after a new session (or after a deletion) fails. */
  onError?: (err: unknown) => void;
  /**
   * A file in which to remember the owning session id, so that a restarted
   * process recognises the node its previous run left behind and replaces it
   * at once instead of waiting for it to expire.
   */
  sessionFile?: string;
  /**
   * Called when `sessionFile` could not be written (a full disk): the node is
   * registered all the same, and a restart recognises it by `ownsData`.
   */
  onSessionFileError?: (err: unknown) => void;
  /** ACL of the node (ACLs are not inherited; default the open ACL). */
  acl?: ZkAcl[];
  /**
   * Recognises a node left by an earlier run of this same installation from
   * its data (untrusted: any session could have written it), so that it is
   * replaced at once even when `sessionFile` does not name its session.
   */
  ownsData?: (data: Buffer) => boolean;
}

export class EphemeralNode {
  private stopped = false;
  private readonly unsubscribe: () => void;
  private ensuring: Promise<void> | null = null;
  /** Tries a failed re-creation again (reensure). */
  private retryTimer: NodeJS.Timeout | null = null;
  /** Hex ids of sessions whose node at `path` was ours. */
  private readonly ownSessions = new Set<string>();
  private readonly onNodeEvent: ZkWatcher = (event) => {
    if (this.stopped) return;
    if (event.type === 'deleted') this.reensure();
    // Watches are one-shot: an update of our own data used this one up. A delete
    // that lands before the re-arm is seen by it (no node) and not as an event.
    else
      void this.client
        .exists(this.path, { watch: this.onNodeEvent })
        .then((stat) => {
          if (!stat && !this.stopped) this.reensure();
        })
        .catch(() => undefined);
  };

  private constructor(
    private readonly client: ZkClient,
    readonly path: string,
    private data: Buffer,
    private readonly options: EphemeralNodeOptions,
  ) {
    this.unsubscribe = client.onStateChange((change) => {
      if (change.state === ConnectionState.RECONNECTED && change.newSession) this.reensure();
    });
  }

  /**
   * Creates the node and keeps it. A stale node of our own previous session is
   * replaced; one of another session is waited out; rejects with
   * ERR_HOST_CONFLICT if another live session still holds it after that.
   */
  static async register(client: ZkClient, path: string, data: Buffer, options: EphemeralNodeOptions = {}): Promise<EphemeralNode> {
    const node = new EphemeralNode(client, path, data, options);
    try {
      await node.loadPreviousSession();
      await node.ensure();
    } catch (err) {
      node.stopped = true;
      node.unsubscribe();
      throw err;
    }
    return node;
  }

  /** The session that owns the node now, or null while it is being (re)made. */
  get ownerSessionId(): string | null {
    return this.client.sessionId && this.ownSessions.has(this.client.sessionId) ? this.client.sessionId : null;
  }

  /** Replaces the node's data (also used when it is re-created). */
  async update(data: Buffer): Promise<void> {
    this.data = data;
    await retryIdempotent(() => this.client.set(this.path, data), { attempts: 3 });
  }

  /** Deletes the node (if ours) and stops re-creating it. */
  async remove(): Promise<void> {
    this.stopped = true;
    this.unsubscribe();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const stat = await this.client.exists(this.path).catch(() => null);
    if (stat?.ephemeralOwner && this.ownSessions.has(stat.ephemeralOwner)) {
      await this.client.delete(this.path, stat.version).catch(() => undefined);
    }
  }

  /**
   * Re-creates the node after a new session, and keeps trying (capped
   * backoff) when that fails: one failed attempt (a timeout on an overloaded
   * ensemble) left a host unregistered until its next session, and 89 of
   * 1,000 agents offline after a leader kill (docs/scale.md).
   */
  private reensure(attempt = 0): void {
    this.ensure().catch((err) => {
      this.options.onError?.(err);
      if (this.stopped || this.retryTimer) return;
      this.retryTimer = setTimeout(() => {
        this.retryTimer = null;
        if (!this.stopped) this.reensure(attempt + 1);
      }, backoffDelay(attempt, 1000, 30_000));
    });
  }

  /** One (re)creation at a time; a request during one joins it. */
  private ensure(): Promise<void> {
    this.ensuring ??= this.createOrAdopt().finally(() => {
      this.ensuring = null;
    });
    return this.ensuring;
  }

  private async createOrAdopt(): Promise<void> {
    const deadline = Date.now() + (this.options.staleWaitMs ?? this.client.negotiatedSessionTimeoutMs + 2000);
    while (!this.stopped) {
      try {
        await this.client.whenConnected(this.client.negotiatedSessionTimeoutMs);
        await this.client.createOnce(this.path, this.data, 'ephemeral', { acl: this.options.acl });
        await this.adopted();
        return;
      } catch (err) {
        if (!hasZkCode(err, ErrorCode.ZK_NODE_EXISTS)) throw err;
      }
      const node = await this.client.get(this.path);
      if (!node) continue;
      const { stat } = node;
      const owner = stat.ephemeralOwner;
      if (owner !== null && owner === this.client.sessionId) {
        await this.adopted();
        return;
      }
      if (owner !== null && (this.ownSessions.has(owner) || this.options.ownsData?.(node.data) === true)) {
        // Left by a session of ours that is gone or going: ours to replace now.
        const replaced = await this.client.delete(this.path, stat.version).then(
          () => true,
          (err: unknown) => {
            if (hasZkCode(err, ErrorCode.ZK_NO_NODE)) return true;
            // Per-host identities grant no DELETE on the parent (app-acl.ts): wait for that session to expire instead.
            if (hasZkCode(err, ErrorCode.ZK_NO_AUTH)) return false;
            throw err;
          },
        );
        if (replaced) continue;
      }
      if (Date.now() >= deadline) throw this.conflict(owner);
      await this.waitForDeletion(deadline);
    }
  }

  /** Records the current session as the owner and watches the node for deletion. */
  private async adopted(): Promise<void> {
    const session = this.client.sessionId;
    if (session) {
      this.ownSessions.add(session);
      await this.saveSession(session);
    }
    const stat = await this.client.exists(this.path, { watch: this.onNodeEvent });
    if (!stat && !this.stopped) throw new ZkError(ErrorCode.ZK_NO_NODE, `${this.path} vanished right after it was created`, { path: this.path });
  }

  private conflict(owner: string | null): ZkError {
    return new ZkError(
      ErrorCode.HOST_CONFLICT,
      `${this.path} is held by another live ZooKeeper session (${owner ?? 'a persistent node'}), so this process cannot register under that name`,
      { path: this.path, hint: 'another agent runs with the same --host; stop it or give each agent a unique host name' },
    );
  }

  private async loadPreviousSession(): Promise<void> {
    if (!this.options.sessionFile) return;
    try {
      const saved = JSON.parse(await readFile(this.options.sessionFile, 'utf8')) as { path?: unknown; sessionId?: unknown };
      if (saved.path === this.path && typeof saved.sessionId === 'string') this.ownSessions.add(saved.sessionId);
    } catch {
      // No file yet, or unreadable: nothing to recognise.
    }
  }

  /**
   * Records the session in `sessionFile`, best effort: the file only spares a
   * restart the wait for this node to expire, so a file that cannot be
   * written (a full disk) is reported, never a failed registration (chaos
   * seed 1619732598: an agent restarted into a full disk exited).
   */
  private async saveSession(sessionId: string): Promise<void> {
    const file = this.options.sessionFile;
    if (!file) return;
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      // Not through a symlink put in its place; readable by the agent alone (issue 23).
      await writeFile(tmp, `${JSON.stringify({ path: this.path, sessionId })}\n`, { flag: constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, mode: 0o600 });
      await rename(tmp, file);
    } catch (err) {
      await rm(tmp, { force: true }).catch(() => undefined);
      this.options.onSessionFileError?.(err);
    }
  }

  private waitForDeletion(deadline: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, Math.max(0, deadline - Date.now()));
      const done = (): void => {
        clearTimeout(timer);
        resolve();
      };
      const watch: ZkWatcher = (event) => {
        if (event.type === 'deleted') done();
      };
      this.client.exists(this.path, { watch }).then((stat) => {
        if (!stat) done();
      }, done);
    });
  }
}
