import { Command } from 'commander';
import { addGlobalOptions } from '../global-options.js';
import { lazyAction } from './lazy-action.js';
import { addPlanOptions } from './rollout-plan-options.js';

/** `zkdeploy rollout`: the app's rollout (status, pause, resume, abort, promote) and its default plan. */
export function rolloutCommand(): Command {
  const cmd = new Command('rollout').description('progressive rollouts: status, pause, resume, abort, promote, and the app default plan');
  const action = lazyAction(() => import('./rollout-action.js'));
  cmd.addCommand(
    addGlobalOptions(new Command('status'))
      .description('the rollout: state, reason, candidate, each wave with its hosts (state, health, commit), gate timers')
      .option('--watch', 'keep running and show every change')
      .action(action),
  );
  cmd.addCommand(
    addGlobalOptions(new Command('history'))
      .description('finished rollouts, newest first: completed, halted or aborted, and why')
      .option('--limit <n>', 'show at most n rollouts (default 20)')
      .action(action),
  );
  for (const [name, what] of [
    ['pause', 'stop advancing waves (hosts keep what they run)'],
    ['resume', 'continue a paused rollout (also passes a --manual gate)'],
    ['abort', 'end the rollout and return every host to the stable version'],
    ['promote', 'skip the remaining gates: the candidate becomes the stable config now'],
  ] as const) {
    cmd.addCommand(addGlobalOptions(new Command(name)).description(what).action(action));
  }
  const policy = new Command('policy').description("the app's default rollout plan, used by every publish that names none (the post-receive hook included)");
  policy.addCommand(addPlanOptions(addGlobalOptions(new Command('set'))).description('set the default plan (same flags as publish)').action(action));
  policy.addCommand(addGlobalOptions(new Command('show')).description('show the default plan').action(action));
  policy.addCommand(addGlobalOptions(new Command('clear')).description('remove the default plan: publishes reach every host at once').action(action));
  cmd.addCommand(policy);
  return cmd;
}
