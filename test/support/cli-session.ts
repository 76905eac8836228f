/**
 * The publisher CLI as a long-running process (`status --watch`, `wait`) whose
 * output a test reads while it runs, and the CLI under a real pseudo-terminal
 * (util-linux `script`) for what only happens on a TTY.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { CLI_BIN } from './processes.js';
import { shellQuoteForTest } from './shell-quote.js';

function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('ZKDEPLOY_')));
  return { ...env, ...extra };
}

/** A running `zkdeploy` process. */
export class CliSession {
  stdout = '';
  stderr = '';
  readonly exited: Promise<number>;
  exitedAt: number | null = null;

  private constructor(readonly child: ChildProcess) {
    child.stdout?.on('data', (c: Buffer) => (this.stdout += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (this.stderr += c.toString()));
    this.exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        this.exitedAt = Date.now();
        resolve(code ?? (signal ? 128 : 1));
      }),
    );
  }

  /** Starts `zkdeploy <args>` with stdin closed. */
  static start(args: string[], env: Record<string, string> = {}): CliSession {
    const child = spawn(process.execPath, [CLI_BIN, ...args], { env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    return new CliSession(child);
  }

  /** Starts `zkdeploy <args>` on a pseudo-terminal; everything it draws arrives on `stdout`. */
  static startOnTty(args: string[], env: Record<string, string> = {}): CliSession {
    // A new pty has no size; give it one, as a terminal window would.
    const command = `stty cols 160 rows 40; exec ${[process.execPath, CLI_BIN, ...args].map(shellQuoteForTest).join(' ')}`;
    const child = spawn('script', ['-q', '-e', '-c', command, '/dev/null'], {
      env: cleanEnv({ ...env, TERM: 'xterm', COLUMNS: '160' }),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    return new CliSession(child);
  }

  signal(sig: NodeJS.Signals): void {
    this.child.kill(sig);
  }

  /** Kills the process if it still runs (test clean-up). */
  async kill(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    await this.exited;
  }
}
