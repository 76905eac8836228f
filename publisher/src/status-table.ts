/**
 * Human output of the fleet status: one row per host, errors on one line,
 * and a summary line. Text from ZooKeeper (error messages, refs, paths) is
 * shown with its control characters escaped (table-layout.ts, display-text).
 */
import { displayText } from '@zkdeploy/shared/display-text';
import { createTable, oneLine, styled } from './table-layout.js';
import pc from 'picocolors';
import type { FleetStatus, HostState } from './fleet-status.js';
import { summaryLine } from './summary-line.js';

export { summaryLine };

const COLOURS: Record<HostState, (s: string) => string> = {
  ok: pc.green,
  deploying: pc.cyan,
  pending: pc.yellow,
  failed: pc.red,
  rejected: pc.red,
  drifted: pc.magenta,
  offline: pc.gray,
};

/** `12s`, `5m`, `3h`, `2d` since an ISO time. */
export function age(iso: string | null, now = Date.now()): string {
  const t = iso ? Date.parse(iso) : NaN;
  if (!Number.isFinite(t)) return '-';
  const s = Math.max(0, Math.round((now - t) / 1000));
  if (s < 120) return `${s}s`;
  if (s < 7200) return `${Math.round(s / 60)}m`;
  if (s < 172_800) return `${Math.round(s / 3600)}h`;
  return `${Math.round(s / 86_400)}d`;
}

const short = (commit: string | null | undefined): string => (commit ? commit.slice(0, 12) : '-');
/** Renders the whole status for a terminal (colour only when `colour`). */
export function renderStatus(status: FleetStatus, colour: boolean, now = Date.now()): string {
  const d = status.desired;
  const head = displayText(d
    ? d.invalid
      ? `app ${status.app}: config version ${d.version} is invalid: ${d.invalid}`
      : `app ${status.app}: desired ${short(d.commitId)} (version ${d.version}${d.ref ? `, ${d.ref}` : ''}) at ${d.relativePath ?? '-'}`
    : `app ${status.app}: nothing published yet`);
  // While a rollout runs: the host's wave, starred when its wave runs the candidate.
  const rolling = status.hosts.some((h) => h.wave !== undefined);
  const table = createTable(['HOST', 'STATE', ...(rolling ? ['WAVE'] : []), 'COMMIT', 'VERSION', 'AGE', 'ERROR'], colour);
  for (const h of status.hosts) {
    const error = h.error ? oneLine(`${h.error.code}: ${h.error.message}`) : '';
    const wave = rolling ? [h.wave == null ? '-' : `${h.wave + 1}${h.candidate ? '*' : ''}`] : [];
    table.push([h.verified === false ? `${h.host} (UNVERIFIED: not its own registration)` : h.host, styled(h.state, COLOURS[h.state] ?? pc.red, colour), ...wave, short(h.commitId), h.configVersion ?? '-', age(h.updatedAt, now), error]);
  }
  const verdict = status.converged ? 'converged' : 'not converged';
  const body = status.hosts.length > 0 ? table.toString() : '(no agents)';
  return `${head}\n${body}\n${summaryLine(status)} — ${colour ? (status.converged ? pc.green(verdict) : pc.yellow(verdict)) : verdict}\n`;
}
