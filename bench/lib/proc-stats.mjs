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
