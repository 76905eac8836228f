/**
 * `--task <name>=<command>` (repeatable; config file key `tasks`, an object
 * of name to command or a list of `name=command`): the only commands a task
 * request may run on this host. The command is the operator's own shell
 * line, like --exec; a request only names it and passes arguments as
 * environment variables.
 */
import { Option, type Command } from 'commander';
import { TASK_NAME, UsageError } from '@zkdeploy/shared';

export interface TaskAgentOptions {
  /** Declared tasks: name → command. */
  tasks?: Record<string, string>;
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

export function addTaskOptions(cmd: Command): Command {
  return cmd.addOption(new Option('--task <name=command>', 'declare a task this host may run when asked (`zkdeploy task run <name>`); repeatable').argParser(collect));
}

/** The declared tasks from flags (or the config file's `tasks`); throws UsageError naming --task. */
export function parseTaskOptions(pick: (key: string, fileKey?: string) => unknown): TaskAgentOptions {
  const value = pick('task', 'tasks');
  const pairs: [string, string][] = [];
  if (Array.isArray(value)) {
    for (const v of value) pairs.push(splitTask(String(v)));
  } else if (typeof value === 'object' && value !== null) {
    for (const [name, command] of Object.entries(value)) pairs.push([name, typeof command === 'string' ? command : '']);
  } else if (value !== undefined) {
    pairs.push(splitTask(String(value)));
  }
  const tasks: Record<string, string> = {};
  for (const [name, command] of pairs) {
    if (!TASK_NAME.test(name)) throw new UsageError(`--task ${JSON.stringify(name)}: the name must be letters, digits, . _ - (at most 63, starting with a letter or digit)`, { hint: 'example: --task migrate="./bin/migrate up"' });
    if (command.trim() === '') throw new UsageError(`--task ${name}: the command is empty`);
    if (name in tasks) throw new UsageError(`--task ${name} is declared twice`);
    tasks[name] = command;
  }
  return { tasks };
}

function splitTask(text: string): [string, string] {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new UsageError(`--task ${JSON.stringify(text)} is not name=command`, { hint: 'example: --task migrate="./bin/migrate up"' });
  return [text.slice(0, eq), text.slice(eq + 1)];
}
