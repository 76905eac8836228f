import { resolve } from 'node:path';
import { Command } from 'commander';
import { ExitCode } from '@zkdeploy/shared';
import { addGlobalOptions, globalOptions, withZk } from '../global-options.js';
import { publishPush } from '../hook-publish.js';
import { branchRef, isDeletion, parsePostReceiveInput, updateOfBranch } from '../post-receive-input.js';
import { runWait } from '../wait-command-flow.js';
import { addWaitOptions, type WaitFlags } from '../wait-options.js';

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

function postReceiveCommand(): Command {
  const cmd = addGlobalOptions(new Command('post-receive'))
    .description(
      "read git's post-receive input and publish the new commit of --branch; ignores other refs and deletions, " +
        'and refuses a commit that does not descend from the published one unless --force',
    )
    .requiredOption('--url <url>', 'git URL the agents fetch from')
    .requiredOption('--path <relativePath>', 'checkout path inside each agent base dir')
    .option('--branch <name>', 'the branch that deploys', 'main')
    .option('--force', 'publish even when the new commit does not descend from the published one')
    .option('--sign-key <file>', 'sign the payload with this ed25519 private key')
    .option('--git-dir <dir>', 'the repository (default: $GIT_DIR or the current directory, as git runs hooks)');
  return addWaitOptions(cmd, true)
    .addHelpText('after', '\nExample (hooks/post-receive; `zkdeploy install-hook` writes this for you):\n  exec zkdeploy hook post-receive --zk zk1:2181 --url https://git.example.com/app.git --path app --wait\n')
    .action(async function (this: Command, flags: Flags) {
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
        if (outcome.kind === 'unchanged') {
          process.stdout.write(`zkdeploy: ${update.newId} is already published to ${global.app} (version ${outcome.version})\n`);
        } else {
          process.stdout.write(`zkdeploy: published ${update.newId} (${ref}) to ${global.app} as version ${outcome.result.version}\n`);
        }
        if (!flags.wait) return ExitCode.OK;
        return runWait(zk, global.app, { commit: update.newId, minHosts: flags.minHosts, timeoutMs: flags.timeout, json: global.json });
      });
    });
}

/** `zkdeploy hook …`: entry points for git hooks. */
export function hookCommand(): Command {
  return new Command('hook').description('entry points for git hooks').addCommand(postReceiveCommand());
}
