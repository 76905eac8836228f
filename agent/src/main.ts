/**
 * `zkdeploy-agent`: connects to ZooKeeper, serves every --app, and on SIGTERM
 * finishes cleanly (git work aborted, registration removed, session closed,
 * exit 0).
 */
import { mkdir } from 'node:fs/promises';
import { CommanderError } from 'commander';
import { ExitCode, ZkClient, ZkDeployError, backoffDelay, createLogger, processSecrets, sleep, type Logger } from '@zkdeploy/shared';
import { parseAgentOptions, type AgentOptions } from './runtime/agent-options.js';
import { resolveCommandUser, setCommandUser } from './runtime/command-user.js';
import { AgentRuntime, loadTrustKeys } from './runtime/agent-runtime.js';
import { AppAgent } from './runtime/app-agent.js';
import { GroupAndServices } from './membership/group-and-services.js';

async function connectUntilUp(options: AgentOptions, log: Logger, signal: AbortSignal): Promise<ZkClient> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await ZkClient.connect({
        connectString: options.zk,
        sessionTimeoutMs: options.sessionTimeoutMs,
        auth: options.auth,
        logger: log,
      });
    } catch (err) {
      if (signal.aborted) throw err;
      const delay = backoffDelay(attempt, 1000, 30_000);
      log.error({ err, retryInMs: delay }, 'ZooKeeper unreachable; retrying');
      await sleep(delay, signal);
    }
  }
}

async function serve(options: AgentOptions, log: Logger): Promise<number> {
  const stopping = new AbortController();
  let zk: ZkClient | null = null;
  const agents: AppAgent[] = [];
  let groupServices: GroupAndServices | null = null;
  const runtime = new AgentRuntime(options, log);
  const stop = async (signal: string): Promise<void> => {
    log.info({ signal }, 'stopping');
    stopping.abort();
    await groupServices?.stop();
    await Promise.all(agents.map((a) => a.stop()));
    await zk?.close();
    await runtime.close();
  };
  const stopped = new Promise<void>((resolve) => {
    for (const sig of ['SIGTERM', 'SIGINT'] as const) process.once(sig, () => void stop(sig).then(resolve));
  });
  // Never group- or world-writable, whatever the umask: the base-dir check (base-dir-safety.ts) refuses that.
  await mkdir(options.baseDir, { recursive: true, mode: 0o755 });
  try {
    await runtime.start(() => agents, () => zk);
    zk = await connectUntilUp(options, log, stopping.signal);
    runtime.watchConnection(zk);
    const extras = new GroupAndServices(zk, options, log);
    for (const app of options.apps) {
      const agent = new AppAgent(zk, { ...runtime.appOptions(app), activation: extras.activationHooks });
      await agent.start();
      agents.push(agent);
    }
    groupServices = extras;
    extras.start();
  } catch (err) {
    if (stopping.signal.aborted) return ExitCode.OK;
    await stop('startup failure');
    throw err;
  }
  await stopped;
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
  try {
    options = parseAgentOptions(argv);
    guardSecrets(options);
    loadTrustKeys(options.trustKeys); // bad keys are a usage error (exit 2), before anything starts
    setCommandUser(options.runAs === undefined ? undefined : resolveCommandUser(options.runAs));
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
    return await serve(options, log);
  } catch (err) {
    log.fatal({ err }, 'agent failed');
    if (err instanceof ZkDeployError) process.stderr.write(`zkdeploy-agent: ${err.message}${err.hint ? ` (${err.hint})` : ''}\n`);
    return err instanceof ZkDeployError ? err.exitCode : ExitCode.OPERATIONAL;
  }
}
