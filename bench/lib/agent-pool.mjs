/**
 * Live agents spread over a few worker processes (bench/lib/fleet-worker.mjs),
 * many per process through startAgent: the fleet-scale bench's fleet. The
 * workers get their own V8 flags (a large enough heap for hundreds of
 * agents) and are killed if the bench exits without stopping them.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const WORKER = fileURLToPath(new URL('./fleet-worker.mjs', import.meta.url));
const running = new Set();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

class Worker {
  constructor(child) {
    this.child = child;
    this.next = 0;
    this.waiting = new Map();
    child.on('message', (m) => {
      const w = this.waiting.get(m.id);
      if (!w) return;
      this.waiting.delete(m.id);
      if (m.ok) w.resolve(m.value);
      else w.reject(new Error(`fleet worker ${child.pid}: ${m.error}`));
    });
    child.once('exit', (code, signal) => {
      running.delete(child);
      for (const w of this.waiting.values()) w.reject(new Error(`fleet worker ${child.pid} exited (${code ?? signal})`));
      this.waiting.clear();
    });
  }

  static async start(env) {
    const child = fork(WORKER, [], { env, execArgv: ['--max-old-space-size=4096', ...(process.env.ZKDEPLOY_FLEET_NODE_ARGS ?? '').split(' ').filter(Boolean)], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    running.add(child);
    await new Promise((resolve, reject) => {
      child.once('message', (m) => (m.ready ? resolve() : reject(new Error('fleet worker did not start'))));
      child.once('exit', (code) => reject(new Error(`fleet worker exited ${code} before it was ready`)));
    });
    return new Worker(child);
  }

  call(cmd, extra = {}) {
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.child.send({ id, cmd, ...extra });
    });
  }

  async exit() {
    const exited = new Promise((r) => this.child.once('exit', r));
    this.child.disconnect();
    await exited;
  }
}

export class AgentPool {
  constructor(workers, specs) {
    this.workers = workers;
    this.specs = specs;
  }

  /**
   * Forks `workerCount` workers for `specs` (`[{host, args}]`, agent flags per
   * host), dealt round-robin; starts nothing yet.
   */
  static async create(specs, workerCount, env = process.env) {
    const workers = await Promise.all(Array.from({ length: workerCount }, () => Worker.start(env)));
    return new AgentPool(workers, specs);
  }

  /** Every agent, started at once in every worker; resolves when all serve. `argsOf` may change each host's flags. */
  async startAll(argsOf = (spec) => spec.args) {
    const share = this.workers.map(() => []);
    this.specs.forEach((spec, i) => share[i % this.workers.length].push({ host: spec.host, args: argsOf(spec) }));
    return Promise.all(this.workers.map((w, i) => w.call('start', { agents: share[i] })));
  }

  async stats() {
    const all = await Promise.all(this.workers.map((w) => w.call('stats')));
    return {
      agents: all.reduce((n, s) => n + s.agents, 0),
      healthy: all.reduce((n, s) => n + s.healthy, 0),
      sessionsLost: all.reduce((n, s) => n + s.sessionsLost, 0),
      restarts: all.reduce((n, s) => n + s.restarts, 0),
      rss: all.reduce((n, s) => n + s.rss, 0),
      heapUsed: all.reduce((n, s) => n + s.heapUsed, 0),
      loopDelayMaxMs: Math.max(...all.map((s) => s.loopDelayMaxMs)),
    };
  }

  async stopAll() {
    return Promise.all(this.workers.map((w) => w.call('stop')));
  }

  async close() {
    await this.stopAll().catch(() => undefined);
    await Promise.all(this.workers.map((w) => w.exit()));
  }
}
