/**
 * The worker side of tasks (docs/design.md, "Tasks"): an agent that
 * declares tasks watches ONE node, its own `B/task-hosts/<host>`, so a fleet
 * of any size costs the ensemble one watch per host. For every run listed
 * there it has not handled, it claims the run in one multi that checks the
 * assignment node's version (a run the controller took away meanwhile is
 * never started), creates the persistent claim `c-<attempt>-<host>` (create
 * once: no attempt ever runs twice, even across restarts) and the ephemeral
 * live marker `l-<attempt>-<host>` (gone with the session, which tells the
 * controller the run was lost). Then it runs the declared command and writes
 * its result `r-<attempt>-<host>`, then removes the live marker where it may.
 */
import { existsSync } from 'node:fs';
import {
  CoalescingRunner,
  DataWatch,
  ErrorCode,
  ZnodeLayout,
  encodeResult,
  hasZkCode,
  parseHostTasks,
  parsePayload,
  runNode,
  taskEnv,
  type HostTask,
  type Logger,
  type TaskResult,
  type ZkAcl,
  type ZkClient,
} from '@zkdeploy/shared';
import { resolveTarget } from '../store/target-path.js';
import { runTaskCommand } from './task-command.js';

export interface TaskWorkerOptions {
  app: string;
  host: string;
  baseDir: string;
  /** Declared tasks: name → command. */
  tasks: Record<string, string>;
  /** ACL of the claim, live marker and result (the agent's own node ACL: owned by this host). */
  nodeAcl?: ZkAcl[];
  /** A reason to refuse a run's request (a bad or replayed signature with --trust-key), or null. */
  admit?: (task: HostTask) => string | null;
  log: Logger;
  signal: AbortSignal;
}

export class TaskWorker {
  private readonly layout: ZnodeLayout;
  private watch: DataWatch | null = null;
  private readonly runner = new CoalescingRunner(() => this.scan());
  /** Runs this process claimed or saw claimed: never looked at again. */
  private readonly handled = new Set<string>();
  private readonly running = new Set<Promise<void>>();
  /** Runs this worker finished (for tests and logs). */
  finished = 0;

  constructor(
    private readonly zk: ZkClient,
    private readonly options: TaskWorkerOptions,
  ) {
    this.layout = new ZnodeLayout(options.app);
  }

  start(): void {
    if (Object.keys(this.options.tasks).length === 0) return;
    this.watch = new DataWatch(this.zk, this.layout.taskHost(this.options.host), () => void this.runner.trigger());
  }

  /** Stops watching and waits for the running commands (the agent's abort signal kills them). */
  async stop(): Promise<void> {
    this.watch?.stop();
    await this.runner.idle();
    await Promise.all(this.running);
  }

  /** A re-read after a reconnect or resync (level-triggered, like the deploy). */
  trigger(): void {
    if (this.watch) void this.runner.trigger();
  }

  private async scan(): Promise<void> {
    if (this.options.signal.aborted) return;
    try {
      const node = await this.zk.get(this.layout.taskHost(this.options.host));
      if (!node) return;
      for (const task of parseHostTasks(node.data)) {
        const key = `${task.id}/${task.attempt}`;
        if (this.handled.has(key)) continue;
        const claimed = await this.claim(task, node.stat.version);
        if (claimed === 'changed') return void this.runner.trigger(); // read the assignment again
        this.handled.add(key);
        if (claimed === 'claimed') this.track(this.execute(task));
      }
    } catch (err) {
      this.options.log.warn({ err }, 'could not read the task assignments; the next change or resync tries again');
    }
  }

  private track(p: Promise<void>): void {
    this.running.add(p);
    void p.finally(() => this.running.delete(p));
  }

  private async claim(task: HostTask, version: number): Promise<'claimed' | 'taken' | 'changed'> {
    const run = { host: this.options.host, attempt: task.attempt };
    const dir = this.layout.task(task.id);
    try {
      await this.zk.multi([
        { op: 'check', path: this.layout.taskHost(this.options.host), version },
        { op: 'create', path: `${dir}/${runNode.claim(run)}`, data: Buffer.from(JSON.stringify({ session: this.zk.sessionId, at: new Date().toISOString() })), acl: this.options.nodeAcl },
        { op: 'create', path: `${dir}/${runNode.live(run)}`, mode: 'ephemeral', acl: this.options.nodeAcl },
      ]);
      return 'claimed';
    } catch (err) {
      if (hasZkCode(err, ErrorCode.ZK_BAD_VERSION)) return 'changed';
      // Our own claim whose answer was lost (a timeout after the server applied it): ours to run, once.
      if (hasZkCode(err, ErrorCode.ZK_NODE_EXISTS) && (await this.ownClaim(`${dir}/${runNode.claim(run)}`))) return 'claimed';
      if (hasZkCode(err, ErrorCode.ZK_NODE_EXISTS) || hasZkCode(err, ErrorCode.ZK_NO_NODE)) {
        this.options.log.info({ task: task.id, attempt: task.attempt }, 'task run already claimed (or gone); not running it again');
        return 'taken';
      }
      throw err;
    }
  }

