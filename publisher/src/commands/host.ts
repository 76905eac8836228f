import { Command } from 'commander';
import { addGlobalOptions } from '../global-options.js';
import { lazyAction } from './lazy-action.js';

/** `zkdeploy host add|remove <host>`: one ZooKeeper identity per host (per-host identities). */
export function hostCommand(): Command {
  const add = addGlobalOptions(new Command('add'))
    .description(
      "give a host its own ZooKeeper identity host-<host>: writes host-<host>:<random password> to --secret-file (mode 0600), " +
        'pre-creates B/status/<host> that only this identity may write, and lets it register under B/agents, B/groups and B/services. ' +
        'Run as the publisher; again (with --force) to rotate the password. With --cert instead, the host is known by its TLS client certificate',
    )
    .argument('<host>', 'the host name the agent runs with (--host)')
    .option('--secret-file <path>', 'where to write the identity (copy it to the host, use it as the agent\'s --auth-file)')
    .option('--cert <pem>', "instead of a password: the host's TLS client certificate, whose subject becomes its identity (x509)")
    .option('--force', 'overwrite an existing --secret-file')
    .addHelpText(
      'after',
      '\nExample:\n  zkdeploy --auth-file publisher.auth host add web-1 --secret-file web-1.auth\n' +
        '  scp web-1.auth web-1:/etc/zkdeploy/zk.auth   # then on web-1:\n' +
        '  zkdeploy-agent --host web-1 --auth-file /etc/zkdeploy/zk.auth …\n' +
        '  zkdeploy --zk-tls --zk-tls-cert publisher.pem --zk-tls-key publisher.key host add web-2 --cert web-2.pem\n',
    )
    .action(lazyAction(() => import('./host-add-action.js')));
  const remove = addGlobalOptions(new Command('remove'))
    .description("take a host's identity away: no more rights under B, and its status record is deleted")
    .argument('<host>', 'the host name')
    .action(lazyAction(() => import('./host-remove-action.js')));
  return new Command('host').description('per-host ZooKeeper identities (see `init --host-identities`)').addCommand(add).addCommand(remove);
}
