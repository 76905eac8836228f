/**
 * Parsers for numeric flags; a bad value is a usage error (exit 2)
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
