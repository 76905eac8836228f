/**
 * Task nodes (docs/design.md, "Tasks"): a request at `B/tasks/<id>` (its
 * state and runs written by the elected controller), a host's assignments at
 * `B/task-hosts/<host>` (the only node a worker watches), and under the task
 * node a worker's claim, its live marker and its result per attempt. All of
 * it is read back as untrusted data: anything malformed is null, never a
 * crash. Pure: no I/O.
 */
import { UsageError } from '../errors.js';
import { integerField, parseJsonObject, stringField } from '../record-fields.js';

export const TASK_MODES = ['once', 'all', 'hosts'] as const;
export type TaskMode = (typeof TASK_MODES)[number];
export type TaskState = 'pending' | 'assigned' | 'succeeded' | 'failed';

/** One run the controller assigned: host and attempt (a `--once` task that lost its worker gets attempt + 1 on another host). */
export interface TaskRun {
  host: string;
  attempt: number;
}

/** A task as `task run` writes it (the node's data). */
export interface TaskRequest {
  name: string;
  mode: TaskMode;
  /** The label selector (`zone=a`) of a `--hosts` task. */
  selector: string | null;
  args: Record<string, string>;
  timeoutS: number;
  createdAt: string;
  state: TaskState;
  reason: string | null;
  runs: TaskRun[];
  /** A signed request's envelope (with --sign-key), checked by agents with --trust-key. */
  signature?: unknown;
}

export interface TaskRecord extends TaskRequest {
  /** The node's name (`t-0000000007`), not stored in the data. */
  id: string;
  [extra: string]: unknown;
}

export interface TaskResult {
  host: string;
  attempt: number;
  /** null: the run never finished (its worker's session ended, or the command could not start). */
  exitCode: number | null;
  durationMs: number;
  output: string;
  finishedAt: string;
}

/** One entry of a host's assignment node. */
export interface HostTask {
  id: string;
  name: string;
  attempt: number;
  args: Record<string, string>;
  timeoutS: number;
  signature?: unknown;
}

export const TASK_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;
const ARG_KEY = /^[A-Za-z][A-Za-z0-9_]{0,62}$/;
const MAX_ARG_VALUE = 4096;
const MAX_ARGS = 32;
export const MAX_TASK_TIMEOUT_S = 86_400;
const MAX_BYTES = 256 * 1024;

/** True for a task node's name: `t-<sequence>` (task run) or `w-<rollout id>` (a rollout's before-wave task). */
export function isTaskId(name: string): boolean {
  return /^t-\d{10}$/.test(name) || /^w-[A-Za-z0-9._-]{1,64}$/.test(name);
}

/** The id of the before-wave task of a rollout. */
export function beforeWaveTaskId(rolloutId: string): string {
  return `w-${rolloutId}`;
}

/** Validates `k=v` arguments; the key becomes `ZKDEPLOY_ARG_<K>` (upper-cased). Throws UsageError naming --arg. */
export function parseTaskArgs(values: string[]): Record<string, string> {
  const args: Record<string, string> = {};
  if (values.length > MAX_ARGS) throw new UsageError(`--arg: at most ${MAX_ARGS} arguments, got ${values.length}`);
  for (const value of values) {
    const eq = value.indexOf('=');
    const key = eq > 0 ? value.slice(0, eq) : '';
    const v = eq > 0 ? value.slice(eq + 1) : '';
    if (!ARG_KEY.test(key)) throw new UsageError(`--arg ${JSON.stringify(value)}: the key must be a letter then letters, digits or _ (at most 63), followed by =value`, { hint: 'example: --arg batch=500' });
    if (v.length > MAX_ARG_VALUE || v.includes('\0')) throw new UsageError(`--arg ${key}: the value must be at most ${MAX_ARG_VALUE} characters without NUL bytes`);
    const upper = key.toUpperCase();
    if (upper in args) throw new UsageError(`--arg ${key} is given twice (keys are case-insensitive)`);
    args[upper] = v;
  }
  return args;
}

/** The environment a task's command gets: its arguments and its identity, nothing interpolated anywhere. */
export function taskEnv(task: Pick<HostTask, 'id' | 'attempt' | 'args' | 'name'>): Record<string, string> {
  const env: Record<string, string> = { ZKDEPLOY_TASK_ID: task.id, ZKDEPLOY_TASK_ATTEMPT: String(task.attempt), ZKDEPLOY_TASK_NAME: task.name };
  for (const [k, v] of Object.entries(task.args)) env[`ZKDEPLOY_ARG_${k}`] = v;
  return env;
}

/** Arguments read back from a znode: the same rules as --arg, null when any is broken. */
function parseArgs(v: unknown): Record<string, string> | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
  const entries = Object.entries(v as Record<string, unknown>);
  if (entries.length > MAX_ARGS) return null;
  for (const [k, value] of entries) {
    if (!ARG_KEY.test(k) || k !== k.toUpperCase() || typeof value !== 'string' || value.length > MAX_ARG_VALUE || value.includes('\0')) return null;
  }
  return Object.fromEntries(entries) as Record<string, string>;
}

