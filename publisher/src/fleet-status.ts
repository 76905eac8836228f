/**
 * The fleet's state as the publisher sees it: desired config, live agents and
 * per-host status records, folded into one model (docs/design.md, "CLI
 * contract": `status --json`).
 * Znode data is untrusted: malformed records become `null`, never a crash.
 * In per-host mode a registration counts as live only when its owner session
 * is the one its host recorded (shared's host-anchor.ts); the others are
 * marked `verified: false` and never counted.
 * While a rollout runs, every host of it carries its `wave` and whether its
 * wave has taken the `candidate`, and a candidate host is judged against
 * the candidate's config version (stable + 1) instead of `B/config`'s.
 */
import { parsePayload, type Payload } from '@zkdeploy/shared/payload';
import { ownedByHost, parseStatus, statusSession, type AgentRecord, type StatusError, type StatusRecord } from '@zkdeploy/shared/records';
import { parseHostIdentities, type ZkClient, type ZkStat } from '@zkdeploy/shared/zk';
import { readMany } from '@zkdeploy/shared/recipes';
import { ZnodeLayout } from '@zkdeploy/shared/znode-layout';
import { candidateVersion, hostTakesCandidate, isActive, parseRollout, readWaveMembers, type RolloutRecord } from '@zkdeploy/shared/rollout';

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
  /** Per-host mode only: false when `B/agents/<host>` is not owned by the session the host recorded (forged). */
  verified?: boolean;
  /** While a rollout runs: the host's wave (null: not in the rollout) and whether it should run the candidate. */
  wave?: number | null;
  candidate?: boolean;
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
  summary: Record<'total' | HostState, number> & { unverified?: number };
  converged: boolean;
}

/** Per-host mode: what the session anchor compares. */
export interface HostAnchors {
  /** Owner session of each registration `B/agents/<host>`. */
  owners: Map<string, string | null>;
  /** The session each host recorded in its status node. */
  sessions: Map<string, string | null>;
}

export interface FleetSnapshot {
  app: string;
  config: { data: Buffer; version: number } | null;
  /** The registered hosts; readFleet leaves their records null (only presence counts), FleetWatch reads them. */
  agents: Map<string, AgentRecord | null>;
  statuses: Map<string, StatusRecord | null>;
  /** Set only when the app is in per-host mode. */
  anchors?: HostAnchors | undefined;
  /** The running rollout and each of its hosts' wave; absent or null when none runs. */
  rollout?: { record: RolloutRecord; waves: Map<string, number> } | null;
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
  const anchors = snapshot.anchors;
  const hosts = names.map((host): HostView => {
    const registered = snapshot.agents.has(host);
    const verified = !anchors || !registered || ownedByHost(anchors.owners.get(host), anchors.sessions.get(host));
    const live = registered && verified;
    const record = snapshot.statuses.get(host) ?? null;
    const rollout = snapshot.rollout;
    const wave = rollout ? rollout.waves.get(host) ?? null : undefined;
    const candidate = rollout ? hostTakesCandidate(rollout.record, wave == null ? null : { id: rollout.record.id, wave }) : false;
    return {
      host,
      live,
      state: hostState(live, record, candidate && rollout ? candidateVersion(rollout.record) : version),
      commitId: record?.commitId ?? null,
      configVersion: record?.configVersion ?? null,
      error: record?.error ?? null,
      updatedAt: record?.updatedAt || null,
      ...(anchors ? { verified } : {}),
      ...(rollout ? { wave, candidate } : {}),
    };
  });
  const summary = Object.fromEntries([['total', hosts.length], ...HOST_STATES.map((s) => [s, 0])]) as FleetStatus['summary'];
  if (anchors) summary.unverified = 0;
  for (const h of hosts) {
    if (h.verified === false) summary.unverified = (summary.unverified ?? 0) + 1;
    else summary[h.state]++;
  }
  const live = hosts.filter((h) => h.live);
  const converged = desired !== null && !desired.invalid && live.length > 0 && live.every((h) => h.state === 'ok');
  return { app: snapshot.app, desired, hosts, summary, converged };
}

async function readChildren<T>(zk: ZkClient, parent: string, parse: (data: Buffer, name: string, stat: ZkStat) => T): Promise<Map<string, T>> {
  const names = (await zk.children(parent)) ?? [];
  const nodes = await readMany(zk, names.map((name) => `${parent}/${name}`));
  const entries = new Map<string, T>();
  for (const [i, node] of nodes.entries()) if (node) entries.set(names[i] as string, parse(node.data, names[i] as string, node.stat));
  return entries;
}

const mapValues = <K, V, W>(map: Map<K, V>, fn: (v: V) => W): Map<K, W> => new Map([...map].map(([k, v]) => [k, fn(v)]));

/**
 * The registrations: their names, and in per-host mode their owner sessions
 * (one stat each). The model needs nothing else from them (summarizeFleet
 * reads only which hosts are registered), so their data is not read: over
 * thousands of hosts that halves the requests `status` makes.
 */
async function readRegistrations(zk: ZkClient, parent: string, perHost: boolean): Promise<Map<string, { owner: string | null }>> {
  const names = (await zk.children(parent)) ?? [];
  if (!perHost) return new Map(names.map((name) => [name, { owner: null }]));
  const entries = await Promise.all(names.map(async (name) => [name, await zk.exists(`${parent}/${name}`)] as const));
  return new Map(entries.filter(([, stat]) => stat !== null).map(([name, stat]) => [name, { owner: stat?.ephemeralOwner ?? null }]));
}

/** Reads everything the status model needs, with reads pipelined over one session (the stats read anyway carry the owners). */
export async function readFleet(zk: ZkClient, app: string): Promise<FleetSnapshot> {
  const layout = new ZnodeLayout(app);
  const appNode = zk.get(app);
  const [config, perHost, agents, statuses, rollout] = await Promise.all([
    zk.get(layout.config),
    appNode.then((node) => parseHostIdentities(node?.data)?.perHost === true),
    appNode.then((node) => readRegistrations(zk, layout.agents, parseHostIdentities(node?.data)?.perHost === true)),
    readChildren(zk, layout.status, (data, name) => ({ record: parseStatus(data, name), data })),
    readRunningRollout(zk, app),
  ]);
  return {
    app,
    config: config ? { data: config.data, version: config.stat.version } : null,
    agents: mapValues(agents, () => null),
    statuses: mapValues(statuses, (s) => s.record),
    // The session anchors are read out of the records only in per-host mode.
    anchors: perHost ? { owners: mapValues(agents, (a) => a.owner), sessions: mapValues(statuses, (s) => statusSession(s.data)) } : undefined,
    rollout,
  };
}

/** The rollout while it runs (planned, progressing or paused; halted without rollback keeps hosts on the candidate too), with each host's wave. */
async function readRunningRollout(zk: ZkClient, app: string): Promise<FleetSnapshot['rollout']> {
  const record = parseRollout((await zk.get(new ZnodeLayout(app).rollout))?.data);
  if (!record || !record.planned || !(isActive(record) || (record.state === 'halted' && !record.plan.autoRollback))) return null;
  const members = await readWaveMembers(zk, app, record);
  return { record, waves: new Map(members.flatMap((hosts, wave) => hosts.map((h) => [h, wave] as const))) };
}
