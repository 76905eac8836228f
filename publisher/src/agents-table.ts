/** Human output of `zkdeploy agents`; registration data is anyone's text, escaped by the table. */
import { createTable } from './table-layout.js';
import type { AgentRecord } from '@zkdeploy/shared/records';
import { age } from './status-table.js';

/** One row per live agent, and a count. */
export function renderAgents(agents: AgentRecord[], colour: boolean, now = Date.now()): string {
  const table = createTable(['HOST', 'VERSION', 'PID', 'UP', 'BASE DIR'], colour);
  for (const a of agents) {
    const host = a['verified'] === false ? `${a.host} (UNVERIFIED: not its own registration)` : a.host;
    table.push([host, a.version || '-', a.pid || '-', age(a.startedAt || null, now), a.baseDir || '-']);
  }
  const live = agents.filter((a) => a['verified'] !== false).length;
  const forged = agents.length - live;
  return `${table.toString()}\n${live} live agent${live === 1 ? '' : 's'}${forged ? `, ${forged} unverified` : ''}\n`;
}
