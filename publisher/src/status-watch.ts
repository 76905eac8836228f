/**
 * `status --watch`: redraws the fleet status on every ZooKeeper event (not on
 * a timer). On a TTY the table is redrawn in place; otherwise each change is
 * printed again (one JSON object per line with --json). Ends on Ctrl-C or
 * SIGTERM and resolves with the exit code of the last status.
 */
import { ExitCode } from '@zkdeploy/shared/errors';
import type { ZkClient } from '@zkdeploy/shared/zk';
import { summarizeFleet, type FleetStatus } from './fleet-status.js';
import { FleetWatch } from './fleet-watch.js';
import { renderStatus } from './status-table.js';
import { untilInterrupted } from './until-interrupted.js';

/** Watches until interrupted; returns 0 when the last status seen was converged, 3 otherwise. */
export async function watchStatus(zk: ZkClient, app: string, json: boolean): Promise<number> {
  const tty = Boolean(process.stdout.isTTY) && !json;
  const draw = tty ? (await import('log-update')).createLogUpdate(process.stdout, { showCursor: true }) : null;
  let last: FleetStatus | null = null;
  const show = (): void => {
    if (!last) return;
    if (json) process.stdout.write(`${JSON.stringify(last)}\n`);
    else if (draw) draw(renderStatus(last, true).trimEnd());
    else process.stdout.write(`${renderStatus(last, false)}\n`);
  };
  const watch = new FleetWatch(zk, app, (snapshot) => {
    last = summarizeFleet(snapshot);
    show();
  });
  // Ages in the table move on without events; refresh them on a terminal only.
  const ticker = draw ? setInterval(show, 1000) : null;
  await untilInterrupted();
  if (ticker) clearInterval(ticker);
  watch.stop();
  draw?.done();
  const final = last as FleetStatus | null;
  return final?.converged ? ExitCode.OK : ExitCode.NOT_CONVERGED;
}
