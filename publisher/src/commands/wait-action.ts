import type { Command } from 'commander';
import { globalOptions, withZk } from '../global-options.js';
import { runWait } from '../wait/wait-command-flow.js';
import type { WaitFlags } from '../wait/wait-options.js';

interface Flags extends WaitFlags {
  commit?: string;
}

/** Runs `zkdeploy wait`. */
export async function run(this: Command, flags: Flags): Promise<void> {
  const global = globalOptions(this);
  process.exitCode = await withZk(global, (zk) =>
    runWait(zk, global.app, { commit: flags.commit, minHosts: flags.minHosts, timeoutMs: flags.timeout, json: global.json }),
  );
}
