/**
 * The master side of tasks, run by the elected rollout controller on every
 * tick and every change of `B/tasks`: a pending task gets its hosts; an
 * assigned task is watched for results and for lost runs; a finished task
 * leaves its hosts' assignment nodes, and the oldest finished tasks beyond
 * the kept count are pruned.
 *
 * A run is lost when its worker claimed it and its live marker (ephemeral,
 * created in the same multi as the claim) is gone without a result, or when
 * it was never claimed and its host is no longer registered. A lost `--once`
 * run is assigned again to another host with the next attempt (at least
 * once: the command gets id and attempt to make itself idempotent); a lost
 * run of an `--all` or `--hosts` task is recorded as failed for its host.
 *
 * Every write is one fenced multi (fenced-write.ts) that sets the task node
 * at the version the decision was made on and checks the leader's election
 * node: a deposed controller's assignment is refused by ZooKeeper, and two
 * controllers can never assign the same task twice.
 */
import type { ComponentLog } from '../component-log.js';
import type { ZkClient, ZkOp } from '../zk/zk-client.js';
import type { ZkAcl } from '../zk/zk-acl.js';
import type { ZkStat } from '../zk/zk-stat.js';
import { ZnodeLayout } from '../znode-layout.js';
import type { Fence, FenceVerdict } from '../rollout/fenced-write.js';
import { encodeHostTasks, encodeResult, encodeTask, isFinished, isTaskId, parseHostTasks, parseResult, parseRunNode, parseTask, runNode, type HostTask, type TaskRecord, type TaskRun } from './task-record.js';
import { chooseOnceHost, declaringHosts, type TaskHost } from './task-selection.js';
import { liveTaskHosts } from './task-hosts.js';

/** Attempts of a `--once` task before it fails (each on another host when there is one). */
export const MAX_ONCE_ATTEMPTS = 3;
/** Finished tasks kept by default (older ones are pruned). */
export const DEFAULT_KEEP_TASKS = 100;

export type FencedWriter = (fence: Fence, ops: ZkOp[]) => Promise<FenceVerdict>;

export interface TaskAssignerOptions {
  app: string;
  keepTasks?: number;
  log: ComponentLog;
}

export class TaskAssigner {
  private readonly layout: ZnodeLayout;
  /** Finished tasks never change again: they are not read again (only pruned). */
  private readonly finished = new Set<string>();

  constructor(
    private readonly zk: ZkClient,
    private readonly options: TaskAssignerOptions,
  ) {
    this.layout = new ZnodeLayout(options.app);
  }

  /** One pass over the unfinished tasks; `write` is the controller's fenced write. */
  async step(memberPath: string, acl: ZkAcl[], write: FencedWriter): Promise<void> {
    const ids = ((await this.zk.children(this.layout.tasks)) ?? []).filter(isTaskId).sort();
    let hosts: TaskHost[] | null = null;
    const live = async (): Promise<TaskHost[]> => (hosts ??= await liveTaskHosts(this.zk, this.options.app));
    for (const id of ids) {
      if (this.finished.has(id)) continue;
      const node = await this.zk.get(this.layout.task(id));
      if (!node) continue;
      const task = parseTask(id, node.data);
      const fence: Fence = { memberPath, rolloutPath: this.layout.task(id), rolloutVersion: node.stat.version };
      if (!task) {
        // Untrusted data that is no task: never assigned, pruned like a finished one.
        this.options.log.warn({ task: id }, 'ignoring a task node that is not a valid task request');
        this.finished.add(id);
        continue;
      }
      if (isFinished(task.state)) this.finished.add(id);
      else if (task.state === 'pending') await this.assign(task, fence, await live(), acl, write);
      else await this.follow(task, fence, live, acl, write);
    }
    await this.prune(ids);
  }

  /** Forgets what a previous term believed (a new leader reads everything afresh). */
  reset(): void {
    this.finished.clear();
  }

