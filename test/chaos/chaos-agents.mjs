/**
 * The chaos run's agents: each a real `zkdeploy-agent` process reaching the
 * three ensemble members through its own fault proxies (so that one agent's
 * network can be cut), serving /healthz on its own port, in a group whose
 * role commands append `<role> <host> <epoch ms>` to one shared log, with a
 * base dir on its own small tmpfs when the run is root (so that its disk can
 * be filled). The first `controllers` agents also run the rollout controller.
 */
import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { AgentProcess, FaultProxy, freePort } from '@zkdeploy/test-support';

const exec = promisify(execFile);

/** Mounts a small tmpfs on `dir`; resolves to null, or to why it could not. */
async function mountTmpfs(dir) {
  if (process.getuid?.() !== 0) return 'not root (mounting a size-limited tmpfs needs root)';
  try {
    await exec('mount', ['-t', 'tmpfs', '-o', 'size=48m,mode=0755', 'tmpfs', dir]);
    return null;
  } catch (err) {
    return `mount -t tmpfs failed: ${String(err.stderr || err.message).trim()}`;
  }
}

export class ChaosAgent {
  /** Every process output this host had, restarts included. */
  outputs = [];
  process = null;
  /** 'running' | 'frozen' | 'killed' */
  state = 'killed';
  startedAt = 0;

  constructor(index, options) {
    this.index = index;
    this.host = `host-${index}`;
    this.options = options;
  }

  get controller() {
    return this.index <= this.options.controllers;
  }

  async prepare() {
    this.baseDir = join(this.options.root, 'bases', this.host);
    await mkdir(this.baseDir, { recursive: true });
    this.diskRefusal = this.options.tryTmpfs ? await mountTmpfs(this.baseDir) : 'disk faults off';
    this.proxies = await Promise.all(this.options.cluster.members.map((m) => FaultProxy.start(m.clientPort)));
    this.metricsPort = await freePort();
  }

  args() {
    const { sessionMs, roleLog } = this.options;
    const record = (role) => `echo "${role} $ZKDEPLOY_HOST $(date +%s%3N)" >> '${roleLog}'`;
    const args = [
      '--session-timeout', String(sessionMs), '--resync', '2', '--git-timeout', '20', '--keep-releases', '3',
      '--metrics-port', String(this.metricsPort), '--metrics-host', '127.0.0.1',
      '--group', 'chaos', '--on-primary', record('primary'), '--on-standby', record('standby'),
      '--label', `zone=${this.index % 2 === 0 ? 'b' : 'a'}`, '--log-level', 'info',
    ];
    if (this.controller) args.push('--controller');
    return args;
  }

  /** Starts the agent; a metrics port taken meanwhile by another process (a free port is only free when asked) gets a new one. */
  async start() {
    for (let attempt = 1; ; attempt++) {
      this.process = await AgentProcess.start({
        zk: this.proxies.map((p) => p.address).join(','),
        host: this.host,
        baseDir: this.baseDir,
        args: this.args(),
      });
      this.outputs.push(this.process);
      this.state = 'running';
      this.startedAt = Date.now();
      const serving = await this.#serving();
      if (serving || attempt === 3 || !this.process.output.includes('EADDRINUSE')) return;
      this.metricsPort = await freePort();
    }
  }

  /** Resolves true once the agent serves /healthz, false when it exited first. */
  async #serving() {
    const exited = this.process.exit().then(() => false);
    const deadline = Date.now() + 30_000;
    const serving = (async () => {
      while (Date.now() < deadline && this.process.child.exitCode === null) {
        if (this.process.output.includes('serving /metrics')) return true;
        await new Promise((r) => setTimeout(r, 50));
      }
      return this.process.child.exitCode === null;
    })();
    return Promise.race([exited, serving]);
  }

  signal(sig) {
    if (this.process && this.process.child.exitCode === null && this.process.child.signalCode === null) this.process.signal(sig);
  }

  async kill() {
    this.signal('SIGCONT');
    this.signal('SIGKILL');
    await this.process?.exit();
    this.state = 'killed';
  }

  freeze() {
    this.signal('SIGSTOP');
    this.state = 'frozen';
  }

  thaw() {
    this.signal('SIGCONT');
    this.state = 'running';
  }

  /** The proxy carrying the agent's current connection (the first when none is open). */
  currentProxy() {
    return this.proxies.find((p) => p.openConnections > 0) ?? this.proxies[0];
  }

  output() {
    return this.outputs.map((p) => p.output).join('\n');
  }

  async stop() {
    this.thaw();
    await this.process?.stop(5000);
    this.state = 'killed';
    await Promise.all(this.proxies.map((p) => p.stop()));
    if (!this.diskRefusal) await exec('umount', ['-l', this.baseDir]).catch(() => undefined);
  }
}
