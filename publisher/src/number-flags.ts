/**
 * Parsers for numeric and commit flags; a bad value is a usage error (exit 2)
 * naming the flag and the value.
 */
import { InvalidArgumentError } from 'commander';

/** `--timeout 30` / `--timeout 1.5`: positive seconds, returned in milliseconds. */
export function parseSeconds(value: string): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || !Number.isFinite(n) || n <= 0) {
    throw new InvalidArgumentError(`expected a positive number of seconds, got ${JSON.stringify(value)}`);
  }
  return Math.round(n * 1000);
}

/** A whole number ≥ 0 (`--min-hosts`, `--limit`, `--to`). */
export function parseCount(value: string): number {
  if (!/^\d{1,10}$/.test(value.trim())) throw new InvalidArgumentError(`expected a whole number, got ${JSON.stringify(value)}`);
  return Number(value.trim());
}

/** A commit id or unambiguous prefix: 7 to 64 hex characters, lowercased. */
export function parseCommitPrefix(value: string): string {
  const v = value.trim().toLowerCase();
  if (!/^[0-9a-f]{7,64}$/.test(v)) throw new InvalidArgumentError(`expected a commit id (7 to 64 hex characters), got ${JSON.stringify(value)}`);
  return v;
}
