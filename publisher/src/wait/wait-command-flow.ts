/**
 * `wait` as every command runs it (`wait`, `publish --wait`, `rollback --wait`,
 * `hook post-receive --wait`): progress line on a TTY, then one final line —
 * stdout when converged, stderr with one line per unhappy host otherwise —
 * and the exit code of docs/design.md, "CLI contract" (0 converged, 3 not).
 */
import { displayText } from '@zkdeploy/shared/display-text';
import { ExitCode } from '@zkdeploy/shared/errors';
import type { ZkClient } from '@zkdeploy/shared/zk';
import type { FleetStatus, HostView } from '../fleet-status.js';
import { progressLine } from './progress-line.js';
import { summaryLine } from '../summary-line.js';
import { waitForFleet, type WaitOptions } from './wait-for-fleet.js';

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)}s`;

/** One unhappy host; its error message is anyone's text, shown with control characters escaped. */
function hostLine(h: HostView): string {
  const error = h.error ? `  ${h.error.code}: ${h.error.message.replace(/\s+/g, ' ').trim()}` : '';
  return displayText(`  ${h.host}  ${h.state}${h.configVersion !== null ? ` (version ${h.configVersion})` : ''}${error}`);
}

function unhappyHosts(status: FleetStatus | null): HostView[] {
  return (status?.hosts ?? []).filter((h) => h.live && h.state !== 'ok');
}

/** Waits and reports; returns the exit code. */
export async function runWait(zk: ZkClient, app: string, options: Omit<WaitOptions, 'onProgress'> & { json: boolean }): Promise<number> {
  const progress = await progressLine();
  const outcome = await waitForFleet(zk, app, { ...options, onProgress: (status) => progress.update(status) });
  progress.done();
  const { status, verdict } = outcome;
  if (options.json) process.stdout.write(`${JSON.stringify(status)}\n`);
  if (verdict.kind === 'converged' && status?.desired) {
    if (!options.json) {
      process.stdout.write(`converged: ${summaryLine(status)} at ${status.desired.commitId ?? '-'} (version ${status.desired.version}) in ${seconds(outcome.elapsedMs)}\n`);
    }
    return ExitCode.OK;
  }
  const reason = verdict.kind === 'converged' ? 'the config changed' : verdict.reason;
  const why = verdict.kind === 'stuck' ? reason : `timed out after ${seconds(outcome.elapsedMs)}: ${reason}`;
  const hosts = verdict.kind === 'stuck' && verdict.hosts.length > 0 ? verdict.hosts : unhappyHosts(status);
  const summary = status ? ` (${summaryLine(status)})` : '';
  process.stderr.write(`zkdeploy: not converged: ${displayText(why)}${summary}\n${hosts.map((h) => `${hostLine(h)}\n`).join('')}`);
  return ExitCode.NOT_CONVERGED;
}
