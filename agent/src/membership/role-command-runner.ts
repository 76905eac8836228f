/**
 * Runs the operator's --on-primary / --on-standby commands (`sh -c`, with
 * ZKDEPLOY_GROUP, ZKDEPLOY_HOST, ZKDEPLOY_ROLE and ZKDEPLOY_APP set beside
 * the allowlist of shared's command-env.ts, as the --run-as user when set)
 * one at a time, in the order the roles were entered. Their logged output is
 * redacted of the agent's secrets.
 *
 * Stepping down must never wait: entering standby while the primary command
 * still runs kills that command (its whole process group) and starts the
 * standby one at once. Entering primary while the standby command runs waits
 * for it, so a host never starts acting before it finished stopping. Roles
 * entered while a command runs are folded: only the latest counts, and a
 * role whose command already ran last is not run again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { commandSpawnOptions, redactSecrets, type Logger } from '@zkdeploy/shared';
import { commandUser } from '../runtime/command-user.js';

export type GroupRole = 'primary' | 'standby';

export interface RoleCommandOptions {
  onPrimary: string | undefined;
  onStandby: string | undefined;
  timeoutMs: number;
  cwd: string;
  env: Record<string, string>;
  log: Logger;
}

const KILL_GRACE_MS = 5000;
/** How much of a command's output is logged (its start). */
const OUTPUT_LOGGED = 4096;

/** The start of a command's output, redacted (a secret cut at the end included), or undefined when empty. */
function loggedOutput(output: string, cut: boolean): string | undefined {
  const kept = output.length > OUTPUT_LOGGED ? output.slice(0, OUTPUT_LOGGED) : output;
  return redactSecrets(kept, { end: cut || kept.length < output.length }).trim() || undefined;
}

export class RoleCommandRunner {
  private desired: GroupRole | null = null;
  private lastStarted: GroupRole | null = null;
  private child: { role: GroupRole; process: ChildProcess } | null = null;
  private loop: Promise<void> | null = null;

  constructor(private readonly o: RoleCommandOptions) {}

  /** Enters `role`; resolves once its command (if any) has finished. */
  enter(role: GroupRole, reason: string): Promise<void> {
    this.desired = role;
    this.o.log.info({ role, reason }, `entering ${role}`);
    if (this.child?.role === 'primary' && role === 'standby') {
      this.kill(this.child.process, 'stepping down');
      this.lastStarted = null; // cut short: run it again should primacy come back
    }
    this.loop ??= this.drain().finally(() => {
      this.loop = null;
    });
    return this.loop;
  }

  /** Resolves when no command runs. */
  async idle(): Promise<void> {
    while (this.loop) await this.loop;
  }

  private async drain(): Promise<void> {
    while (this.desired !== null && this.desired !== this.lastStarted) {
      const role = this.desired;
      this.lastStarted = role;
      const command = role === 'primary' ? this.o.onPrimary : this.o.onStandby;
      if (command) await this.run(role, command);
    }
  }

  private run(role: GroupRole, command: string): Promise<void> {
    const log = this.o.log.child({ role });
    const started = Date.now();
    return new Promise((resolve) => {
      // detached: its own process group, so a timeout or a step-down kills everything it started.
      const child = spawn('sh', ['-c', command], {
        cwd: this.o.cwd,
        ...commandSpawnOptions({ ...this.o.env, ZKDEPLOY_ROLE: role }, commandUser()),
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      });
      this.child = { role, process: child };
      let output = '';
      let cut = false;
      const collect = (chunk: Buffer): void => {
        if (output.length < OUTPUT_LOGGED) output += chunk.toString('utf8');
        else cut = true;
      };
      child.stdout?.on('data', collect);
      child.stderr?.on('data', collect);
      const timer = setTimeout(() => this.kill(child, `timed out after ${this.o.timeoutMs} ms`), this.o.timeoutMs);
      const finish = (code: number | null, signal: NodeJS.Signals | null, err?: Error): void => {
        clearTimeout(timer);
        if (this.child?.process === child) this.child = null;
        const fields = { code, signal, durationMs: Date.now() - started, output: loggedOutput(output, cut) };
        if (err) log.error({ err }, `--on-${role} could not be started`);
        else if (code === 0) log.info(fields, `--on-${role} finished`);
        else log.error(fields, `--on-${role} failed`);
        resolve();
      };
      child.once('error', (err) => finish(null, null, err));
      child.once('close', (code, signal) => finish(code, signal));
    });
  }

  private kill(child: ChildProcess, why: string): void {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
    this.o.log.warn({ pid: child.pid, why }, 'stopping a role command');
    const signalGroup = (sig: NodeJS.Signals): void => {
      try {
        process.kill(-(child.pid as number), sig);
      } catch {
        // already gone
      }
    };
    signalGroup('SIGTERM');
    const hard = setTimeout(() => signalGroup('SIGKILL'), KILL_GRACE_MS);
    hard.unref();
    child.once('close', () => clearTimeout(hard));
  }
}
