/** Human output of `zkdeploy agents`. */
import Table from 'cli-table3';
import type { AgentRecord } from '@zkdeploy/shared';
import { age } from './status-table.js';

/** One row per live agent, and a count. */
export function renderAgents(agents: AgentRecord[], colour: boolean, now = Date.now()): string {
  const table = new Table({
    head: ['HOST', 'VERSION', 'PID', 'UP', 'BASE DIR'],
    style: { head: colour ? ['bold'] : [], border: colour ? ['gray'] : [] },
  });
  for (const a of agents) table.push([a.host, a.version || '-', a.pid || '-', age(a.startedAt || null, now), a.baseDir || '-']);
  return `${table.toString()}\n${agents.length} live agent${agents.length === 1 ? '' : 's'}\n`;
}
