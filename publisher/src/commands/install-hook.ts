import { Command } from 'commander';
import { addGlobalOptions } from '../global-options.js';
import { addWaitOptions } from '../wait/wait-options.js';
import { lazyAction } from './lazy-action.js';

/** `zkdeploy install-hook`: write hooks/post-receive into a repository. */
export function installHookCommand(): Command {
  const cmd = addGlobalOptions(new Command('install-hook'))
    .description('write an executable hooks/post-receive that runs `zkdeploy hook post-receive` with these settings')
    .requiredOption('--repo <dir>', 'the (bare) repository pushes go to')
    .requiredOption('--url <url>', 'git URL the agents fetch from')
    .requiredOption('--path <relativePath>', 'checkout path inside each agent base dir')
    .option('--branch <name>', 'the branch that deploys', 'main')
    .option('--sign-key <file>', 'sign every publish with this ed25519 private key')
    .option('--force', 'replace a post-receive hook that zkdeploy did not write');
  return addWaitOptions(cmd, true)
    .addHelpText(
      'after',
      '\nExample:\n  zkdeploy --zk zk1:2181 --auth-file /etc/zkdeploy/publisher.auth install-hook --repo /srv/git/app.git \\\n' +
        '    --url https://git.example.com/app.git --path app --wait\n' +
        'The hook names the credentials file (--auth-file, or with --auth a 0600 file <git dir>/zkdeploy-auth that this writes); it never holds the password.\n',
    )
    .action(lazyAction(() => import('./install-hook-action.js')));
}
