/**
 * A fleet of N agent processes of one kind, each with its own base dir:
 * `zkdeploy` (the real agent binary), `baseline` (bench/agents/baseline-agent.mjs)
 * or `floor` (bench/agents/floor-agent.mjs). Logs go to one file per agent; stdout
 * of the baseline and floor agents is watched for their `ready` and
 * `deployed <commit>` lines.
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AGENT_BIN } from '@zkdeploy/test-support';
import { nowMs } from './stats.mjs';

/** Every agent this process started, killed if the benchmark exits without stopping them. */
const running = new Set();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** The agent under test: this checkout's, or another build's (`--agent-bin`, for comparing builds). */
export const agentBin = { path: AGENT_BIN, args: [] };

const SCRIPT_BINS = {
  baseline: fileURLToPath(new URL('../agents/baseline-agent.mjs', import.meta.url)),
  floor: fileURLToPath(new URL('../agents/floor-agent.mjs', import.meta.url)),
};

function cleanEnv(extra) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('ZKDEPLOY_') && !k.startsWith('GIT_')));
  return { ...env, ...extra };
}

/** A HOME with a .gitconfig that sends git's trace2 events of every git process to `traceFile`. */
export async function traceHome(dir, traceFile) {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, '.gitconfig'), `[trace2]\n\teventTarget = ${traceFile}\n\teventNesting = 1\n`);
  return dir;
}

export class Fleet {
  constructor(kind, agents, app) {
    this.kind = kind;
    this.agents = agents;
    this.app = app;
  }

  /**
   * Starts `n` agents of `kind` serving `app` (baseline: watching `app/config`)
   * under `root/h<i>`; `batch` start at once. Resolves once each is up.
   */
  static async start({ kind, n, zk, app, root, batch = 10, home, extraArgs = [], bin = agentBin.path, waitLive }) {
    const agents = [];
    for (let i = 0; i < n; i += batch) {
      const slice = [];
      for (let j = i; j < Math.min(n, i + batch); j++) slice.push(Fleet.#spawnOne({ kind, zk, app, root, host: `h${String(j).padStart(3, '0')}`, home, extraArgs, bin }));
      agents.push(...(await Promise.all(slice)));
    }
    const fleet = new Fleet(kind, agents, app);
    if (waitLive) await waitLive(fleet);
    return fleet;
  }

  static async #spawnOne({ kind, zk, app, root, host, home, extraArgs, bin }) {
    const baseDir = join(root, host);
    await mkdir(baseDir, { recursive: true });
    const logFile = join(root, `${host}.log`);
    const logFd = openSync(logFile, 'w');
    const env = cleanEnv(home ? { HOME: home } : {});
    let child;
    if (kind === 'zkdeploy') {
      // The agent runs as installed: its bin executed directly, so its shebang's node flags apply.
      child = spawn(bin, ['--zk', zk, '--app', app, '--host', host, '--base-dir', baseDir, '--log-level', 'info', ...agentBin.args, ...extraArgs], {
        env,
        stdio: ['ignore', logFd, logFd],
      });
    } else {
      // `--write-status` (bench/lib/kind-spec.mjs) asks a script agent to report each deploy in its host's status znode.
      const scriptArgs = extraArgs.flatMap((a) => (a === '--write-status' ? ['--status-node', `${app}/status/${host}`] : [a]));
      child = spawn(process.execPath, [SCRIPT_BINS[kind], '--zk', zk, '--config', `${app}/config`, '--base-dir', baseDir, ...scriptArgs], {
        env,
        stdio: ['ignore', 'pipe', logFd],
      });
      await new Promise((resolve, reject) => {
        let out = '';
        const onData = (c) => {
          out += c.toString();
          if (out.includes('ready\n')) {
            child.stdout.off('data', onData);
            resolve();
          }
        };
        child.stdout.on('data', onData);
        child.once('exit', (code) => reject(new Error(`${kind} agent ${host} exited with ${code} before it was ready`)));
      });
    }
    closeSync(logFd);
    const agent = { host, baseDir, logFile, child, pid: child.pid, deployed: new Map() };
    if (kind !== 'zkdeploy') {
      let rest = '';
      child.stdout.on('data', (c) => {
        const lines = (rest + c.toString()).split('\n');
        rest = lines.pop();
        for (const line of lines) {
          const m = /^deployed ([0-9a-f]+)$/.exec(line);
          if (m && !agent.deployed.has(m[1])) agent.deployed.set(m[1], nowMs());
        }
      });
    }
    running.add(child);
    child.once('exit', () => running.delete(child));
    return agent;
  }

  /** Script agents (baseline, floor) only: epoch ms at which each agent printed `deployed <commit>` (its script finished). */
  async scriptsDone(commit, timeoutMs = 60_000) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline && !this.agents.every((a) => a.deployed.has(commit))) await new Promise((r) => setTimeout(r, 10));
    return this.agents.map((a) => a.deployed.get(commit) ?? null);
  }

  /** SIGTERM every agent, SIGKILL after `graceMs`. */
  async stop(graceMs = 10_000) {
    await Promise.all(
      this.agents.map(({ child }) => {
        if (child.exitCode !== null || child.signalCode !== null) return undefined;
        return new Promise((resolve) => {
          const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          child.kill('SIGTERM');
        });
      }),
    );
  }
}