  /** True when the claim was made by this worker's current session (recorded in its data). */
  private async ownClaim(path: string): Promise<boolean> {
    const node = await this.zk.get(path).catch(() => null);
    try {
      return node !== null && this.zk.sessionId !== null && (JSON.parse(node.data.toString('utf8')) as { session?: unknown }).session === this.zk.sessionId;
    } catch {
      return false;
    }
  }

  private async execute(task: HostTask): Promise<void> {
    const log = this.options.log.child({ task: task.id, name: task.name, attempt: task.attempt });
    const command = Object.hasOwn(this.options.tasks, task.name) ? this.options.tasks[task.name] : undefined;
    const refused = command === undefined ? `task ${task.name} is not declared on ${this.options.host} (declare it with --task ${task.name}=<command>)` : (this.options.admit?.(task) ?? null);
    let result: TaskResult;
    if (refused !== null || command === undefined) {
      log.warn({ reason: refused }, 'task run refused');
      result = { host: this.options.host, attempt: task.attempt, exitCode: null, durationMs: 0, output: `refused: ${refused}`, finishedAt: new Date().toISOString() };
    } else {
      log.info('task run started');
      const cwd = await this.activeRelease();
      const env = { ...taskEnv(task), ZKDEPLOY_APP: this.options.app, ZKDEPLOY_HOST: this.options.host, ZKDEPLOY_PATH: cwd };
      const ran = await runTaskCommand({ command, cwd, env, timeoutMs: task.timeoutS * 1000, signal: this.options.signal });
      if (this.options.signal.aborted) return; // the agent is stopping: the run is lost, and the controller sees so
      result = { host: this.options.host, attempt: task.attempt, ...ran, finishedAt: new Date().toISOString() };
      log.info({ exitCode: result.exitCode, durationMs: result.durationMs }, 'task run finished');
    }
    await this.recordUntilSaved(task, result, log);
    this.finished++;
  }

  /**
   * A result that could not be written (a timeout, a lost connection) is
   * tried again with growing delays until saved or the agent stops: while
   * this session lives, its live marker says the run is in progress, so a
   * result given up on would hold the task forever. Refused (NO_AUTH) or
   * pruned (NO_NODE) is final.
   */
  private async recordUntilSaved(task: HostTask, result: TaskResult, log: Logger): Promise<void> {
    for (let delay = 250; !this.options.signal.aborted; delay = Math.min(delay * 2, 5000)) {
      try {
        return await this.record(task, result);
      } catch (err) {
        if (hasZkCode(err, ErrorCode.ZK_NODE_EXISTS)) return; // saved by an earlier try whose answer was lost
        const final = hasZkCode(err, ErrorCode.ZK_NO_AUTH) || hasZkCode(err, ErrorCode.ZK_NO_NODE);
        log.error({ err }, final ? 'could not write the task result' : 'could not write the task result; trying again');
        if (final) return;
      }
      await new Promise((r) => setTimeout(r, delay));
    }
  }

  /**
   * The result, then the live marker's removal on its own: the result is what
   * counts (the controller looks for it first), and in per-host mode a host
   * may create under the task node but not delete, so the marker may have to
   * wait for the session's end or the task's pruning.
   */
  private async record(task: HostTask, result: TaskResult): Promise<void> {
    const run = { host: this.options.host, attempt: task.attempt };
    const dir = this.layout.task(task.id);
    await this.zk.create(`${dir}/${runNode.result(run)}`, encodeResult(result), 'persistent', this.options.nodeAcl);
    await this.zk.delete(`${dir}/${runNode.live(run)}`, -1).catch(() => undefined);
  }

  /** The active release's directory (the stable config's path in the base dir), or the base dir. */
  private async activeRelease(): Promise<string> {
    try {
      const config = await this.zk.get(this.layout.config);
      const target = await resolveTarget(this.options.baseDir, parsePayload(config?.data).relativePath);
      return existsSync(target) ? target : this.options.baseDir;
    } catch {
      return this.options.baseDir;
    }
  }
}

