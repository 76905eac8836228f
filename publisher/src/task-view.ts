/**
 * Reads tasks and their results for `task list`, `task show` and `task run
 * --wait`: the task node, and its result children (`r-<attempt>-<host>`).
 */
import { isTaskId, parseResult, parseRunNode, parseTask, type TaskRecord, type TaskResult } from '@zkdeploy/shared/rollout';
import type { ZkClient } from '@zkdeploy/shared/zk';
import { ZnodeLayout } from '@zkdeploy/shared/znode-layout';

export interface TaskView {
  task: TaskRecord;
  results: TaskResult[];
}

/** Task ids, oldest first. */
export async function readTaskIds(zk: ZkClient, app: string): Promise<string[]> {
  return ((await zk.children(new ZnodeLayout(app).tasks)) ?? []).filter(isTaskId).sort();
}

/** The task and (unless `withResults` is false) its results by host then attempt; null when missing or not a task. */
export async function readTask(zk: ZkClient, app: string, id: string, withResults = true): Promise<TaskView | null> {
  const path = new ZnodeLayout(app).task(id);
  const node = await zk.get(path);
  const task = parseTask(id, node?.data);
  if (!task) return null;
  if (!withResults) return { task, results: [] };
  const runs = ((await zk.children(path)) ?? []).map(parseRunNode).filter((r) => r?.kind === 'r');
  const results = await Promise.all(runs.map(async (r) => parseResult((await zk.get(`${path}/r-${r!.run.attempt}-${r!.run.host}`))?.data, r!.run)));
  const kept = results.filter((r): r is TaskResult => r !== null);
  return { task, results: kept.sort((a, b) => (a.host < b.host ? -1 : a.host > b.host ? 1 : a.attempt - b.attempt)) };
}
