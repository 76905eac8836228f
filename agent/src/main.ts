/**
 * `zkdeploy-agent`: a shim over startAgent (runtime/start-agent.ts): parses
 * the flags, drops secrets from the environment, starts the agent, and on
 * SIGTERM or SIGINT stops it cleanly (git work aborted, registration
 * removed, session closed, exit 0).
 */
import { CommanderError } from 'commander';
import { ExitCode, ZkDeployError, createLogger, processSecrets, type CommandUser, type Logger } from '@zkdeploy/shared';
import { parseAgentOptions, type AgentOptions } from './runtime/agent-options.js';
import { resolveCommandUser, setCommandUser } from './runtime/command-user.js';
import { loadTrustKeys } from './runtime/agent-runtime.js';
import { startAgent } from './runtime/start-agent.js';

/** Serves until SIGTERM or SIGINT, then stops the agent (startAgent's handle) and resolves. */
async function serve(options: AgentOptions, user: CommandUser | undefined, log: Logger): Promise<number> {
  const stopping = new AbortController();
  for (const sig of ['SIGTERM', 'SIGINT'] as const) process.once(sig, () => stopping.abort(sig));
  const agent = await startAgent(options, { log, signal: stopping.signal, commandUser: user });
  await agent.stopped;
  return ExitCode.OK;
}

/** Variables that hold a secret; read into the options, then dropped from the process's environment. */
const SECRET_VARIABLES = ['ZKDEPLOY_AUTH', 'ZKDEPLOY_GIT_PASSWORD'];

/**
 * Once read, secrets live only in the options (git still gets its
 * credentials through the credential settings, in git's own environment):
 * dropped from process.env, so nothing that copies it can pass them on, and
 * registered for redaction, so no output tail in a status record or a log
 * line carries them.
 */
function guardSecrets(options: AgentOptions): void {
  for (const name of SECRET_VARIABLES) delete process.env[name];
  processSecrets.addUserPassword(options.auth);
  processSecrets.addCredentials(options.gitUsername, options.gitPassword);
}

/** Runs the agent; resolves with the process exit code. */
export async function main(argv: string[]): Promise<number> {
  let options: AgentOptions;
  let user: CommandUser | undefined;
  try {
    options = parseAgentOptions(argv);
    guardSecrets(options);
    loadTrustKeys(options.trustKeys); // bad keys are a usage error (exit 2), before anything starts
    user = options.runAs === undefined ? undefined : resolveCommandUser(options.runAs);
    setCommandUser(user);
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.exitCode === 0) return ExitCode.OK; // --help, --version
      process.stderr.write(`zkdeploy-agent: ${err.message.replace(/^error: /, '')}\n`);
      return ExitCode.INVALID_INPUT;
    }
    process.stderr.write(`zkdeploy-agent: ${(err as Error).message}\n`);
    return err instanceof ZkDeployError ? err.exitCode : ExitCode.INVALID_INPUT;
  }
  const log = createLogger({ level: options.logLevel, name: 'zkdeploy-agent' }).child({ host: options.host });
  try {
    return await serve(options, user, log);
  } catch (err) {
    log.fatal({ err }, 'agent failed');
    if (err instanceof ZkDeployError) process.stderr.write(`zkdeploy-agent: ${err.message}${err.hint ? ` (${err.hint})` : ''}\n`);
    return err instanceof ZkDeployError ? err.exitCode : ExitCode.OPERATIONAL;
  }
}
