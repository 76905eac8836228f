/** Human output of `zkdeploy history`. */
import Table from 'cli-table3';
import pc from 'picocolors';
import type { HistoryEntry } from './history-entries.js';

const oneLine = (text: string | undefined, max = 60): string => {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat || '-';
};

/** Newest first; the current version is marked. */
export function renderHistory(entries: HistoryEntry[], currentVersion: number | null, colour: boolean): string {
  const table = new Table({
    head: ['VERSION', 'COMMIT', 'REF', 'PUBLISHED', 'BY', 'MESSAGE'],
    style: { head: colour ? ['bold'] : [], border: colour ? ['gray'] : [] },
  });
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
