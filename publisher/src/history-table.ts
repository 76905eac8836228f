/** Human output of `zkdeploy history`. */
import { createTable, oneLine } from './table-layout.js';
import pc from 'picocolors';
import type { HistoryEntry } from './history-entries.js';

/** Newest first; the current version is marked. */
export function renderHistory(entries: HistoryEntry[], currentVersion: number | null, colour: boolean): string {
  const table = createTable(['VERSION', 'COMMIT', 'REF', 'PUBLISHED', 'BY', 'MESSAGE'], colour);
  for (const e of entries) {
    const mark = e.version === currentVersion ? (colour ? pc.green(`${e.version} *`) : `${e.version} *`) : String(e.version);
    if (!e.payload) {
      table.push([mark, colour ? pc.red('invalid') : 'invalid', '-', '-', '-', oneLine(e.invalid)]);
      continue;
    }
    const p = e.payload;
    table.push([mark, p.commitId.slice(0, 12), p.ref ?? '-', p.publishedAt ?? '-', p.publishedBy ?? '-', oneLine(p.message)]);
  }
  return `${table.toString()}\n${currentVersion !== null ? '* current config\n' : ''}`;
}
