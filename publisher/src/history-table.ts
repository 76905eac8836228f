/** Human output of `zkdeploy history`; the table escapes control characters in refs and messages. */
import { createTable, oneLine, styled } from './table-layout.js';
import pc from 'picocolors';
import type { HistoryEntry } from './history-entries.js';

/** Newest first; the current version is marked. */
export function renderHistory(entries: HistoryEntry[], currentVersion: number | null, colour: boolean): string {
  const table = createTable(['VERSION', 'COMMIT', 'REF', 'PUBLISHED', 'BY', 'MESSAGE'], colour);
  for (const e of entries) {
    const mark = e.version === currentVersion ? styled(`${e.version} *`, pc.green, colour) : String(e.version);
    if (!e.payload) {
      table.push([mark, styled('invalid', pc.red, colour), '-', '-', '-', oneLine(e.invalid)]);
      continue;
    }
    const p = e.payload;
    table.push([mark, p.commitId.slice(0, 12), p.ref ?? '-', p.publishedAt ?? '-', p.publishedBy ?? '-', oneLine(p.message)]);
  }
  return `${table.toString()}\n${currentVersion !== null ? '* current config\n' : ''}`;
}
