/**
 * The one table layout of the CLI: borderless columns like kubectl's, a bold
 * header on a colour terminal, and cells folded to one line. Columns are laid
 * out by text-table, which is linear in the number of cells (cli-table3 was
 * not, and slow on a large fleet: bench/FINDINGS.md, "Status table at 1,000
 * hosts"); widths ignore colour escapes.
 *
 * Every cell's text comes from ZooKeeper or git, written by whoever could
 * write there, so the table shows its control characters as visible escapes
 * (shared's display-text.ts) and adds colour only afterwards, around text it
 * has made safe: no cell can send an escape sequence to the terminal.
 */
import { stripVTControlCharacters } from 'node:util';
import textTable from 'text-table';
import pc from 'picocolors';
import { displayText } from '@zkdeploy/shared/display-text';

/** Text to show in colour: the table escapes `text`, then applies `style`. */
export interface StyledCell {
  text: string;
  style: (text: string) => string;
}

type Cell = string | number | null | undefined | StyledCell;

/** A cell shown with `style` when `colour` is on, plain otherwise. */
export function styled(text: string, style: (text: string) => string, colour: boolean): Cell {
  return colour ? { text, style } : text;
}

function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'object') return cell.style(displayText(cell.text));
  return displayText(String(cell));
}

/** Rows pushed one by one, rendered once. */
export interface TableLayout {
  push(row: Cell[]): void;
  toString(): string;
}

/** A borderless table with the given column heads. */
export function createTable(head: string[], colour: boolean): TableLayout {
  const rows: string[][] = [head.map((h) => (colour ? pc.bold(h) : h))];
  return {
    push: (row) => void rows.push(row.map(cellText)),
    toString: () => textTable(rows, { hsep: '  ', stringLength: (s) => stripVTControlCharacters(s).length }),
  };
}

/** Folds whitespace and cuts to `max` characters with an ellipsis ('-' when empty). */
export function oneLine(text: string | undefined, max = 80): string {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat || '-';
}
