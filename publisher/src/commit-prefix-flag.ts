/**
 * Parser for flags that take a commit (`wait --commit`); a bad value is a
 * usage error (exit 2) naming the value.
 */
import { InvalidArgumentError } from 'commander';

/** A commit id or unambiguous prefix: 7 to 64 hex characters, lowercased. */
export function parseCommitPrefix(value: string): string {
  const v = value.trim().toLowerCase();
  if (!/^[0-9a-f]{7,64}$/.test(v)) throw new InvalidArgumentError(`expected a commit id (7 to 64 hex characters), got ${JSON.stringify(value)}`);
  return v;
}
