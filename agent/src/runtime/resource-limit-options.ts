/**
 * Agent flags that bound what one payload may cost the host (issue 23,
 * finding 7), kept apart from the deploy flags: `--max-tree-files`,
 * `--max-tree-bytes`, `--max-drift-watches`, `--git-low-speed-time` (each
 * also from a `ZKDEPLOY_*` variable or the config file key in camelCase).
 */
import { Option, type Command } from 'commander';
import { DEFAULT_GIT_LOW_SPEED_TIME_S, UsageError } from '@zkdeploy/shared';
import { DEFAULT_TREE_LIMITS } from '../store/tree-limits.js';
import { DEFAULT_MAX_DRIFT_WATCHES } from '../store/drift-watcher.js';

export interface ResourceLimitOptions {
  /** Files a commit's tree may hold (tree-limits.ts). */
  maxTreeFiles: number;
  /** Bytes a commit's files may add up to, as checked out. */
  maxTreeBytes: number;
  /** inotify watches of one target's active release; past it, drift is found by the periodic resync's `git status`. */
  maxDriftWatches: number;
  /** Seconds an http(s) git transfer may stay under 1000 bytes/s before git aborts it (0: never). */
  gitLowSpeedTimeS: number;
}

/** Adds the resource limit flags to the agent command. */
export function addResourceLimitOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--max-tree-files <n>', `files a commit may hold, checked before checkout (default ${DEFAULT_TREE_LIMITS.maxFiles})`).env('ZKDEPLOY_MAX_TREE_FILES'))
    .addOption(new Option('--max-tree-bytes <n[K|M|G]>', 'bytes a commit\'s files may add up to, checked before checkout (default 2G)').env('ZKDEPLOY_MAX_TREE_BYTES'))
    .addOption(new Option('--max-drift-watches <n>', `inotify watches per target for drift (default ${DEFAULT_MAX_DRIFT_WATCHES}); a larger release is checked at each resync`).env('ZKDEPLOY_MAX_DRIFT_WATCHES'))
    .addOption(new Option('--git-low-speed-time <s>', `abort an http(s) git transfer under 1000 bytes/s for <s> seconds (default ${DEFAULT_GIT_LOW_SPEED_TIME_S}; 0: never)`).env('ZKDEPLOY_GIT_LOW_SPEED_TIME'));
}

const UNITS: Record<string, number> = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3, T: 1024 ** 4 };

function count(value: unknown, flag: string, units = false): number {
  const match = /^(\d+)([KMGT]?)i?B?$/i.exec(String(value).trim());
  const n = match && (units || match[2] === '') ? Number(match[1]) * (UNITS[(match[2] ?? '').toUpperCase()] ?? 1) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new UsageError(`${flag} must be a whole number of 1 or more${units ? ' (with an optional K, M, G or T suffix)' : ''}, got ${JSON.stringify(value)}`);
  }
  return n;
}

/** Reads the resource limit flags; throws UsageError naming the bad one. */
export function parseResourceLimitOptions(pick: (key: string) => unknown): ResourceLimitOptions {
  const lowSpeed = Number(pick('gitLowSpeedTime') ?? DEFAULT_GIT_LOW_SPEED_TIME_S);
  if (!Number.isFinite(lowSpeed) || lowSpeed < 0) throw new UsageError(`--git-low-speed-time must be a number of seconds, 0 or more, got ${JSON.stringify(pick('gitLowSpeedTime'))}`);
  return {
    maxTreeFiles: count(pick('maxTreeFiles') ?? DEFAULT_TREE_LIMITS.maxFiles, '--max-tree-files'),
    maxTreeBytes: count(pick('maxTreeBytes') ?? DEFAULT_TREE_LIMITS.maxBytes, '--max-tree-bytes', true),
    maxDriftWatches: count(pick('maxDriftWatches') ?? DEFAULT_MAX_DRIFT_WATCHES, '--max-drift-watches'),
    gitLowSpeedTimeS: lowSpeed,
  };
}
