/**
 * Memory and CPU of a process from /proc (Linux): resident set now (VmRSS),
 * its high-water mark (VmHWM), and CPU time of the process itself and of its
 * reaped children (the git commands it ran), in milliseconds.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';

const TICKS = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

/** `{rss, hwm}` in bytes and `{cpuMs, childCpuMs}`; null when the process is gone. */
export async function procStats(pid) {
  try {
    const [status, stat] = await Promise.all([readFile(`/proc/${pid}/status`, 'utf8'), readFile(`/proc/${pid}/stat`, 'utf8')]);
    const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
    // Fields after the parenthesised command name (which may contain spaces).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const tick = (i) => (Number(fields[i]) * 1000) / TICKS;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM'), cpuMs: tick(11) + tick(12), childCpuMs: tick(13) + tick(14) };
  } catch {
    return null;
  }
}

/** Stats of many processes at once. */
export function procStatsAll(pids) {
  return Promise.all(pids.map(procStats));
}

/** Busy, iowait and total jiffies of the whole machine, from the first line of /proc/stat. */
async function machineJiffies() {
  const [cpu] = (await readFile('/proc/stat', 'utf8')).split('\n');
  const f = cpu.split(/\s+/).slice(1).map(Number);
  const total = f.reduce((a, x) => a + x, 0);
  // Busy: neither idle nor waiting for the disk (iowait, kept apart).
  return { busy: total - f[3] - f[4], iowait: f[4], total };
}

/**
 * Waits until the whole machine has been quiet for one window (busy below
 * `busyBelow` of all cores over `windowMs`, waiting for the disk included),
 * at most `maxMs`: so that a round does not start while the processes just
 * started (a fleet of hundreds of agents) are still loading, and the first
 * round is not charged for their start-up. Resolves with the milliseconds it
 * waited and whether the machine became quiet.
 */
export async function waitMachineQuiet({ windowMs = 1000, busyBelow = 0.15, maxMs = 60_000 } = {}) {
  const started = Date.now();
  let before = await machineJiffies();
  for (;;) {
    await new Promise((r) => setTimeout(r, windowMs));
    const now = await machineJiffies();
    // Time waiting for the disk counts here: a fleet's start-up writes are still being flushed then.
    const busy = (now.busy + now.iowait - before.busy - before.iowait) / Math.max(1, now.total - before.total);
    if (busy < busyBelow) return { waitedMs: Date.now() - started, quiet: true };
    if (Date.now() - started >= maxMs) return { waitedMs: Date.now() - started, quiet: false };
    before = now;
  }
}

/** CPU ms the whole machine has been busy so far (all cores), from /proc/stat. */
export async function machineBusyMs() {
  return ((await machineJiffies()).busy * 1000) / TICKS;
}
