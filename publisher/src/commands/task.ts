import { Command } from 'commander';
import { addGlobalOptions } from '../global-options.js';
import { lazyAction } from './lazy-action.js';

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

/** `zkdeploy task`: run a declared task on one host, every host or a label's hosts; list and show tasks. */
export function taskCommand(): Command {
  const cmd = new Command('task').description('named tasks declared by agents (--task name=command), assigned by the elected controller: run, list, show');
  cmd.addCommand(
    addGlobalOptions(new Command('run'))
      .description('create a task; the controller assigns it to one live host that declares it (--once, the default), to all of them (--all) or to those with a label (--hosts k=v)')
      .argument('<name>', 'the task name, as declared by agents with --task <name>=<command>')
      .option('--once', 'run on exactly one live host that declares the task (preferring a healthy host at the stable commit); again on another if that host dies mid-run')
      .option('--all', 'run on every live host that declares the task')
      .option('--hosts <selector>', 'run on every live host with this label (key=value) that declares the task')
      .option('--arg <k=v>', 'an argument, passed to the command only as the environment variable ZKDEPLOY_ARG_<K> (repeatable)', collect)
      .option('--wait', 'wait for every run, print one result per host; exit 0 only if all succeeded, 3 otherwise')
      .option('--timeout <s>', 'how long one run of the command may take (default 600); --wait waits for up to three attempts of that')
      .option('--sign-key <file>', 'sign the request (agents with --trust-key run only signed requests)')
      .option('--sign-ttl <duration>', 'how long the signed request stays valid (default 24h)')
      .addHelpText('after', '\nExamples:\n  zkdeploy task run migrate --once --arg target=42 --wait\n  zkdeploy task run warm-cache --all --wait --json\n  zkdeploy task run collect-logs --hosts zone=a --wait\n')
      .action(lazyAction(() => import('./task-run-action.js'))),
  );
  cmd.addCommand(
    addGlobalOptions(new Command('list'))
      .description('tasks, newest first: name, mode, state and runs (finished ones are pruned beyond the controller\'s --keep-tasks)')
      .action(lazyAction(() => import('./task-view-action.js'))),
  );
  cmd.addCommand(
    addGlobalOptions(new Command('show'))
      .description('one task with its result per host and attempt (exit code, duration, output tail)')
      .argument('<id>', 'the task id (t-0000000007)')
      .action(lazyAction(() => import('./task-view-action.js'))),
  );
  return cmd;
}
