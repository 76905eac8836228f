/** Human output of `zkdeploy agents`; registration data is anyone's text, escaped by the table. */
import { createTable } from './table-layout.js';
import type { AgentRecord } from '@zkdeploy/shared/records';
import { age } from './status-table.js';

/** One row per live agent, and a count. */
export function renderAgents(agents: AgentRecord[], colour: boolean, now = Date.now()): string {
  const table = createTable(['HOST', 'VERSION', 'PID', 'UP', 'BASE DIR'], colour);
  for (const a of agents) table.push([a.host, a.version || '-', a.pid || '-', age(a.startedAt || null, now), a.baseDir || '-']);
  return `${table.toString()}\n${agents.length} live agent${agents.length === 1 ? '' : 's'}\n`;
}
