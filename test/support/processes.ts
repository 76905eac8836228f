/**
 * Runs zkdeploy's own binaries as real processes: agents (long-running) and
 * the publisher CLI (one command at a time).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
export const AGENT_BIN = join(ROOT, 'agent/bin/zkdeploy-agent.js');
/** The node flags of the agent bin's shebang, so that tests run the agent as it runs installed (with this node). */
export const AGENT_NODE_FLAGS = readFileSync(AGENT_BIN, 'utf8').split('\n')[0]!.split(/\s+/).filter((f) => f.startsWith('--'));
export const CLI_BIN = join(ROOT, 'publisher/bin/zkdeploy.js');

/** Environment for child processes without the caller's ZKDEPLOY_* settings. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('ZKDEPLOY_')));
  return { ...env, ...extra };
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `zkdeploy <args>` to completion. */
export function runCli(args: string[], options: { env?: Record<string, string>; input?: string; timeoutMs?: number } = {}): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [CLI_BIN, ...args], {
      env: cleanEnv(options.env),
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: options.timeoutMs ?? 60_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolvePromise({ code: code ?? (signal ? 128 : 1), stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

export interface AgentSpec {
  zk: string;
  host: string;
  app?: string;
  baseDir?: string;
  args?: string[];
  env?: Record<string, string>;
}

/** A running `zkdeploy-agent` process with its collected output. */
export class AgentProcess {
  output = '';
  private exited: Promise<number | null>;

  private constructor(
    readonly spec: AgentSpec & { baseDir: string },
    readonly child: ChildProcess,
  ) {
    child.stdout?.on('data', (c: Buffer) => (this.output += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (this.output += c.toString()));
    this.exited = new Promise((r) => child.once('exit', (code) => r(code)));
  }

  /** Starts an agent; its base dir is a new temp dir unless given. */
  static async start(spec: AgentSpec): Promise<AgentProcess> {
    const baseDir = spec.baseDir ?? (await mkdtemp(join(tmpdir(), `zkdeploy-agent-${spec.host}-`)));
    const args = [...AGENT_NODE_FLAGS, AGENT_BIN, '--zk', spec.zk, '--host', spec.host, '--base-dir', baseDir, '--log-level', 'debug'];
    if (spec.app) args.push('--app', spec.app);
    const child = spawn(process.execPath, [...args, ...(spec.args ?? [])], {
      env: cleanEnv(spec.env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.add(child);
    child.once('exit', () => running.delete(child));
    const agent = new AgentProcess({ ...spec, baseDir }, child);
    started.push(agent);
    return agent;
  }

  /** True until the process has exited. */
  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  /** Resolves with the exit code when the process ends. */
  exit(): Promise<number | null> {
    return this.exited;
  }

  signal(sig: NodeJS.Signals): void {
    this.child.kill(sig);
  }

  /** SIGTERM, then SIGKILL if it has not exited within `graceMs`; resolves with the exit code. */
  async stop(graceMs = 10_000): Promise<number | null> {
    if (!this.running) return this.child.exitCode;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    const code = await this.exited;
    clearTimeout(timer);
    return code;
  }
}

const running = new Set<ChildProcess>();
/** Every agent process started in this test file (a vitest worker runs one file), running or not. */
const started: AgentProcess[] = [];

/** The agent processes this test file has started so far, with their output (failure-logs.ts saves it when a test fails). */
export function agentsStarted(): readonly AgentProcess[] {
  return started;
}
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});
