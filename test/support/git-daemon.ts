/**
 * A real git server on loopback: `git daemon` serving a directory of bare
 * repositories over git://, which tests can stop and start again (the git
 * server going down during a publish).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { basename, dirname, join } from 'node:path';
import { freePort } from './free-port.js';

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** The path of one of git's own programs (in `git --exec-path`), such as git-daemon or git-http-backend. */
export function gitProgram(name: string): string {
  return join(execFileSync('git', ['--exec-path'], { encoding: 'utf8' }).trim(), name);
}

/** `git daemon` forks git-daemon as a child; run it directly so that killing our child stops the server. */
export const GIT_DAEMON = gitProgram('git-daemon');

export class GitDaemon {
  private child: ChildProcess | null = null;

  private constructor(
    readonly root: string,
    readonly port: number,
  ) {}

  /** Serves the parent directory of `bareRepo`. */
  static async start(bareRepo: string): Promise<GitDaemon> {
    const daemon = new GitDaemon(dirname(bareRepo), await freePort());
    await daemon.resume();
    return daemon;
  }

  /** `git://127.0.0.1:<port>/<name>` for a repository under the served root. */
  urlOf(bareRepo: string): string {
    return `git://127.0.0.1:${this.port}/${basename(bareRepo)}`;
  }

  get running(): boolean {
    return this.child !== null;
  }

  /** Starts serving (again) and waits until the port accepts connections. */
  async resume(): Promise<void> {
    if (this.child) return;
    const child = spawn(GIT_DAEMON, ['--reuseaddr', '--export-all', `--base-path=${this.root}`, '--listen=127.0.0.1', `--port=${this.port}`, this.root], {
      stdio: 'ignore',
    });
    this.child = child;
    all.add(child);
    child.once('exit', () => all.delete(child));
    const deadline = Date.now() + 10_000;
    while (!(await listening(this.port))) {
      if (Date.now() > deadline) throw new Error(`git daemon did not listen on ${this.port}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Stops serving: connections are refused until `resume()`. */
  async halt(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = null;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
  }
}

const all = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of all) child.kill('SIGKILL');
});
