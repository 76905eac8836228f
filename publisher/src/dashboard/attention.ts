/**
 * The "needs attention" list: every host an operator should look at, with the
 * reason in one line and a hint of what to do. Pure: it reads the status
 * model only, so the page and a script see the same list.
 */
import type { FleetStatus, HostView } from '../fleet-status.js';

export interface AttentionItem {
  host: string;
  kind: 'failed' | 'rejected' | 'drifted' | 'unhealthy' | 'offline' | 'pending-too-long' | 'unverified';
  reason: string;
  hint: string;
}

/** Fields a rollout adds to a host record (DESIGN.md "Progressive rollouts"); absent before. */
interface HealthFields {
  health?: unknown;
  healthReason?: unknown;
}

const HINTS: Record<AttentionItem['kind'], string> = {
  failed: 'fix the cause and publish again, or roll back',
  rejected: 'the agent refused the payload: check its signature, URL allowlist and path',
  drifted: 'the checkout was changed by hand: redeploy, or run the agent with --self-heal',
  unhealthy: 'the health check fails after activation: see the reason, or roll back',
  offline: 'no live registration: is zkdeploy-agent running on this host and reaching ZooKeeper?',
  'pending-too-long': 'the agent has not reported the current version: see its logs (`journalctl -u zkdeploy-agent`)',
  unverified: 'the registration is not owned by the session this host recorded: see `zkdeploy agents`',
};

function errorLine(host: HostView, fallback: string): string {
  if (!host.error) return fallback;
  return `${host.error.code}: ${host.error.message}`.replace(/\s+/g, ' ').slice(0, 500);
}

function itemFor(host: HostView, status: FleetStatus, now: number, pendingLimitMs: number): AttentionItem | null {
  const item = (kind: AttentionItem['kind'], reason: string, hint = HINTS[kind]): AttentionItem => ({ host: host.host, kind, reason, hint });
  if (host.verified === false) return item('unverified', 'registration not verified (per-host identity mode)');
  switch (host.state) {
    case 'failed':
    case 'rejected':
      return item(host.state, errorLine(host, host.state), typeof host.error?.hint === 'string' ? host.error.hint : HINTS[host.state]);
    case 'drifted': {
      const paths = host.error?.paths?.slice(0, 5).join(', ');
      return item('drifted', paths ? `local changes: ${paths}` : errorLine(host, 'local changes in the checkout'));
    }
    case 'offline':
      return item('offline', host.updatedAt ? `last report ${host.updatedAt}` : 'never reported');
    case 'pending': {
      const since = Date.parse(status.desired?.publishedAt ?? '');
      if (Number.isFinite(since) && now - since > pendingLimitMs) return item('pending-too-long', `pending for ${Math.round((now - since) / 60_000)} min`);
      break;
    }
  }
  const health = host as HostView & HealthFields;
  if (health.health === 'unhealthy') return item('unhealthy', typeof health.healthReason === 'string' ? health.healthReason : 'health check failing');
  return null;
}

/** The hosts of `status` that need attention, in host order. */
export function needsAttention(status: FleetStatus, now = Date.now(), pendingLimitMs = 5 * 60_000): AttentionItem[] {
  return status.hosts.map((h) => itemFor(h, status, now, pendingLimitMs)).filter((i): i is AttentionItem => i !== null);
}
