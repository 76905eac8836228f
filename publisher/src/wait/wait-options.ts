/**
 * The flags of waiting for convergence, shared by `wait` and the commands that
 * can wait after writing (`publish`, `rollback`, `hook post-receive`).
 */
import { Option, type Command } from 'commander';
import { parseCount, parseSeconds } from '../number-flags.js';

/** Default `--timeout`: long enough for a clone over a slow link, short enough for a git hook. */
export const DEFAULT_WAIT_TIMEOUT_MS = 300_000;

export interface WaitFlags {
  wait?: boolean;
  timeout: number;
  minHosts: number;
}

/** Adds `--timeout` and `--min-hosts` (and `--wait` unless the command always waits). */
export function addWaitOptions(cmd: Command, withWaitFlag: boolean): Command {
  if (withWaitFlag) cmd.option('--wait', 'block until every live agent is ok for this version (exit 3 if not)');
  return cmd
    .addOption(new Option('--timeout <seconds>', 'give up waiting after this long (exit 3)').argParser(parseSeconds).default(DEFAULT_WAIT_TIMEOUT_MS, '300'))
    .addOption(new Option('--min-hosts <n>', 'also require at least this many live agents to be ok').argParser(parseCount).default(0));
}
