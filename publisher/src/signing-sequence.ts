/**
 * The sequence a publisher signs: strictly increasing per app, across
 * publishers and across a deleted and recreated `B/config`.
 *
 * `max(previous + 1, now in ms)`, where `previous` is the sequence of the
 * config this publish replaces (read for its compare-and-set, so two
 * publishers cannot both build on the same one). The clock part keeps the
 * order when there is no previous config to read (deleted, recreated, or
 * restored from an old backup): every earlier sequence was taken at an
 * earlier time. `previous + 1` covers bursts within one millisecond and a
 * publisher whose clock is behind.
 *
 * A previous sequence far ahead of the clock is not followed: only a
 * ZooKeeper writer (not a key holder) can have put it there, and following
 * it would move every later sequence out of reach of a recreated config.
 */
import { UsageError } from '@zkdeploy/shared/errors';

/** How far ahead of this publisher's clock a previous sequence may be and still be followed (clock skew between publishers). */
export const SEQUENCE_MAX_AHEAD_MS = 24 * 3600 * 1000;

/** The next sequence after `previous` (the replaced config's `sequence` field, any value) at `nowMs`. */
export function nextSequence(previous: unknown, nowMs: number): number {
  const now = Math.floor(nowMs);
  const followed = Number.isSafeInteger(previous) && (previous as number) >= 1 && (previous as number) <= now + SEQUENCE_MAX_AHEAD_MS;
  const next = followed ? Math.max((previous as number) + 1, now) : now;
  if (!Number.isSafeInteger(next) || next < 1) throw new UsageError(`cannot choose a signing sequence at clock ${nowMs} after ${String(previous)}`);
  return next;
}
