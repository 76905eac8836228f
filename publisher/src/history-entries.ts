/**
 * Reads `B/history` (untrusted znode data: an entry that is not a valid
 * payload is kept with the reason, never a crash) and picks rollback targets.
 */
import { parsePayload, type Payload } from '@zkdeploy/shared/payload';
import type { ZkClient } from '@zkdeploy/shared/zk';
import { ZnodeLayout, parseHistoryNodeName } from '@zkdeploy/shared/znode-layout';

export interface HistoryEntry {
  version: number;
  payload: Payload | null;
  /** Why the entry is not a valid payload. */
  invalid?: string;
}

/** All history versions, newest first. */
export async function historyVersions(zk: ZkClient, app: string): Promise<number[]> {
  const names = (await zk.children(new ZnodeLayout(app).history)) ?? [];
  return names
    .map(parseHistoryNodeName)
    .filter((v): v is number => v !== null)
    .sort((a, b) => b - a);
}

/** Reads the given history entries (pipelined), in the order given. */
export async function readHistoryEntries(zk: ZkClient, app: string, versions: number[]): Promise<HistoryEntry[]> {
  const layout = new ZnodeLayout(app);
  const nodes = await Promise.all(versions.map((v) => zk.get(layout.historyEntry(v))));
  return versions.flatMap((version, i): HistoryEntry[] => {
    const node = nodes[i];
    if (!node) return [];
    try {
      return [{ version, payload: parsePayload(node.data) }];
    } catch (err) {
      return [{ version, payload: null, invalid: (err as Error).message }];
    }
  });
}

/**
 * The default rollback target: the newest valid entry older than the current
 * version whose commit differs from the current one (re-publishing the same
 * commit would change nothing on the hosts).
 */
export function defaultRollbackTarget(entries: HistoryEntry[], currentVersion: number, currentCommit: string | null): HistoryEntry | null {
  return (
    [...entries]
      .sort((a, b) => b.version - a.version)
      .find((e) => e.version < currentVersion && e.payload !== null && e.payload.commitId !== currentCommit) ?? null
  );
}
