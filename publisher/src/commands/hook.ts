import { Command } from 'commander';
import { addGlobalOptions } from '../global-options.js';
import { addWaitOptions } from '../wait/wait-options.js';
import { lazyAction } from './lazy-action.js';

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
    .action(lazyAction(() => import('./post-receive-action.js')));
}

/** `zkdeploy hook …`: entry points for git hooks. */
export function hookCommand(): Command {
  return new Command('hook').description('entry points for git hooks').addCommand(postReceiveCommand());
}
