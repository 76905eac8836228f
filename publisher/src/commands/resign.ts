import { Command } from 'commander';
import { addGlobalOptions } from '../global-options.js';
import { lazyAction } from './lazy-action.js';

/** `zkdeploy resign`: the current config again, with a new sequence and expiry. */
export function resignCommand(): Command {
  return addGlobalOptions(new Command('resign'))
    .description(
      're-sign the current config (signed before by the same key) with a new sequence and expiry, as a new version; ' +
        'agents already on it do not redeploy, and hosts that never accepted it (new ones) can take it after its old signature expired',
    )
    .requiredOption('--sign-key <file>', 'the ed25519 private key that signed the current config')
    .option('--sign-ttl <duration>', 'expiry of the new signature: 90s, 15m, 12h, 30d (env ZKDEPLOY_SIGN_TTL; default 30d)')
    .addHelpText('after', '\nExample (a weekly timer, so that new hosts can always join):\n  zkdeploy resign --sign-key /etc/zkdeploy/deploy.key\n')
    .action(lazyAction(() => import('./resign-action.js')));
}
