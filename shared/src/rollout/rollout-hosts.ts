/**
 * Reads and writes the per-host wave assignments under `B/rollout-hosts`.
 * Only the controller reads the whole list (agents read their own node,
 * once per rollout), so a fleet of any size costs each agent one small read.
 */
import type { ZkClient, ZkOp } from '../zk/zk-client.js';
import { ownedByHost, statusSession } from '../host-anchor.js';
import { parseHostIdentities } from '../zk/host-identities.js';
import type { ZkAcl } from '../zk/zk-acl.js';
import { ZnodeLayout } from '../znode-layout.js';
import { encodeAssignment, parseAssignment, type RolloutRecord } from './rollout-record.js';
import type { HostLabels } from './wave-assignment.js';

/** Ops per multi: far below ZooKeeper's request size limit for assignment nodes. */
const BATCH = 200;

/**
 * The live hosts with their labels (from their registration under
 * `B/agents`). In per-host mode only registrations owned by the session
 * their host recorded count (shared's host-anchor.ts, as `status` and `wait`
 * count them): a forged registration never joins a wave.
 */
export async function liveHostsWithLabels(zk: ZkClient, app: string): Promise<HostLabels[]> {
  const layout = new ZnodeLayout(app);
  const [names, appNode] = await Promise.all([zk.children(layout.agents), zk.get(app)]);
  const perHost = parseHostIdentities(appNode?.data)?.perHost === true;
  const hosts = await Promise.all(
    (names ?? []).map(async (host) => {
      const node = await zk.get(layout.agent(host)).catch(() => null);
      if (!node) return null;
      if (perHost && !ownedByHost(node.stat.ephemeralOwner, statusSession((await zk.get(layout.hostStatus(host)).catch(() => null))?.data))) return null;
      return { host, labels: labelsOf(node.data) };
    }),
  );
  return hosts.filter((h): h is HostLabels => h !== null);
}

function labelsOf(data: Buffer): Record<string, string> {
  try {
    const v = JSON.parse(data.toString('utf8')) as { labels?: unknown };
    if (typeof v.labels !== 'object' || v.labels === null) return {};
    return Object.fromEntries(Object.entries(v.labels).filter(([, value]) => typeof value === 'string')) as Record<string, string>;
  } catch {
    return {};
  }
}

/** The ops writing every host's assignment, in batches (create or set, whichever the node needs). */
export async function assignmentBatches(zk: ZkClient, app: string, record: RolloutRecord, waves: string[][], acl: ZkAcl[]): Promise<ZkOp[][]> {
  const layout = new ZnodeLayout(app);
  await zk.ensurePath(layout.rolloutHosts, acl);
  const existing = new Set((await zk.children(layout.rolloutHosts)) ?? []);
  const ops: ZkOp[] = waves.flatMap((hosts, wave) =>
    hosts.map((host): ZkOp => {
      const data = encodeAssignment({ id: record.id, wave });
      return existing.has(host) ? { op: 'set', path: layout.rolloutHost(host), data, version: -1 } : { op: 'create', path: layout.rolloutHost(host), data, acl };
    }),
  );
  const batches: ZkOp[][] = [];
  for (let i = 0; i < ops.length; i += BATCH) batches.push(ops.slice(i, i + BATCH));
  return batches;
}

/** Host names per wave of this rollout, from the assignment nodes (for a controller that did not plan it, and for `rollout status`). */
export async function readWaveMembers(zk: ZkClient, app: string, record: RolloutRecord): Promise<string[][]> {
  const layout = new ZnodeLayout(app);
  const names = (await zk.children(layout.rolloutHosts)) ?? [];
  const waves: string[][] = record.waves.map(() => []);
  await Promise.all(
    names.map(async (host) => {
      const a = parseAssignment((await zk.get(layout.rolloutHost(host)).catch(() => null))?.data);
      if (a && a.id === record.id && a.wave < waves.length) waves[a.wave]?.push(host);
    }),
  );
  return waves.map((w) => w.sort());
}
