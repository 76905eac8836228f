import type { Command } from 'commander';
import { ExitCode, UsageError } from '@zkdeploy/shared/errors';
import { isTaskId, type TaskRecord, type TaskResult } from '@zkdeploy/shared/rollout';
import { globalOptions, withZk } from '../global-options.js';
import { createTable, oneLine } from '../table-layout.js';
import { readTask, readTaskIds, type TaskView } from '../task-view.js';

/** Runs `zkdeploy task list` and `zkdeploy task show <id>`. */
export async function run(this: Command, ...args: unknown[]): Promise<void> {
  const global = globalOptions(this);
  if (this.name() === 'show') {
    const id = String(args[0]);
    if (!isTaskId(id)) throw new UsageError(`${JSON.stringify(id)} is not a task id (like t-0000000007)`, { hint: 'zkdeploy task list shows them' });
    process.exitCode = await withZk(global, async (zk) => {
      const view = await readTask(zk, global.app, id);
      if (!view) throw new UsageError(`no task ${id} in ${global.app} (finished tasks are pruned after a while)`, { hint: 'zkdeploy task list shows the tasks kept' });
      process.stdout.write(global.json ? `${JSON.stringify(taskJson(view))}\n` : showText(view));
      return ExitCode.OK;
    });
    return;
  }
  process.exitCode = await withZk(global, async (zk) => {
    const ids = (await readTaskIds(zk, global.app)).reverse();
    const tasks = (await Promise.all(ids.map((id) => readTask(zk, global.app, id, false)))).filter((t): t is TaskView => t !== null);
    if (global.json) {
      process.stdout.write(`${JSON.stringify(tasks.map((t) => ({ id: t.task.id, name: t.task.name, mode: t.task.mode, selector: t.task.selector, state: t.task.state, reason: t.task.reason, runs: t.task.runs, createdAt: t.task.createdAt })))}\n`);
      return ExitCode.OK;
    }
    if (tasks.length === 0) {
      process.stdout.write(`no tasks in ${global.app}\n`);
      return ExitCode.OK;
    }
    const table = createTable(['ID', 'NAME', 'MODE', 'STATE', 'RUNS', 'CREATED', 'REASON'], process.stdout.isTTY === true);
    for (const { task } of tasks) table.push([task.id, task.name, modeText(task), task.state, String(task.runs.length), task.createdAt, oneLine(task.reason ?? '', 60)]);
    process.stdout.write(`${table.toString()}\n`);
    return ExitCode.OK;
  });
}

export function modeText(task: TaskRecord): string {
  return task.mode === 'hosts' ? `hosts ${task.selector ?? ''}` : task.mode;
}

/** The `task show --json` shape (DESIGN.md, "Tasks"). */
export function taskJson(view: TaskView): Record<string, unknown> {
  const { task, results } = view;
  return { id: task.id, name: task.name, mode: task.mode, selector: task.selector, state: task.state, reason: task.reason, runs: task.runs, results: results.map(resultJson) };
}

function resultJson(r: TaskResult): Record<string, unknown> {
  return { host: r.host, exitCode: r.exitCode, durationMs: r.durationMs, attempt: r.attempt, output: r.output };
}

/** The result table `task show` and `task run --wait` print. */
export function resultTable(results: TaskResult[]): string {
  const table = createTable(['HOST', 'ATTEMPT', 'EXIT', 'DURATION', 'OUTPUT'], process.stdout.isTTY === true);
  for (const r of results) table.push([r.host, String(r.attempt), r.exitCode === null ? '-' : String(r.exitCode), `${(r.durationMs / 1000).toFixed(1)}s`, oneLine(r.output.split('\n').filter(Boolean).slice(-1)[0] ?? '', 60)]);
  return table.toString();
}

function showText(view: TaskView): string {
  const { task, results } = view;
  const head = `task ${task.id} ${task.name} (${modeText(task)}): ${task.state}${task.reason ? ` — ${task.reason}` : ''}\n`;
  return results.length === 0 ? `${head}no results yet\n` : `${head}${resultTable(results)}\n`;
}
