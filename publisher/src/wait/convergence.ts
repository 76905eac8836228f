/**
 * Decides, from one fleet status, whether `wait` is done: converged, still
 * waiting, or stuck (a host will not converge without a new publish).
 * Pure, so the rules are unit-tested; see shared's `isFinalFailure`.
 */
import { isFinalFailure } from '@zkdeploy/shared/records';
import type { FleetStatus, HostView } from '../fleet-status.js';

export interface WaitGoal {
  /** The config must be this commit (a full id or a prefix of at least 7 hex characters). */
  commit?: string;
  /** At least this many live agents must be ok. */
  minHosts: number;
}

export type Verdict =
  | { kind: 'converged' }
  | { kind: 'waiting'; reason: string }
  | { kind: 'stuck'; reason: string; hosts: HostView[] };

const short = (commit: string | undefined): string => (commit ? commit.slice(0, 12) : '-');

/** The verdict for one status against the goal. */
export function judge(status: FleetStatus, goal: WaitGoal): Verdict {
  const desired = status.desired;
  if (!desired) return { kind: 'waiting', reason: 'nothing is published yet' };
  if (desired.invalid) return { kind: 'stuck', reason: `config version ${desired.version} is invalid: ${desired.invalid}`, hosts: [] };
  if (goal.commit && !desired.commitId?.startsWith(goal.commit)) {
    return {
      kind: 'stuck',
      reason: `the current config (version ${desired.version}) is commit ${short(desired.commitId)}, not ${goal.commit}${desired.publishedBy ? `, published by ${desired.publishedBy}` : ''}`,
      hosts: [],
    };
  }
  const live = status.hosts.filter((h) => h.live);
  const final = live.filter((h) => h.configVersion === desired.version && (h.state === 'failed' || h.state === 'rejected') && isFinalFailure(h));
  if (final.length > 0) {
    const states = [...new Set(final.map((h) => h.state))].join('/');
    return { kind: 'stuck', reason: `${final.length} host${final.length > 1 ? 's' : ''} ${states} for version ${desired.version} and will not retry until a new publish`, hosts: final };
  }
  const ok = live.filter((h) => h.state === 'ok').length;
  const needed = Math.max(1, goal.minHosts);
  if (live.length === 0) return { kind: 'waiting', reason: 'no live agents' };
  if (ok === live.length && ok >= needed) return { kind: 'converged' };
  if (ok === live.length) return { kind: 'waiting', reason: `${ok} of the ${needed} required hosts are ok` };
  return { kind: 'waiting', reason: `${live.length - ok} of ${live.length} live hosts not ok yet` };
}
