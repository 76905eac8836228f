/**
 * Which live hosts a task goes to. Pure: no I/O.
 *
 * Only hosts that declare the task (`--task name=…`, published in their
 * registration) are ever chosen. `--once` prefers a host that is ok and not
 * unhealthy at the current stable commit (a migration should run on code
 * that is deployed), then any declaring host; hosts whose earlier attempt was
 * lost are tried last. Among equals the order is a hash of task id and host,
 * so tasks spread over the fleet and the choice does not depend on the order
 * ZooKeeper lists children in.
 */
import { createHash } from 'node:crypto';
import type { TaskRecord } from './task-record.js';

export interface TaskHost {
  host: string;
  labels: Record<string, string>;
  /** The task names this host declares. */
  tasks: string[];
  /** Ok, not unhealthy, at the current stable commit. */
  preferred: boolean;
}

/** Every live host a task would run on (all that declare it, or those of its label selector). */
export function declaringHosts(task: Pick<TaskRecord, 'name' | 'mode' | 'selector'>, hosts: TaskHost[]): TaskHost[] {
  const declaring = hosts.filter((h) => h.tasks.includes(task.name));
  if (task.mode !== 'hosts' || !task.selector) return declaring;
  const [key, value] = task.selector.split('=') as [string, string];
  return declaring.filter((h) => h.labels[key] === value);
}

/** The host a `--once` run goes to, or null when no live host declares the task. */
export function chooseOnceHost(taskId: string, hosts: TaskHost[], tried: ReadonlySet<string> = new Set()): string | null {
  const rank = (h: TaskHost): number => (tried.has(h.host) ? 2 : 0) + (h.preferred ? 0 : 1);
  const key = (h: TaskHost): string => createHash('sha256').update(`${taskId}\0${h.host}`).digest('hex');
  const sorted = [...hosts].sort((a, b) => rank(a) - rank(b) || (key(a) < key(b) ? -1 : 1));
  return sorted[0]?.host ?? null;
}
