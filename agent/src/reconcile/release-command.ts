/**
 * Runs the operator's `--check` (in the prepared release, before activation)
 * and `--exec` (in the target, after activation) commands.
 *
 * They go through `sh -c` on purpose: the operator writes them on the agent's
 * own command line or config file, like a systemd ExecStartPost or a git-sync
 * exechook, and expects shell syntax. Nothing from ZooKeeper is ever put into
 * the command string; the deploy's facts reach it only as environment
 * variables (ZKDEPLOY_COMMIT, ZKDEPLOY_PATH, ZKDEPLOY_APP, ZKDEPLOY_HOST,
 * ZKDEPLOY_CONFIG_VERSION), beside an allowlist of the agent's own (shared's
 * command-env.ts): never its secrets. It runs as the `--run-as` user when one
 * is set. The output's tail, which goes into the status record, is redacted
 * of the agent's secrets. A timeout kills the whole process group.
 */
import { spawn } from 'node:child_process';
import { ErrorCode, ZkDeployError, commandSpawnOptions, redactSecrets, tail } from '@zkdeploy/shared';
import { commandUser } from '../runtime/command-user.js';

export interface CommandFacts {
  commit: string;
  path: string;
  app: string;
  host: string;
  configVersion: number;
}

export interface CommandRun {
  kind: 'check' | 'exec';
  command: string;
  cwd: string;
  facts: CommandFacts;
  timeoutMs: number;
  signal?: AbortSignal;
}

/** How much of a command's output is kept (its end). */
const OUTPUT_KEPT = 16_384;

/** The deploy's facts as the command's variables. */
export function factsEnv(facts: CommandFacts): Record<string, string> {
  return {
    ZKDEPLOY_COMMIT: facts.commit,
    ZKDEPLOY_PATH: facts.path,
    ZKDEPLOY_APP: facts.app,
    ZKDEPLOY_HOST: facts.host,
    ZKDEPLOY_CONFIG_VERSION: String(facts.configVersion),
  };
}

/** Runs the command; resolves with its output (redacted), rejects with ERR_CHECK_FAILED / ERR_EXEC_FAILED and the output's tail. */
export function runReleaseCommand(run: CommandRun): Promise<string> {
  const spawnAs = commandSpawnOptions(factsEnv(run.facts), commandUser());
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', run.command], { cwd: run.cwd, ...spawnAs, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    let cut = false;
    const collect = (c: Buffer): void => {
      const all = output + c.toString('utf8');
      cut ||= all.length > OUTPUT_KEPT;
      output = all.slice(-OUTPUT_KEPT);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let why: string | null = null;
    const killGroup = (reason: string): void => {
      why = reason;
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => killGroup(`timed out after ${run.timeoutMs} ms`), run.timeoutMs);
    const onAbort = (): void => killGroup('was aborted (agent stopping)');
    run.signal?.addEventListener('abort', onAbort, { once: true });
    child.on('error', (err) => {
      why = `could not start: ${err.message}`;
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      run.signal?.removeEventListener('abort', onAbort);
      if (code === 0 && why === null) return resolve(redactSecrets(output, { start: cut }));
      const result = why ?? `exited with ${code ?? signal}`;
      const last = tail(output, 10, 2000);
      const code_ = run.kind === 'check' ? ErrorCode.CHECK_FAILED : ErrorCode.EXEC_FAILED;
      const what = run.kind === 'check' ? '--check command' : '--exec command';
      reject(
        new ZkDeployError(code_, `${what} ${result}${last ? `; output ends with: ${last}` : ' with no output'}`, {
          hint: run.kind === 'check' ? 'the release was not activated; fix the commit or the check' : 'the release is active; fix the command or publish a fix',
          details: { output: last },
        }),
      );
    });
  });
}
