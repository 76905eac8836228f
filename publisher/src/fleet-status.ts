/**
 * The fleet's state as the publisher sees it: desired config, live agents and
 * per-host status records, folded into one model (DESIGN.md `status --json`).
 * Znode data is untrusted: malformed records become `null`, never a crash.
 */
import { parsePayload, type Payload } from '@zkdeploy/shared/payload';
import { parseAgentRecord, parseStatus, type AgentRecord, type StatusError, type StatusRecord } from '@zkdeploy/shared/records';
import type { ZkClient } from '@zkdeploy/shared/zk';
import { ZnodeLayout } from '@zkdeploy/shared/znode-layout';

export const HOST_STATES = ['ok', 'deploying', 'failed', 'rejected', 'drifted', 'pending', 'offline'] as const;
export type HostState = (typeof HOST_STATES)[number];

export interface HostView {
  host: string;
  live: boolean;
  state: HostState;
  commitId: string | null;
  configVersion: number | null;
  error: StatusError | null;
  updatedAt: string | null;
}

export interface DesiredView extends Partial<Payload> {
  version: number;
  /** Set when the config znode holds something that is not a valid payload. */
  invalid?: string;
}

export interface FleetStatus {
  app: string;
  desired: DesiredView | null;
  hosts: HostView[];
  summary: Record<'total' | HostState, number>;
  converged: boolean;
}

export interface FleetSnapshot {
  app: string;
  config: { data: Buffer; version: number } | null;
  agents: Map<string, AgentRecord | null>;
  statuses: Map<string, StatusRecord | null>;
}

function desiredView(config: FleetSnapshot['config']): DesiredView | null {
  if (!config) return null;
  try {
    return { ...parsePayload(config.data), version: config.version };
  } catch (err) {
    return { version: config.version, invalid: (err as Error).message };
  }
}

function hostState(live: boolean, record: StatusRecord | null, version: number | null): HostState {
  if (!live) return 'offline';
  if (!record || version === null || record.configVersion !== version) return 'pending';
  return record.state;
}

/** Folds a snapshot into the status model (pure). */
export function summarizeFleet(snapshot: FleetSnapshot): FleetStatus {
  const desired = desiredView(snapshot.config);
  const version = desired?.version ?? null;
  const names = [...new Set([...snapshot.agents.keys(), ...snapshot.statuses.keys()])].sort();
  const hosts = names.map((host): HostView => {
    const live = snapshot.agents.has(host);
    const record = snapshot.statuses.get(host) ?? null;
    return {
      host,
      live,
      state: hostState(live, record, version),
      commitId: record?.commitId ?? null,
      configVersion: record?.configVersion ?? null,
      error: record?.error ?? null,
      updatedAt: record?.updatedAt || null,
    };
  });
  const summary = Object.fromEntries([['total', hosts.length], ...HOST_STATES.map((s) => [s, 0])]) as FleetStatus['summary'];
  for (const h of hosts) summary[h.state]++;
  const live = hosts.filter((h) => h.live);
  const converged = desired !== null && !desired.invalid && live.length > 0 && live.every((h) => h.state === 'ok');
  return { app: snapshot.app, desired, hosts, summary, converged };
}

async function readChildren<T>(zk: ZkClient, parent: string, parse: (data: Buffer, name: string) => T): Promise<Map<string, T>> {
  const names = (await zk.children(parent)) ?? [];
  const entries = await Promise.all(
    names.map(async (name) => {
      const node = await zk.get(`${parent}/${name}`);
      return node ? ([name, parse(node.data, name)] as const) : null;
    }),
  );
  return new Map(entries.filter((e): e is readonly [string, T] => e !== null));
}

/** Reads everything the status model needs, with reads pipelined over one session. */
export async function readFleet(zk: ZkClient, app: string): Promise<FleetSnapshot> {
  const layout = new ZnodeLayout(app);
  const [config, agents, statuses] = await Promise.all([
    zk.get(layout.config),
    readChildren(zk, layout.agents, (data, name) => parseAgentRecord(data, name)),
    readChildren(zk, layout.status, (data, name) => parseStatus(data, name)),
  ]);
  return { app, config: config ? { data: config.data, version: config.stat.version } : null, agents, statuses };
}
