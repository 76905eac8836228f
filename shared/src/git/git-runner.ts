/**
 * The one place that spawns git. Arguments are always an array (never a
 * shell string), the environment is scrubbed, every call has a timeout and
 * an abort signal, and hooks, prompts and risky transports are switched off.
 */
import { spawn } from 'node:child_process';
import { ErrorCode, ZkDeployError } from '../errors.js';
import { redactSecrets } from '../secret-redaction.js';

/** Transports git may use; `ext` and `fd` run arbitrary commands and are never allowed. */
export const GIT_ALLOWED_PROTOCOLS = 'file:git:http:https:ssh';

/** Config that every git call runs with, before its own arguments. */
const SAFE_CONFIG = [
  '-c', 'core.hooksPath=/dev/null',
  '-c', 'core.fsmonitor=false',
  '-c', 'submodule.recurse=false',
  '-c', 'protocol.ext.allow=never',
  '-c', 'protocol.fd.allow=never',
  '-c', 'advice.detachedHead=false',
  '-c', 'init.defaultBranch=main',
];

/** Inherited variables git may still see; everything else (GIT_DIR from a hook, …) is dropped. */
const KEPT_ENV = ['PATH', 'HOME', 'TMPDIR', 'SSH_AUTH_SOCK', 'http_proxy', 'https_proxy', 'no_proxy', 'HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY'];

export interface GitRunOptions {
  cwd: string;
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Extra variables (GIT_SSH_COMMAND, credentials); never logged. */
  env?: Record<string, string>;
  /** Exit codes that are answers rather than failures (e.g. 1 for `merge-base --is-ancestor`). */
  okCodes?: number[];
  /** `false` for a command whose stdout nobody reads: no pipe is made for it (stderr is always kept). */
  stdout?: boolean;
}

export interface GitResult {
  stdout: string;
  stderr: string;
  code: number;
}

/** A failed git command, with the tail of its stderr. */
export class GitError extends ZkDeployError {
  constructor(
    message: string,
    readonly gitArgs: string[],
    readonly exitCode_: number | null,
    readonly stderr: string,
    timedOut = false,
  ) {
    super(timedOut ? ErrorCode.GIT_TIMEOUT : ErrorCode.GIT_FAILED, message, { details: { stderr: tail(stderr) } });
  }
}

/** The last few lines of a command's output, for error messages. */
export function tail(text: string, lines = 5, chars = 800): string {
  // Redacted whole, before the cut, so that no cut leaves a piece of a secret.
  const cut = redactSecrets(text).trim().split('\n').slice(-lines).join('\n');
  return cut.length > chars ? cut.slice(-chars) : cut;
}

/** The scrubbed environment git runs with. */
export function gitEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const key of KEPT_ENV) {
    const value = process.env[key];
    if (value !== undefined) env[key] = value;
  }
  return {
    ...env,
    LC_ALL: 'C',
    GIT_TERMINAL_PROMPT: '0',
    GIT_ALLOW_PROTOCOL: GIT_ALLOWED_PROTOCOLS,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_ASKPASS: '',
    SSH_ASKPASS: '',
    GCM_INTERACTIVE: 'never',
    ...extra,
  };
}

/** Runs `git <args>` in `cwd`. Rejects with GitError on a non-zero exit, timeout or abort. */
export function runGit(args: string[], options: GitRunOptions): Promise<GitResult> {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const fullArgs = [...SAFE_CONFIG, ...args];
  return new Promise((resolve, reject) => {
    const child = spawn('git', fullArgs, {
      cwd: options.cwd,
      env: gitEnv(options.env),
      stdio: ['ignore', options.stdout === false ? 'ignore' : 'pipe', 'pipe'],
      signal: options.signal,
      timeout: timeoutMs,
      killSignal: 'SIGKILL',
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (c: Buffer) => out.push(c));
    child.stderr?.on('data', (c: Buffer) => err.push(c));
    child.on('error', (e) => {
      const aborted = (e as NodeJS.ErrnoException).name === 'AbortError';
      reject(new GitError(`git ${args[0] ?? ''} ${aborted ? 'was aborted' : `could not run: ${e.message}`}`, args, null, ''));
    });
    child.on('close', (code, signal) => {
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      if (code === 0 || (code !== null && options.okCodes?.includes(code))) return resolve({ stdout, stderr, code });
      const timedOut = signal === 'SIGKILL' && code === null;
      const why = timedOut ? `timed out after ${timeoutMs} ms` : `failed (exit ${code ?? signal})`;
      reject(new GitError(`git ${args[0] ?? ''} ${why}: ${tail(stderr, 2, 300) || 'no output'}`, args, code, stderr, timedOut));
    });
  });
}
