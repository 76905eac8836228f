import { Command } from 'commander';
import { lazyAction } from './lazy-action.js';

/** `zkdeploy keygen`: an ed25519 key pair for signed payloads. */
export function keygenCommand(): Command {
  return new Command('keygen')
    .description('make an ed25519 key pair: <prefix>.key (private, mode 0600) for publish --sign-key, <prefix>.pub for agent --trust-key')
    .option('--out <prefix>', 'path prefix of the two files', 'zkdeploy-signing')
    .option('--force', 'overwrite existing files')
    .option('--json', 'machine-readable output on stdout')
    .addHelpText('after', '\nExample:\n  zkdeploy keygen --out /etc/zkdeploy/deploy\n  zkdeploy publish ... --sign-key /etc/zkdeploy/deploy.key\n  zkdeploy-agent ... --trust-key /etc/zkdeploy/deploy.pub\n  zkdeploy resign --sign-key /etc/zkdeploy/deploy.key   # weekly: re-sign the current config before it expires\n')
    .action(lazyAction(() => import('./keygen-action.js')));
}