  private async assign(task: TaskRecord, fence: Fence, hosts: TaskHost[], acl: ZkAcl[], write: FencedWriter): Promise<void> {
    const candidates = declaringHosts(task, hosts);
    const chosen = task.mode === 'once' ? [chooseOnceHost(task.id, candidates)].filter((h): h is string => h !== null) : candidates.map((h) => h.host).sort();
    if (chosen.length === 0) {
      const why = task.mode === 'hosts' ? `no live host labelled ${task.selector} declares task ${task.name}` : `no live host declares task ${task.name}`;
      await write(fence, [this.setTask(task, fence, { state: 'failed', reason: `${why} (declare it with zkdeploy-agent --task ${task.name}=<command>)` })]);
      return;
    }
    const runs = chosen.map((host) => ({ host, attempt: 1 }));
    const ops = [...(await this.hostOps(task, runs, [], acl)), this.setTask(task, fence, { state: 'assigned', runs })];
    if ((await write(fence, ops)) === 'written') this.options.log.info({ task: task.id, name: task.name, hosts: chosen.length }, 'task assigned');
  }

  private async follow(task: TaskRecord, fence: Fence, live: () => Promise<TaskHost[]>, acl: ZkAcl[], write: FencedWriter): Promise<void> {
    const children = (await this.zk.children(this.layout.task(task.id))) ?? [];
    const seen = new Map<string, Set<string>>();
    for (const name of children) {
      const parsed = parseRunNode(name);
      if (parsed) seen.set(parsed.kind, (seen.get(parsed.kind) ?? new Set()).add(runNode.result(parsed.run)));
    }
    const has = (kind: 'c' | 'l' | 'r', run: TaskRun): boolean => seen.get(kind)?.has(runNode.result(run)) ?? false;
    const current = task.mode === 'once' ? task.runs.slice(-1) : task.runs;
    const open = current.filter((r) => !has('r', r));
    const lost: TaskRun[] = [];
    for (const run of open) {
      const claimed = has('c', run);
      if (claimed ? !has('l', run) : !(await this.zk.exists(this.layout.agent(run.host)))) lost.push(run);
    }
    if (open.length === 0) return this.finish(task, fence, current, write);
    if (lost.length === 0) return;
    if (task.mode === 'once') return this.reassign(task, fence, lost[0] as TaskRun, await live(), acl, write);
    // A lost run of an --all task: its host's result says so, and the task finishes once every host has one.
    const ops: ZkOp[] = lost.map((run) => ({
      op: 'create', path: `${this.layout.task(task.id)}/${runNode.result(run)}`, acl,
      data: encodeResult({ host: run.host, attempt: run.attempt, exitCode: null, durationMs: 0, output: lostReason(has('c', run)), finishedAt: new Date().toISOString() }),
    }));
    await write(fence, ops);
  }

  private async reassign(task: TaskRecord, fence: Fence, run: TaskRun, hosts: TaskHost[], acl: ZkAcl[], write: FencedWriter): Promise<void> {
    const tried = new Set(task.runs.map((r) => r.host));
    // Hosts tried before go last: the lost host runs the next attempt only when no other declares the task.
    const next = run.attempt < MAX_ONCE_ATTEMPTS ? chooseOnceHost(task.id, declaringHosts(task, hosts), tried) : null;
    const leave = await this.hostOps(task, [], [run], acl);
    if (next === null) {
      const why = run.attempt >= MAX_ONCE_ATTEMPTS ? `attempt ${run.attempt} of ${MAX_ONCE_ATTEMPTS} was lost` : 'no live host declares the task any more';
      await write(fence, [...leave, this.setTask(task, fence, { state: 'failed', reason: `the run on ${run.host} was lost (${lostReason(true)}); ${why}` })]);
      return;
    }
    const again = { host: next, attempt: run.attempt + 1 };
    const ops = [...(await this.hostOps(task, [again], [run], acl)), this.setTask(task, fence, { runs: [...task.runs, again] })];
    if ((await write(fence, ops)) === 'written') this.options.log.warn({ task: task.id, from: run.host, to: next, attempt: again.attempt }, 'task run lost; assigned again');
  }