function parseRun(v: unknown): TaskRun | null {
  if (typeof v !== 'object' || v === null) return null;
  const r = v as Record<string, unknown>;
  const host = stringField(r['host']);
  const attempt = integerField(r['attempt'], 1);
  return host !== null && TASK_NAME_OR_HOST.test(host) && attempt !== null ? { host, attempt } : null;
}

const TASK_NAME_OR_HOST = /^[A-Za-z0-9][A-Za-z0-9._-]{0,252}$/;

/** Decodes `B/tasks/<id>`; null for data that is not a task. */
export function parseTask(id: string, data: Buffer | null | undefined): TaskRecord | null {
  const v = parseJsonObject(data, MAX_BYTES);
  if (!v || !isTaskId(id)) return null;
  const name = stringField(v['name']);
  const mode = v['mode'];
  const args = parseArgs(v['args'] ?? {});
  const timeoutS = integerField(v['timeoutS'], 1);
  const state = v['state'];
  if (!name || !TASK_NAME.test(name) || typeof mode !== 'string' || !(TASK_MODES as readonly string[]).includes(mode) || !args) return null;
  if (timeoutS === null || timeoutS > MAX_TASK_TIMEOUT_S || !['pending', 'assigned', 'succeeded', 'failed'].includes(state as string)) return null;
  const selector = stringField(v['selector']);
  if (mode === 'hosts' && (selector === null || !/^[A-Za-z0-9][A-Za-z0-9._-]{0,62}=[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/.test(selector))) return null;
  const runs = Array.isArray(v['runs']) ? v['runs'].map(parseRun) : [];
  if (runs.some((r) => r === null)) return null;
  return { ...v, id, name, mode: mode as TaskMode, selector, args, timeoutS, createdAt: stringField(v['createdAt']) ?? '', state: state as TaskState, reason: stringField(v['reason']), runs: runs as TaskRun[] };
}

export function encodeTask(task: TaskRequest & { id?: string }): Buffer {
  const { id: _id, ...rest } = task;
  return Buffer.from(JSON.stringify(rest), 'utf8');
}

export function isFinished(state: TaskState): boolean {
  return state === 'succeeded' || state === 'failed';
}

/** Decodes a host's assignment node: its list of runs; malformed entries are dropped (one bad entry must not stop the others). */
export function parseHostTasks(data: Buffer | null | undefined): HostTask[] {
  const v = parseJsonObject(data, MAX_BYTES);
  if (!v || !Array.isArray(v['tasks'])) return [];
  return (v['tasks'] as unknown[]).flatMap((t): HostTask[] => {
    if (typeof t !== 'object' || t === null) return [];
    const e = t as Record<string, unknown>;
    const id = stringField(e['id']);
    const name = stringField(e['name']);
    const attempt = integerField(e['attempt'], 1);
    const timeoutS = integerField(e['timeoutS'], 1);
    const args = parseArgs(e['args'] ?? {});
    if (!id || !isTaskId(id) || !name || !TASK_NAME.test(name) || attempt === null || timeoutS === null || timeoutS > MAX_TASK_TIMEOUT_S || !args) return [];
    return [{ id, name, attempt, args, timeoutS, ...(e['signature'] !== undefined ? { signature: e['signature'] } : {}) }];
  });
}

export function encodeHostTasks(tasks: HostTask[]): Buffer {
  return Buffer.from(JSON.stringify({ tasks }), 'utf8');
}

/** Child node names under `B/tasks/<id>`: the claim (persistent, created once), the live marker (ephemeral) and the result of one run. */
export const runNode = {
  claim: (run: TaskRun): string => `c-${run.attempt}-${run.host}`,
  live: (run: TaskRun): string => `l-${run.attempt}-${run.host}`,
  result: (run: TaskRun): string => `r-${run.attempt}-${run.host}`,
};

/** The run a child name stands for: `{ kind, attempt, host }`, or null. */
export function parseRunNode(name: string): { kind: 'c' | 'l' | 'r'; run: TaskRun } | null {
  const m = /^([clr])-(\d{1,6})-(.+)$/.exec(name);
  if (!m || !TASK_NAME_OR_HOST.test(m[3] as string)) return null;
  return { kind: m[1] as 'c' | 'l' | 'r', run: { attempt: Number(m[2]), host: m[3] as string } };
}

export function parseResult(data: Buffer | null | undefined, run: TaskRun): TaskResult | null {
  const v = parseJsonObject(data, MAX_BYTES);
  if (!v) return null;
  const exitCode = v['exitCode'] === null ? null : integerField(v['exitCode'], 0);
  if (exitCode === null && v['exitCode'] !== null) return null;
  return { host: run.host, attempt: run.attempt, exitCode, durationMs: integerField(v['durationMs'], 0) ?? 0, output: stringField(v['output']) ?? '', finishedAt: stringField(v['finishedAt']) ?? '' };
}

export function encodeResult(result: TaskResult): Buffer {
  return Buffer.from(JSON.stringify(result), 'utf8');
}
