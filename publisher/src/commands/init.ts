import { Command, Option } from 'commander';
import { addGlobalOptions } from '../global-options.js';
import { lazyAction } from './lazy-action.js';

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

/** `zkdeploy init`: create the app's znodes, with digest ACLs when identities are given. */
export function initCommand(): Command {
  return addGlobalOptions(new Command('init'))
    .description(
      "create the app's znodes (idempotent). With --auth (the publisher) and --agent-auth: everyone may read, " +
        'only the publisher may write config and history, agents only their registration and status',
    )
    .addOption(new Option('--agent-auth <user:password>', "the agents' ZooKeeper identity (ZKDEPLOY_AGENT_AUTH); visible in ps, prefer --agent-auth-file").env('ZKDEPLOY_AGENT_AUTH'))
    .addOption(new Option('--agent-auth-file <file>', "file holding the agents' user:password, mode 0600 (ZKDEPLOY_AGENT_AUTH_FILE)").env('ZKDEPLOY_AGENT_AUTH_FILE'))
    .option('--agent-digest <user:hash>', "the agents' identity as a digest id, so the publisher need not know their password")
    .option('--publisher-cert <pem>', "a certificate whose subject is the publisher's identity (ZooKeeper x509 ACLs; repeatable)", collect)
    .option('--agent-cert <pem>', "a certificate whose subject is an agent identity (x509 ACLs, same rights as --agent-auth; repeatable)", collect)
    .option('--host-identities', 'per-host mode: each host writes only its own records with the identity `zkdeploy host add` gives it; readers verify every live node (instead of --agent-auth)')
    .addHelpText(
      'after',
      '\nExamples:\n  zkdeploy init\n  zkdeploy --auth-file publisher.auth init --agent-auth-file agent.auth\n' +
        '  (each file holds user:password, mode 0600; then: agents run with --auth-file agent.auth,\n' +
        '  publishers with --auth-file publisher.auth)\n' +
        '  zkdeploy --zk-tls --zk-tls-ca ca.pem --zk-tls-cert publisher.pem --zk-tls-key publisher.key \\\n' +
        '    init --publisher-cert publisher.pem --agent-cert agents.pem\n',
    )
    .action(lazyAction(() => import('./init-action.js')));
}
