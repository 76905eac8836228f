/**
 * `zkdeploy`: the publisher CLI. Every command maps errors to the exit codes
 * of docs/design.md ("CLI contract") and prints one clear sentence on stderr.
 */
import { Command, CommanderError } from 'commander';
import { displayText } from '@zkdeploy/shared/display-text';
import { ErrorCode, ExitCode, ZkDeployError } from '@zkdeploy/shared/errors';
import { addGlobalOptions } from './global-options.js';
import { agentsCommand } from './commands/agents.js';
import { historyCommand } from './commands/history.js';
import { hostCommand } from './commands/host.js';
import { hookCommand } from './commands/hook.js';
import { initCommand } from './commands/init.js';
import { installHookCommand } from './commands/install-hook.js';
import { keygenCommand } from './commands/keygen.js';
import { publishCommand } from './commands/publish.js';
import { rollbackCommand } from './commands/rollback.js';
import { resignCommand } from './commands/resign.js';
import { statusCommand } from './commands/status.js';
import { waitCommand } from './commands/wait.js';
import { groupsCommand } from './commands/groups.js';
import { servicesCommand } from './commands/services.js';
import { dashboardCommand } from './commands/dashboard.js';
import { rolloutCommand } from './commands/rollout.js';
import { controllerCommand } from './commands/controller.js';
import { taskCommand } from './commands/task.js';
import { PUBLISHER_VERSION } from './version.js';

/** Every command, in the order `--help` lists them; add new ones here, one per line. */
const COMMANDS: (() => Command)[] = [
  publishCommand,
  statusCommand,
  waitCommand,
  agentsCommand,
  historyCommand,
  rollbackCommand,
  resignCommand,
  hookCommand,
  installHookCommand,
  initCommand,
  hostCommand,
  keygenCommand,
  groupsCommand,
  servicesCommand,
  dashboardCommand,
  rolloutCommand,
  taskCommand,
  controllerCommand,
];

/** Errors are ours to print (one sentence, right exit code), at every level of subcommands. */
function quiet(cmd: Command): Command {
  cmd.exitOverride().configureOutput({ writeErr: () => undefined });
  for (const sub of cmd.commands) quiet(sub);
  return cmd;
}

function program(): Command {
  const root = addGlobalOptions(new Command('zkdeploy'), true)
    .description('Publish git commits to a fleet through ZooKeeper and watch it converge.')
    .version(PUBLISHER_VERSION)
    .showHelpAfterError(false)
    .addHelpText('after', '\nExit codes: 0 success/converged, 1 operational error, 2 invalid input (nothing written), 3 not converged.\nRun `zkdeploy <command> --help` for a command\'s flags and an example.\n');
  for (const make of COMMANDS) root.addCommand(make());
  return quiet(root);
}

const NO_AUTH_HINT =
  'authenticate with --auth-file <file holding user:password, mode 0600> (ZKDEPLOY_AUTH_FILE) as an identity the app\'s ACL allows to write; `zkdeploy init --auth-file` sets those ACLs';

/** Writes to stderr with control characters escaped line by line: a message can quote znode data or git output. */
function say(text: string): void {
  process.stderr.write(`${text.split('\n').map(displayText).join('\n')}\n`);
}

/** Prints an error as one sentence and returns its exit code. */
export function reportError(err: unknown): number {
  if (err instanceof CommanderError) {
    if (err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return ExitCode.OK;
    say(`zkdeploy: ${err.message.replace(/^error: /, '')}`);
    return ExitCode.INVALID_INPUT;
  }
  if (err instanceof ZkDeployError) {
    const hint = err.hint ?? (err.code === ErrorCode.ZK_NO_AUTH ? NO_AUTH_HINT : undefined);
    say(`zkdeploy: ${err.message}${hint ? `\n  hint: ${hint}` : ''}`);
    return err.exitCode;
  }
  say(`zkdeploy: ${err instanceof Error ? err.message : String(err)}`);
  return ExitCode.OPERATIONAL;
}

/** Runs the CLI; resolves with the exit code. */
export async function main(argv: string[]): Promise<number> {
  process.exitCode = undefined;
  try {
    await program().parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : ExitCode.OK;
  } catch (err) {
    return reportError(err);
  }
}
