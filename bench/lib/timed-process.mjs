/**
 * Runs a process to completion and times it from spawn to exit, the way a
 * shell (or git running a hook) experiences it.
 */
import { spawn } from 'node:child_process';
import { nowMs } from './stats.mjs';

/** `{code, ms, startedAt, exitedAt, stdout, stderr}` of `command args`. */
export function timedRun(command, args, { env, timeoutMs = 120_000 } = {}) {
  return new Promise((resolve, reject) => {
    const startedAt = nowMs();
    const child = spawn(command, args, { env: env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      const exitedAt = nowMs();
      child.on('close', () => resolve({ code: code ?? (signal ? 128 : 1), ms: exitedAt - startedAt, startedAt, exitedAt, stdout, stderr }));
    });
  });
}
