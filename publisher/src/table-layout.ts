/**
 * The one table layout of the CLI: borderless columns like kubectl's, a bold
 * header on a colour terminal, and cells folded to one line.
 */
import Table from 'cli-table3';

const NO_BORDERS = {
  top: '', 'top-mid': '', 'top-left': '', 'top-right': '',
  bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
  left: '', 'left-mid': '', mid: '', 'mid-mid': '',
  right: '', 'right-mid': '', middle: '  ',
};

/** A borderless table with the given column heads. */
export function createTable(head: string[], colour: boolean): Table.Table {
  return new Table({
    head,
    chars: NO_BORDERS,
    style: { head: colour ? ['bold'] : [], border: [], 'padding-left': 0, 'padding-right': 0 },
  });
}

/** Folds whitespace and cuts to `max` characters with an ellipsis ('-' when empty). */
export function oneLine(text: string | undefined, max = 80): string {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat || '-';
}
