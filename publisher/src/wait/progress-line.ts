/**
 * The live progress line of `wait` and `publish --wait` on a terminal
 * (stderr): `waiting for abc123 (version 4) · 7/10 ok · 2 deploying · 1 failed · 12s`.
 * Redrawn in place by log-update; on a non-TTY nothing is drawn at all.
 */
import { displayText } from '@zkdeploy/shared/display-text';
import type { FleetStatus } from '../fleet-status.js';
import { summaryLine } from '../summary-line.js';

export interface ProgressLine {
  update(status: FleetStatus): void;
  /** Erases the line (before the final message). */
  done(): void;
}

const NOTHING: ProgressLine = { update: () => undefined, done: () => undefined };

/** A progress line on stderr when it is a TTY (with a known width), otherwise one that draws nothing. */
export async function progressLine(enabled = Boolean(process.stderr.isTTY) && (process.stderr.columns ?? 0) > 0): Promise<ProgressLine> {
  if (!enabled) return NOTHING;
  const { createLogUpdate } = await import('log-update');
  const draw = createLogUpdate(process.stderr, { showCursor: true });
  const started = Date.now();
  let last: FleetStatus | null = null;
  const render = (): void => {
    if (!last) return draw(`waiting for the fleet · ${Math.round((Date.now() - started) / 1000)}s`);
    const d = last.desired;
    const target = d && !d.invalid ? `${(d.commitId ?? '').slice(0, 12)} (version ${d.version})` : 'the fleet';
    draw(displayText(`waiting for ${target} · ${summaryLine(last)} · ${Math.round((Date.now() - started) / 1000)}s`));
  };
  const ticker = setInterval(render, 1000);
  render();
  return {
    update(status) {
      last = status;
      render();
    },
    done() {
      clearInterval(ticker);
      draw.clear();
      draw.done();
    },
  };
}
