/**
 * Runs one task's declared command. As for --exec (release-command.ts), the
 * command line is the operator's own, run through `sh -c` in the active
 * release; nothing from ZooKeeper enters the command string. The request's
 * arguments, the task id and the attempt reach it only as environment
 * variables, beside the commands' allowlist (shared's command-env.ts), as the
 * `--run-as` user when one is set. Its output's tail is bounded and redacted
 * of the agent's secrets; a timeout or the agent stopping kills the whole
 * process group.
 */
import { spawn } from 'node:child_process';
import { commandSpawnOptions, redactSecrets } from '@zkdeploy/shared';
import { commandUser } from '../runtime/command-user.js';

/** How much of a task's output its result keeps (its end): results stay small for a fleet's worth of them. */
export const TASK_OUTPUT_KEPT = 4096;

export interface TaskCommandRun {
  command: string;
  cwd: string;
  env: Record<string, string>;
  timeoutMs: number;
  signal?: AbortSignal;
}

export interface TaskCommandResult {
  /** null when the command did not exit by itself (timeout, abort, could not start). */
  exitCode: number | null;
  durationMs: number;
  output: string;
}

export function runTaskCommand(run: TaskCommandRun): Promise<TaskCommandResult> {
  const started = Date.now();
  const spawnAs = commandSpawnOptions(run.env, commandUser());
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', run.command], { cwd: run.cwd, ...spawnAs, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    let cut = false;
    const collect = (c: Buffer): void => {
      const all = output + c.toString('utf8');
      cut ||= all.length > TASK_OUTPUT_KEPT;
      output = all.slice(-TASK_OUTPUT_KEPT);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let why: string | null = null;
    const killGroup = (reason: string): void => {
      why ??= reason;
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => killGroup(`timed out after ${Math.round(run.timeoutMs / 1000)} s`), run.timeoutMs);
    const onAbort = (): void => killGroup('was aborted (agent stopping)');
    run.signal?.addEventListener('abort', onAbort, { once: true });
    child.on('error', (err) => {
      why ??= `could not start: ${err.message}`;
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      run.signal?.removeEventListener('abort', onAbort);
      const text = redactSecrets(output, { start: cut });
      resolve({ exitCode: why === null ? code : null, durationMs: Date.now() - started, output: why === null ? text : `${text}${text ? '\n' : ''}[zkdeploy: the command ${why}]` });
    });
  });
}
