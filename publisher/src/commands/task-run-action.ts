import type { Command } from 'commander';
import { ExitCode, UsageError } from '@zkdeploy/shared/errors';
import { MAX_ONCE_ATTEMPTS, MAX_TASK_TIMEOUT_S, TASK_NAME, declaringHosts, encodeTask, isFinished, liveTaskHosts, parseTask, parseTaskArgs, type TaskMode, type TaskRequest } from '@zkdeploy/shared/rollout';
import type { ZkClient } from '@zkdeploy/shared/zk';
import { ZnodeLayout } from '@zkdeploy/shared/znode-layout';
import { globalOptions, withZk, type GlobalOptions } from '../global-options.js';
import { readTask } from '../task-view.js';
import { resultTable, taskJson } from './task-view-action.js';

interface RunFlags {
  once?: boolean;
  all?: boolean;
  hosts?: string;
  arg?: string[];
  wait?: boolean;
  timeout?: string;
  signKey?: string;
  signTtl?: string;
}

const SELECTOR = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}=[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;

/** The request out of the flags; throws UsageError naming the bad flag (nothing is written then). */
export function taskRequest(name: string, flags: RunFlags, now: Date): TaskRequest {
  if (!TASK_NAME.test(name)) throw new UsageError(`task name ${JSON.stringify(name)} is not valid (letters, digits, . _ -; at most 63)`);
  const modes = [flags.once, flags.all, flags.hosts !== undefined].filter(Boolean).length;
  if (modes > 1) throw new UsageError('give one of --once, --all or --hosts <selector>');
  if (flags.hosts !== undefined && !SELECTOR.test(flags.hosts)) throw new UsageError(`--hosts ${JSON.stringify(flags.hosts)} is not a label selector key=value`, { hint: 'example: --hosts zone=a' });
  const timeoutS = flags.timeout === undefined ? 600 : Number(flags.timeout);
  if (!Number.isSafeInteger(timeoutS) || timeoutS < 1 || timeoutS > MAX_TASK_TIMEOUT_S) throw new UsageError(`--timeout must be a whole number of seconds in [1, ${MAX_TASK_TIMEOUT_S}], got ${JSON.stringify(flags.timeout)}`);
  const mode: TaskMode = flags.all ? 'all' : flags.hosts !== undefined ? 'hosts' : 'once';
  return { name, mode, selector: flags.hosts ?? null, args: parseTaskArgs(flags.arg ?? []), timeoutS, createdAt: now.toISOString(), state: 'pending', reason: null, runs: [] };
}

/** Runs `zkdeploy task run <name>`. */
export async function run(this: Command, name: string, flags: RunFlags): Promise<void> {
  const global = globalOptions(this);
  let request = taskRequest(name, flags, new Date());
  if (flags.signKey) request = await (await import('../task-signing.js')).signTask(request, global.app, flags.signKey, flags.signTtl);
  process.exitCode = await withZk(global, async (zk) => {
    const id = await createTask(zk, global.app, request);
    if (!flags.wait) {
      process.stdout.write(global.json ? `${JSON.stringify({ id, name, mode: request.mode, state: 'pending' })}\n` : `task ${id} (${name}, ${request.mode}) created; the controller assigns it — zkdeploy task show ${id}\n`);
      return ExitCode.OK;
    }
    return waitTask(zk, global, id, (request.timeoutS * MAX_ONCE_ATTEMPTS + 60) * 1000);
  });
}

/**
 * Refuses a task no live host declares (exit 2, nothing written), then
 * creates the request as a sequential node. The node takes `B/agents`' ACL
 * (hosts may add children: their claims and results); `B/tasks` takes
 * `B/history`'s (only the publisher adds tasks).
 */
async function createTask(zk: ZkClient, app: string, request: TaskRequest): Promise<string> {
  const layout = new ZnodeLayout(app);
  const hosts = declaringHosts(request, await liveTaskHosts(zk, app));
  if (hosts.length === 0) {
    const where = request.mode === 'hosts' ? `labelled ${request.selector} ` : '';
    throw new UsageError(`no live host ${where}in ${app} declares task ${request.name}; nothing was written`, { hint: `agents run only tasks they declare: zkdeploy-agent --task ${request.name}=<command>` });
  }
  await zk.ensurePath(layout.history);
  await zk.ensurePath(layout.tasks, await zk.getAcl(layout.history));
  const acl = await zk.getAcl(layout.agents);
  const path = await zk.create(`${layout.tasks}/t-`, encodeTask(request), 'persistent_sequential', acl);
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Waits for the task to finish (watching its node), prints its results; 0 only if every run succeeded, 3 otherwise. */
async function waitTask(zk: ZkClient, global: GlobalOptions, id: string, deadlineMs: number): Promise<number> {
  const path = new ZnodeLayout(global.app).task(id);
  const until = Date.now() + deadlineMs;
  for (;;) {
    let changed!: () => void;
    const change = new Promise<void>((resolve) => (changed = resolve));
    const node = await zk.get(path, { watch: () => changed() });
    const task = parseTask(id, node?.data);
    if (!task) throw new UsageError(`task ${id} vanished or is not a task any more`);
    if (isFinished(task.state)) break;
    const left = until - Date.now();
    if (left <= 0) {
      process.stderr.write(`task ${id} did not finish in time (state ${task.state}); zkdeploy task show ${id}\n`);
      return ExitCode.NOT_CONVERGED;
    }
    await Promise.race([change, new Promise((r) => setTimeout(r, Math.min(left, 5_000)).unref())]);
  }
  const view = await readTask(zk, global.app, id);
  if (!view) throw new UsageError(`task ${id} vanished`);
  if (global.json) process.stdout.write(`${JSON.stringify(taskJson(view))}\n`);
  else process.stdout.write(`task ${id} ${view.task.name}: ${view.task.state}${view.task.reason ? ` — ${view.task.reason}` : ''}\n${view.results.length > 0 ? `${resultTable(view.results)}\n` : ''}`);
  return view.task.state === 'succeeded' ? ExitCode.OK : ExitCode.NOT_CONVERGED;
}
