import { resolve } from 'node:path';
import type { Command } from 'commander';
import { ExitCode } from '@zkdeploy/shared/errors';
import { globalOptions, withZk } from '../global-options.js';
import { publishPush } from '../hook-publish.js';
import { branchRef, isDeletion, parsePostReceiveInput, updateOfBranch } from '../post-receive-input.js';
import type { WaitFlags } from '../wait/wait-options.js';

interface Flags extends WaitFlags {
  url: string;
  path: string;
  branch: string;
  force?: boolean;
  signKey?: string;
  gitDir?: string;
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The repository the hook runs in: --git-dir, else git's GIT_DIR (relative to the cwd), else the cwd. */
function hookGitDir(flag: string | undefined): string {
  return resolve(flag ?? process.env['GIT_DIR'] ?? '.');
}

/** Runs `zkdeploy hook post-receive`: what a git push waits for. Waiting loads only with --wait. */
export async function run(this: Command, flags: Flags): Promise<void> {
  const global = globalOptions(this);
  const update = updateOfBranch(parsePostReceiveInput(await readStdin()), flags.branch);
  const ref = branchRef(flags.branch);
  if (!update) {
    process.stdout.write(`zkdeploy: no update to ${ref} in this push; nothing published\n`);
    process.exitCode = ExitCode.OK;
    return;
  }
  if (isDeletion(update)) {
    process.stdout.write(`zkdeploy: ${ref} was deleted; the fleet keeps its current config; nothing published\n`);
    process.exitCode = ExitCode.OK;
    return;
  }
  process.exitCode = await withZk(global, async (zk) => {
    const outcome = await publishPush(zk, global.app, {
      gitDir: hookGitDir(flags.gitDir),
      url: flags.url,
      path: flags.path,
      update,
      force: Boolean(flags.force),
      signKey: flags.signKey,
      warn: (line) => process.stderr.write(`${line}\n`),
    });
    if (outcome.kind === 'rollout') {
      process.stdout.write(`zkdeploy: rolling out ${update.newId} (${ref}) to ${global.app} as rollout ${outcome.id} (the app's default plan)\n`);
      if (!flags.wait) return ExitCode.OK;
      return (await import('../wait/rollout-follow.js')).followRollout(zk, global.app, outcome.id, flags.timeout, global.json);
    }
    if (outcome.kind === 'unchanged') {
      process.stdout.write(`zkdeploy: ${update.newId} is already published to ${global.app} (version ${outcome.version})\n`);
    } else {
      process.stdout.write(`zkdeploy: published ${update.newId} (${ref}) to ${global.app} as version ${outcome.result.version}\n`);
    }
    if (!flags.wait) return ExitCode.OK;
    const { runWait } = await import('../wait/wait-command-flow.js');
    return runWait(zk, global.app, { commit: update.newId, minHosts: flags.minHosts, timeoutMs: flags.timeout, json: global.json });
  });
}
