/** Human output of `zkdeploy groups`: one row per member, primary first (control characters escaped by the table). */
import pc from 'picocolors';
import { displayText } from '@zkdeploy/shared/display-text';
import type { GroupView } from './group-listing.js';
import { age } from './status-table.js';
import { createTable, styled } from './table-layout.js';

/** Renders groups for a terminal (colour only when `colour`). */
export function renderGroups(app: string, groups: GroupView[], colour: boolean, now = Date.now()): string {
  if (groups.length === 0) return `app ${displayText(app)}: no groups\n`;
  const table = createTable(['GROUP', 'ROLE', 'HOST', 'PID', 'MEMBER', 'SINCE'], colour);
  for (const g of groups) {
    const members = [...(g.primary ? [g.primary] : []), ...g.standbys];
    if (members.length === 0 && !g.unverified?.length) table.push([g.name, styled('no members', pc.yellow, colour), '-', '-', '-', '-']);
    for (const m of members) {
      const role = styled(m.role, m.role === 'primary' ? pc.green : pc.gray, colour);
      table.push([g.name, role, m.host ?? '?', m.pid ?? '-', m.member, age(m.since, now)]);
    }
    for (const m of g.unverified ?? []) table.push([g.name, styled('UNVERIFIED', pc.red, colour), m.host ?? '?', m.pid ?? '-', m.member, age(m.since, now)]);
  }
  return `app ${displayText(app)}\n${table.toString()}\n`;
}
