/**
 * `zkdeploy`: the publisher CLI. Every command maps errors to the exit codes
 * of DESIGN.md and prints one clear sentence on stderr.
 */
import { Command, CommanderError } from 'commander';
import { ExitCode, ZkDeployError } from '@zkdeploy/shared';
import { addGlobalOptions } from './global-options.js';
import { publishCommand } from './commands/publish.js';
import { statusCommand } from './commands/status.js';
import { PUBLISHER_VERSION } from './version.js';

function program(): Command {
  const root = addGlobalOptions(new Command('zkdeploy'), true)
    .description('Publish git commits to a fleet through ZooKeeper and watch it converge.')
    .version(PUBLISHER_VERSION)
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({ writeErr: () => undefined });
  for (const cmd of [publishCommand(), statusCommand()]) {
    root.addCommand(cmd.exitOverride().configureOutput({ writeErr: () => undefined }));
  }
  return root;
}

/** Prints an error as one sentence and returns its exit code. */
export function reportError(err: unknown): number {
  if (err instanceof CommanderError) {
    if (err.exitCode === 0) return ExitCode.OK;
    process.stderr.write(`zkdeploy: ${err.message.replace(/^error: /, '')}\n`);
    return ExitCode.INVALID_INPUT;
  }
  if (err instanceof ZkDeployError) {
    process.stderr.write(`zkdeploy: ${err.message}${err.hint ? `\n  hint: ${err.hint}` : ''}\n`);
    return err.exitCode;
  }
  process.stderr.write(`zkdeploy: ${err instanceof Error ? err.message : String(err)}\n`);
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
