import type { FleetStatus } from './fleet-status.js';

/** The summary line: `7/10 ok · 2 deploying · 1 failed` (counts and state names only: nothing from a record's text). */
export function summaryLine(status: FleetStatus): string {
  const { summary } = status;
  const live = status.hosts.filter((h) => h.live).length;
  const parts = [`${summary.ok}/${live} ok`];
  for (const state of ['deploying', 'pending', 'failed', 'rejected', 'drifted', 'offline'] as const) {
    if (summary[state] > 0) parts.push(`${summary[state]} ${state}`);
  }
  if (summary.unverified) parts.push(`${summary.unverified} unverified`);
  return parts.join(' · ');
}
