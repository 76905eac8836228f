/**
 * Memory and CPU of a process from /proc (Linux): resident set now (VmRSS),
 * its high-water mark (VmHWM), and CPU time of the process itself and of its
 * reaped children (the git commands it ran), in milliseconds.
 */
import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';

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
 * Milliseconds each block device (not loop or ram devices) has been busy
 * with requests so far: io_ticks, the 10th field of /sys/block/<dev>/stat.
 * Summed over the devices, so two busy disks count twice.
 */
async function diskBusyMs() {
  const devices = (await readdir('/sys/block').catch(() => [])).filter((d) => !/^(loop|ram|zram)/.test(d));
  const stats = await Promise.all(devices.map((d) => readFile(`/sys/block/${d}/stat`, 'utf8').catch(() => '')));
  return stats.reduce((sum, text) => sum + (Number(text.trim().split(/\s+/)[9]) || 0), 0);
}

/**
 * Waits until the whole machine has been quiet for `windows` windows in a
 * row, at most `maxMs`: the CPUs busy below `busyBelow` of all cores over
 * each `windowMs` (waiting for the disk included), and the disks busy below
 * `diskBelow` of it. So that a round does not start while the processes
 * just started (a fleet of hundreds of agents) are still loading, and is not
 * charged for what the run before it left the disk to do: on a file system
 * mounted with online discard, removing a fleet's base dirs keeps the disk
 * busy discarding long afterwards, in bursts with quiet seconds between
 * them, and with no process waiting on it (no iowait), while every file
 * created meanwhile waits longer (bench/FINDINGS.md, "The bench's git
 * server and the disk between sizes"). Resolves with the milliseconds it
 * waited and whether the machine became quiet.
 */
export async function waitMachineQuiet({ windowMs = 1000, windows = 5, busyBelow = 0.15, diskBelow = 0.1, maxMs = 300_000 } = {}) {
  const started = Date.now();
  let before = { cpu: await machineJiffies(), disk: await diskBusyMs() };
  let quietWindows = 0;
  for (;;) {
    await new Promise((r) => setTimeout(r, windowMs));
    const now = { cpu: await machineJiffies(), disk: await diskBusyMs() };
    // Time waiting for the disk counts here: a fleet's start-up writes are still being flushed then.
    const busy = (now.cpu.busy + now.cpu.iowait - before.cpu.busy - before.cpu.iowait) / Math.max(1, now.cpu.total - before.cpu.total);
    const diskBusy = (now.disk - before.disk) / windowMs;
    quietWindows = busy < busyBelow && diskBusy < diskBelow ? quietWindows + 1 : 0;
    if (quietWindows >= windows) return { waitedMs: Date.now() - started, quiet: true };
    if (Date.now() - started >= maxMs) return { waitedMs: Date.now() - started, quiet: false };
    before = now;
  }
}

/** CPU ms the whole machine has been busy so far (all cores), from /proc/stat. */
export async function machineBusyMs() {
  return ((await machineJiffies()).busy * 1000) / TICKS;
}
