import { Command } from 'commander';
import { addGlobalOptions } from '../global-options.js';
import { addWaitOptions } from '../wait/wait-options.js';
import { lazyAction } from './lazy-action.js';
import { addPlanOptions } from './rollout-plan-options.js';

/** `zkdeploy publish`: validate, CAS-write config plus history, optionally wait. */
export function publishCommand(): Command {
  const cmd = addGlobalOptions(new Command('publish'))
    .description('validate a payload and write it to the config znode (compare-and-set, with its history entry)')
    .requiredOption('--url <url>', 'git URL the agents fetch from')
    .requiredOption('--commit <id>', 'full commit id (40 or 64 hex characters)')
    .requiredOption('--path <relativePath>', 'checkout path inside each agent base dir')
    .option('--ref <ref>', 'the ref the commit came from, for humans')
    .option('--message <text>', 'a note stored with the publish')
    .option('--sign-key <file>', 'sign the payload with this ed25519 private key (from `zkdeploy keygen`), with the app, a new sequence and an expiry')
    .option('--sign-ttl <duration>', 'how long agents may newly accept the signed payload: 90s, 15m, 12h, 30d (env ZKDEPLOY_SIGN_TTL; default 30d)');
  addPlanOptions(cmd)
    .option('--now', "ignore the app's default rollout plan: reach every host at once")
    .option('--before-wave <task>', 'run this declared task once (zkdeploy task run --once) before the first wave, e.g. a migration; its failure halts the rollout with no host moved');
  return addWaitOptions(cmd, true)
    .addHelpText(
      'after',
      '\nExamples:\n  zkdeploy publish --url https://git.example.com/app.git --commit $(git rev-parse HEAD) --path app\n' +
        '  zkdeploy publish --url ... --commit ... --path app --sign-key deploy.key --sign-ttl 7d --wait --timeout 120\n' +
        '  zkdeploy publish --url ... --commit ... --path app --waves 1,25%,* --bake 60 --max-failed 1 --auto-rollback --wait\n' +
        '  zkdeploy publish --url ... --commit ... --path app --waves 1,* --before-wave migrate --wait\n',
    )
    .action(lazyAction(() => import('./publish-action.js')));
}
