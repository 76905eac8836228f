/**
 * Chooses the history entry a rollback republishes and builds the payload for
 * it. Bad choices (unknown version, the current one, an invalid entry) are
 * usage errors: exit 2, nothing written.
 *
 * A rollback never re-uses an old signature: agents refuse a payload whose
 * signed sequence is lower than one they accepted, which is exactly what an
 * old history entry is. It re-signs with --sign-key (a new sequence), and
 * only what that key signed before (checkRollbackSigning).
 */
import { UsageError } from '@zkdeploy/shared/errors';
import { parsePayload, type Payload } from '@zkdeploy/shared/payload';
import type { ZkClient } from '@zkdeploy/shared/zk';
import { ZnodeLayout } from '@zkdeploy/shared/znode-layout';
import { publisherIdentity } from './build-payload.js';
import { defaultRollbackTarget, historyVersions, readHistoryEntries, type HistoryEntry } from './history-entries.js';

export interface RollbackPlan {
  currentVersion: number;
  /** The current config carries a signature: its agents probably require one. */
  currentSigned: boolean;
  target: HistoryEntry & { payload: Payload };
}

function knownVersions(versions: number[]): string {
  if (versions.length === 0) return 'history is empty';
  const shown = versions.slice(0, 10).join(', ');
  return `known versions: ${shown}${versions.length > 10 ? ', …' : ''}`;
}

/** Reads the config and history and picks the target (`to`, or the default). */
export async function planRollback(zk: ZkClient, app: string, to: number | undefined): Promise<RollbackPlan> {
  const config = await zk.get(new ZnodeLayout(app).config);
  if (!config) throw new UsageError(`nothing is published to ${app} yet, so there is nothing to roll back`);
  let currentCommit: string | null = null;
  let currentSigned = false;
  try {
    const current = parsePayload(config.data);
    currentCommit = current.commitId;
    currentSigned = current.signature !== undefined;
  } catch {
    // An invalid current config is exactly what a rollback may be for.
  }
  const versions = await historyVersions(zk, app);
  let target: HistoryEntry | null;
  if (to !== undefined) {
    if (to === config.stat.version) throw new UsageError(`version ${to} is already the current config of ${app}`, { hint: 'pick an earlier version from `zkdeploy history`' });
    if (!versions.includes(to)) throw new UsageError(`${app} has no history entry for version ${to} (${knownVersions(versions)})`, { hint: 'see `zkdeploy history`' });
    target = (await readHistoryEntries(zk, app, [to]))[0] ?? null;
    if (!target) throw new UsageError(`history entry ${to} of ${app} disappeared while reading it`);
  } else {
    const older = versions.filter((v) => v < config.stat.version);
    target = defaultRollbackTarget(await readHistoryEntries(zk, app, older), config.stat.version, currentCommit);
    if (!target) throw new UsageError(`${app} has no earlier version with a different commit to roll back to`, { hint: 'see `zkdeploy history`; use --to VERSION' });
  }
  if (!target.payload) throw new UsageError(`history entry ${target.version} of ${app} is not a valid payload: ${target.invalid ?? 'unknown reason'}`);
  return { currentVersion: config.stat.version, currentSigned, target: { ...target, payload: target.payload } };
}

/** The part of a signer a rollback needs (signing-key.ts's PayloadSigner). */
export interface RollbackSigner {
  keyFile: string;
  assertSignedByMe(payload: Payload, app: string, what: string): void;
}

/**
 * Without a key, refuses to roll back an app that signs (the target or the
 * current config is signed): the result would be unsigned, and agents with
 * --trust-key would reject it. With a key, refuses a target this key did not
 * sign: re-signing would bless whatever someone wrote into the history.
 */
export function checkRollbackSigning(plan: RollbackPlan, app: string, signer: RollbackSigner | undefined): void {
  const what = `history entry ${plan.target.version} of ${app}`;
  if (signer) return signer.assertSignedByMe(plan.target.payload, app, what);
  if (!plan.target.payload.signature && !plan.currentSigned) return;
  throw new UsageError(
    `${plan.target.payload.signature ? what : `the current config of ${app}`} is signed, and a rollback without --sign-key would publish it unsigned (agents with --trust-key reject that, and never accept an old signature again); nothing was written`,
    { hint: 'run `zkdeploy rollback --sign-key <key>`: it re-signs the old payload with a new sequence' },
  );
}

/**
 * The payload to republish: the entry's url, commit, path and ref with fresh
 * publishedAt/publishedBy and a message naming the rollback, without the
 * entry's signature and signed fields (a signed rollback signs anew).
 */
export function rollbackPayload(plan: RollbackPlan, message: string | undefined, now = new Date()): Payload {
  const source = plan.target.payload;
  const { signature: _dropped, app: _app, sequence: _seq, expiresAt: _exp, publishedAt: _at, publishedBy: _by, ...rest } = source;
  return {
    ...rest,
    message: message ?? `rollback to version ${plan.target.version}${source.message ? `: ${source.message}` : ''}`.slice(0, 4096),
    publishedAt: now.toISOString(),
    publishedBy: publisherIdentity(),
  };
}
