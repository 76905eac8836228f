/**
 * The one place that spawns git. Arguments are always an array (never a
 * shell string), the environment is scrubbed, every call has a timeout and
 * an abort signal, and hooks, prompts and risky transports are switched off.
 *
 * A server that accepts a connection and then stalls must not hold a fetch
 * for the whole timeout: over http(s) git gives up once the transfer stays
 * under {@link GIT_LOW_SPEED_LIMIT} bytes/s for a while (git's
 * `http.lowSpeedLimit`/`lowSpeedTime`; callers may shorten or lengthen it
 * with {@link lowSpeedConfig}), and ssh sends keep-alives and drops a peer
 * that stops answering them ({@link SSH_KEEPALIVE}).
 */
import { spawn } from 'node:child_process';
import { spawnTurn } from './spawn-turns.js';
import { executablePath } from './executable-path.js';
import { ErrorCode, ZkDeployError } from '../errors.js';
import { redactSecrets } from '../secret-redaction.js';

/** Transports git may use; `ext` and `fd` run arbitrary commands and are never allowed. */
export const GIT_ALLOWED_PROTOCOLS = 'file:git:http:https:ssh';

/** Bytes per second under which an http(s) transfer counts as stalled. */
export const GIT_LOW_SPEED_LIMIT = 1000;
/** Seconds a transfer may stay under {@link GIT_LOW_SPEED_LIMIT} before git aborts it, unless the caller says otherwise. */
export const DEFAULT_GIT_LOW_SPEED_TIME_S = 60;

/**
 * `-c` settings that make git abort an http(s) transfer slower than
 * {@link GIT_LOW_SPEED_LIMIT} bytes/s for `seconds` (0: never); put after the
 * defaults, they replace them.
 */
export function lowSpeedConfig(seconds: number): string[] {
  return seconds > 0
    ? ['-c', `http.lowSpeedLimit=${GIT_LOW_SPEED_LIMIT}`, '-c', `http.lowSpeedTime=${Math.ceil(seconds)}`]
    : ['-c', 'http.lowSpeedLimit=0', '-c', 'http.lowSpeedTime=0'];
}

/**
 * ssh options of every git call over ssh: a keep-alive every 15 s, and the
 * connection dropped after four unanswered (about a minute of silence),
 * instead of waiting on a dead peer for the whole timeout. Appended to the
 * caller's ssh command, so an option the caller set itself wins (ssh uses
 * the first value it is given).
 */
export const SSH_KEEPALIVE = '-o ServerAliveInterval=15 -o ServerAliveCountMax=4';

/** Config that every git call runs with, before its own arguments. */
const SAFE_CONFIG = [
  ...lowSpeedConfig(DEFAULT_GIT_LOW_SPEED_TIME_S),
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
  /**
   * Receives stdout as it comes instead of collecting it (the result's
   * `stdout` is then empty); returning `'stop'` kills git and resolves with
   * `stopped: true`, for a reader that has seen enough of a large listing.
   */
  onStdout?: (chunk: Buffer) => 'stop' | void;
}

export interface GitResult {
  stdout: string;
  stderr: string;
  code: number;
  /** True when `onStdout` stopped the command early. */
  stopped?: boolean;
}

/** A failed git command, with the tail of its stderr. */
export class GitError extends ZkDeployError {
  /** git's stderr, redacted of the process's secrets: a logged error carries it. */
  readonly stderr: string;

  constructor(
    message: string,
    readonly gitArgs: string[],
    readonly exitCode_: number | null,
    stderr: string,
    timedOut = false,
  ) {
    super(timedOut ? ErrorCode.GIT_TIMEOUT : ErrorCode.GIT_FAILED, message, { details: { stderr: tail(stderr) } });
    this.stderr = redactSecrets(stderr);
  }
}

/** The last few lines of a command's output, for error messages. */
export function tail(text: string, lines = 5, chars = 800): string {
  // Redacted whole, before the cut, so that no cut leaves a piece of a secret.
  const cut = redactSecrets(text).trim().split('\n').slice(-lines).join('\n');
  return cut.length > chars ? cut.slice(-chars) : cut;
}

/** The git command of `args`, after the `-c key=value` pairs and other options put before it. */
function subcommand(args: string[]): string {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '-c' || arg === '-C') i++;
    else if (!arg.startsWith('-')) return arg;
  }
  return '';
}

/**
 * The lines of git's stderr that say why it failed: the last two, preceded
 * by the http transport's own error when there is one ("error: RPC failed;
 * curl 28 Operation too slow…"): the lines after it only describe the stream
 * it broke, and the cause would be cut away.
 */
function failureLines(stderr: string): string {
  const last = tail(stderr, 2, 300);
  const transport = stderr.split('\n').find((line) => line.startsWith('error: RPC failed'));
  if (transport === undefined) return last;
  const cause = tail(transport, 1, 300);
  return last.includes(cause) ? last : `${cause}\n${last}`;
}

/** The scrubbed environment git runs with. */
export function gitEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const key of KEPT_ENV) {
    const value = process.env[key];
    if (value !== undefined) env[key] = value;
  }
  const ssh = extra['GIT_SSH_COMMAND'] ?? 'ssh';
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
    GIT_SSH_COMMAND: /^ssh(\s|$)/.test(ssh) ? `${ssh} ${SSH_KEEPALIVE}` : ssh,
  };
}

/** Runs `git <args>` in `cwd`. Rejects with GitError on a non-zero exit, timeout or abort. */
export function runGit(args: string[], options: GitRunOptions): Promise<GitResult> {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const fullArgs = [...SAFE_CONFIG, ...args];
  return spawnTurn().then(() => new Promise((resolve, reject) => {
    const env = gitEnv(options.env);
    const child = spawn(executablePath('git', env['PATH']), fullArgs, {
      cwd: options.cwd,
      env,
      stdio: ['ignore', options.stdout === false ? 'ignore' : 'pipe', 'pipe'],
      signal: options.signal,
      timeout: timeoutMs,
      killSignal: 'SIGKILL',
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let stopped = false;
    const onStdout = options.onStdout;
    child.stdout?.on('data', (c: Buffer) => {
      if (!onStdout) return void out.push(c);
      if (stopped || onStdout(c) !== 'stop') return;
      stopped = true;
      child.kill('SIGKILL');
    });
    child.stderr?.on('data', (c: Buffer) => err.push(c));
    child.on('error', (e) => {
      const aborted = (e as NodeJS.ErrnoException).name === 'AbortError';
      reject(new GitError(`git ${subcommand(args)} ${aborted ? 'was aborted' : `could not run: ${e.message}`}`, args, null, ''));
    });
    child.on('close', (code, signal) => {
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      if (stopped) return resolve({ stdout, stderr, code: code ?? -1, stopped });
      if (code === 0 || (code !== null && options.okCodes?.includes(code))) return resolve({ stdout, stderr, code });
      const timedOut = signal === 'SIGKILL' && code === null;
      const why = timedOut ? `timed out after ${timeoutMs} ms` : `failed (exit ${code ?? signal})`;
      reject(new GitError(`git ${subcommand(args)} ${why}: ${failureLines(stderr) || 'no output'}`, args, code, stderr, timedOut));
    });
  }));
}
