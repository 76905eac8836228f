/**
 * What `rollout status --json` prints (DESIGN.md, "Progressive rollouts"):
 * the rollout record with each wave's hosts and their state, health and
 * commit. `readRollout` is exported for the dashboard.
 */
import { parseStatus } from '@zkdeploy/shared/records';
import { parseGateTimer, parseRollout, readWaveMembers, withGateTimer, type RolloutRecord } from '@zkdeploy/shared/rollout';
import type { ZkClient } from '@zkdeploy/shared/zk';
import { ZnodeLayout } from '@zkdeploy/shared/znode-layout';

export interface RolloutHostView {
  host: string;
  state: string | null;
  health: string | null;
  healthReason: string | null;
  commitId: string | null;
}

export interface RolloutWaveView {
  index: number;
  select: string;
  startedAt: string | null;
  goodSince: string | null;
  passedAt: string | null;
  hosts: RolloutHostView[];
}

export interface RolloutView {
  id: string;
  state: RolloutRecord['state'];
  reason: string | null;
  candidate: RolloutRecord['candidate'];
  stableVersion: number;
  current: number;
  planned: boolean;
  plan: RolloutRecord['plan'];
  createdAt: string;
  updatedAt: string;
  waves: RolloutWaveView[];
}

/** The rollout of `app` with its hosts, or null when it never had one (the last rollout stays readable after it ends). */
export async function readRollout(zk: ZkClient, app: string): Promise<RolloutView | null> {
  const layout = new ZnodeLayout(app);
  const stored = parseRollout((await zk.get(layout.rollout))?.data);
  if (!stored) return null;
  const record = withGateTimer(stored, parseGateTimer((await zk.get(layout.rolloutGate))?.data));
  const members = record.planned ? await readWaveMembers(zk, app, record) : record.waves.map(() => []);
  const waves = await Promise.all(
    record.waves.map(async (w, i) => ({
      index: w.index,
      select: w.select,
      startedAt: w.startedAt,
      goodSince: w.goodSince,
      passedAt: w.passedAt,
      hosts: await Promise.all((members[i] ?? []).map((host) => hostView(zk, layout, host))),
    })),
  );
  const { id, state, reason, candidate, stableVersion, current, planned, plan, createdAt, updatedAt } = record;
  return { id, state, reason, candidate, stableVersion, current, planned, plan, createdAt, updatedAt, waves };
}

async function hostView(zk: ZkClient, layout: ZnodeLayout, host: string): Promise<RolloutHostView> {
  const status = parseStatus((await zk.get(layout.hostStatus(host)).catch(() => null))?.data, host);
  const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  return { host, state: status?.state ?? null, health: text(status?.['health']), healthReason: text(status?.['healthReason']), commitId: status?.commitId ?? null };
}

/** Calls `changed` with the rollout view on every change of `B/rollout` and every `pollMs` (host states change beneath it). */
export function watchRollout(zk: ZkClient, app: string, changed: (rollout: RolloutView | null) => void, pollMs = 1000): { stop(): void } {
  let stopped = false;
  let last = '';
  const tick = async (): Promise<void> => {
    const view = await readRollout(zk, app).catch(() => undefined);
    if (stopped || view === undefined) return;
    const text = JSON.stringify(view);
    if (text !== last) {
      last = text;
      changed(view);
    }
  };
  void tick();
  const timer = setInterval(() => void tick(), pollMs);
  return { stop: () => { stopped = true; clearInterval(timer); } };
}
