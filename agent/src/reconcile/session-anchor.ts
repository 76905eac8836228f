/**
 * The agent's side of the session anchor (shared/src/host-anchor.ts): whether
 * the app wants it, and what the host's status node holds before the first
 * write of a run (its previous run's record, or nothing when `host add` just
 * provisioned it), as a base for recording a new session without losing it.
 */
import { parseHostIdentities, type ZkClient } from '@zkdeploy/shared';

/** The node's JSON object with `host` set, or `{host}` when it is missing, empty or not an object. */
export async function readStoredStatus(zk: ZkClient, path: string, host: string): Promise<Record<string, unknown>> {
  const node = await zk.get(path);
  try {
    const value: unknown = node && node.data.length > 0 ? JSON.parse(node.data.toString('utf8')) : null;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return { ...value, host };
  } catch {
    // Not JSON: replaced by a record of this host.
  }
  return { host };
}

/** True when the app is in per-host mode (`init --host-identities`), so the agent anchors its sessions; false when that cannot be read. */
export async function usesHostIdentities(zk: ZkClient, app: string): Promise<boolean> {
  const node = await zk.get(app).catch(() => null);
  return parseHostIdentities(node?.data)?.perHost === true;
}