  private async finish(task: TaskRecord, fence: Fence, runs: TaskRun[], write: FencedWriter): Promise<void> {
    const results = await Promise.all(runs.map(async (run) => parseResult((await this.zk.get(`${this.layout.task(task.id)}/${runNode.result(run)}`))?.data, run)));
    const failed = results.filter((r) => r === null || r.exitCode !== 0);
    const state = failed.length === 0 ? 'succeeded' : 'failed';
    const reason = failed.length === 0 ? null : `${failed.length} of ${runs.length} run(s) failed`;
    const ops = [...(await this.hostOps(task, [], task.runs, [])), this.setTask(task, fence, { state, reason, finishedAt: new Date().toISOString() })];
    if ((await write(fence, ops)) === 'written') {
      this.finished.add(task.id);
      this.options.log.info({ task: task.id, name: task.name, state }, 'task finished');
    }
  }

  /** Ops adding `add` runs to and removing `remove` runs from their hosts' assignment nodes (set at the version read, or create). */
  private async hostOps(task: TaskRecord, add: TaskRun[], remove: TaskRun[], acl: ZkAcl[]): Promise<ZkOp[]> {
    await this.zk.ensurePath(this.layout.taskHosts, acl.length > 0 ? acl : undefined);
    const byHost = new Map<string, { add: TaskRun[]; remove: TaskRun[] }>();
    for (const r of add) (byHost.get(r.host) ?? byHost.set(r.host, { add: [], remove: [] }).get(r.host)!).add.push(r);
    for (const r of remove) (byHost.get(r.host) ?? byHost.set(r.host, { add: [], remove: [] }).get(r.host)!).remove.push(r);
    const ops = await Promise.all(
      [...byHost].map(async ([host, change]): Promise<ZkOp | null> => {
        const node = await this.zk.get(this.layout.taskHost(host));
        const gone = new Set(change.remove.map((r) => `${task.id}/${r.attempt}`));
        const kept = parseHostTasks(node?.data).filter((t) => !gone.has(`${t.id}/${t.attempt}`) && !(t.id === task.id && change.add.length > 0));
        const added: HostTask[] = change.add.map((r) => ({ id: task.id, name: task.name, attempt: r.attempt, args: task.args, timeoutS: task.timeoutS, ...(task.signature !== undefined ? { signature: task.signature } : {}) }));
        const data = encodeHostTasks([...kept, ...added]);
        if (!node) return added.length > 0 ? { op: 'create', path: this.layout.taskHost(host), data, acl: acl.length > 0 ? acl : undefined } : null;
        return { op: 'set', path: this.layout.taskHost(host), data, version: (node.stat as ZkStat).version };
      }),
    );
    return ops.filter((o): o is ZkOp => o !== null);
  }

  private setTask(task: TaskRecord, fence: Fence, change: Partial<TaskRecord>): ZkOp {
    return { op: 'set', path: fence.rolloutPath, data: encodeTask({ ...task, ...change }), version: fence.rolloutVersion };
  }

  /** Deletes the oldest finished tasks beyond the kept count (their run nodes first). */
  private async prune(ids: string[]): Promise<void> {
    const keep = this.options.keepTasks ?? DEFAULT_KEEP_TASKS;
    const done = ids.filter((id) => this.finished.has(id));
    for (const id of done.slice(0, Math.max(0, done.length - keep))) {
      const path = this.layout.task(id);
      const children = (await this.zk.children(path)) ?? [];
      // Live markers are ephemeral nodes of workers; a finished task has none left, but a straggler's would block the delete.
      for (const child of children) await this.zk.delete(`${path}/${child}`).catch(() => undefined);
      await this.zk.delete(path).then(
        () => this.finished.delete(id),
        () => undefined,
      );
    }
  }
}

function lostReason(claimed: boolean): string {
  return claimed ? "the worker's session ended before it wrote a result" : 'the host left before it started the run';
}
