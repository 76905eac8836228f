/** Human output of `zkdeploy groups`: one row per member, primary first. */
import pc from 'picocolors';
import type { GroupView } from './group-listing.js';
import { age } from './status-table.js';
import { createTable } from './table-layout.js';

/** Renders groups for a terminal (colour only when `colour`). */
export function renderGroups(app: string, groups: GroupView[], colour: boolean, now = Date.now()): string {
  if (groups.length === 0) return `app ${app}: no groups\n`;
  const table = createTable(['GROUP', 'ROLE', 'HOST', 'PID', 'MEMBER', 'SINCE'], colour);
  for (const g of groups) {
    const members = g.primary ? [g.primary, ...g.standbys] : [];
    if (members.length === 0) table.push([g.name, colour ? pc.yellow('no members') : 'no members', '-', '-', '-', '-']);
    for (const m of members) {
      const role = colour ? (m.role === 'primary' ? pc.green(m.role) : pc.gray(m.role)) : m.role;
      table.push([g.name, role, m.host ?? '?', m.pid ?? '-', m.member, age(m.since, now)]);
    }
  }
  return `app ${app}\n${table.toString()}\n`;
}
