import { Command, Option } from 'commander';
import { addGlobalOptions } from '../global-options.js';
import { lazyAction } from './lazy-action.js';

/** `zkdeploy init`: create the app's znodes, with digest ACLs when identities are given. */
export function initCommand(): Command {
  return addGlobalOptions(new Command('init'))
    .description(
      "create the app's znodes (idempotent). With --auth (the publisher) and --agent-auth: everyone may read, " +
        'only the publisher may write config and history, agents only their registration and status',
    )
    .addOption(new Option('--agent-auth <user:password>', "the agents' ZooKeeper identity (ZKDEPLOY_AGENT_AUTH)").env('ZKDEPLOY_AGENT_AUTH'))
    .option('--agent-digest <user:hash>', "the agents' identity as a digest id, so the publisher need not know their password")
    .addHelpText(
      'after',
      '\nExamples:\n  zkdeploy init\n  zkdeploy --auth publisher:s3cret init --agent-auth agent:an0ther\n' +
        '  (then: agents run with --auth agent:an0ther, publishers with --auth publisher:s3cret)\n',
    )
    .action(lazyAction(() => import('./init-action.js')));
}
