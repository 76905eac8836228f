/**
 * Chooses the history entry a rollback republishes and builds the payload for
 * it. Bad choices (unknown version, the current one, an invalid entry) are
 * usage errors: exit 2, nothing written.
 */
import { UsageError } from '@zkdeploy/shared/errors';
import { parsePayload, type Payload } from '@zkdeploy/shared/payload';
import type { ZkClient } from '@zkdeploy/shared/zk';
import { ZnodeLayout } from '@zkdeploy/shared/znode-layout';
import { publisherIdentity } from './build-payload.js';
import { defaultRollbackTarget, historyVersions, readHistoryEntries, type HistoryEntry } from './history-entries.js';

export interface RollbackPlan {
  currentVersion: number;
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
  try {
    currentCommit = parsePayload(config.data).commitId;
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
  return { currentVersion: config.stat.version, target: { ...target, payload: target.payload } };
}

/**
 * The payload to republish: the entry's url, commit, path and ref with fresh
 * publishedAt/publishedBy and a message naming the rollback. A signed entry
 * republished without a new key is kept byte for byte instead, so that its
 * signature stays valid for agents that require one.
 */
export function rollbackPayload(plan: RollbackPlan, message: string | undefined, willSign: boolean, now = new Date()): { payload: Payload; verbatim: boolean } {
  const source = plan.target.payload;
  if (source.signature && !willSign) return { payload: source, verbatim: true };
  const { signature: _dropped, publishedAt: _at, publishedBy: _by, ...rest } = source;
  return {
    payload: {
      ...rest,
      message: message ?? `rollback to version ${plan.target.version}${source.message ? `: ${source.message}` : ''}`.slice(0, 4096),
      publishedAt: now.toISOString(),
      publishedBy: publisherIdentity(),
    },
    verbatim: false,
  };
}
