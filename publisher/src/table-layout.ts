/**
 * The one table layout of the CLI: borderless columns like kubectl's, a bold
 * header on a colour terminal, and cells folded to one line. Columns are laid
 * out by text-table, which is linear in the number of cells (cli-table3 spent
 * ~0.5 s on a 1,000-host status); widths ignore colour escapes.
 */
import { stripVTControlCharacters } from 'node:util';
import textTable from 'text-table';
import pc from 'picocolors';

type Cell = string | number | null | undefined;

/** Rows pushed one by one, rendered once. */
export interface TableLayout {
  push(row: Cell[]): void;
  toString(): string;
}

/** A borderless table with the given column heads. */
export function createTable(head: string[], colour: boolean): TableLayout {
  const rows: string[][] = [head.map((h) => (colour ? pc.bold(h) : h))];
  return {
    push: (row) => void rows.push(row.map((cell) => (cell === null || cell === undefined ? '' : String(cell)))),
    toString: () => textTable(rows, { hsep: '  ', stringLength: (s) => stripVTControlCharacters(s).length }),
  };
}

/** Folds whitespace and cuts to `max` characters with an ellipsis ('-' when empty). */
export function oneLine(text: string | undefined, max = 80): string {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat || '-';
}
