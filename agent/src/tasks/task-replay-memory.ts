/**
 * The agent's memory of the signed task requests it ran, per app: the digest
 * of each (with the task id it came in) until it expires, kept in
 * `<base-dir>/.zkdeploy/task-replay-<app>.json` so a restart remembers too.
 * A signed request seen before under another task id is a replay (someone
 * who can write `B/tasks` copied it) and is refused; the same task's next
 * attempt is not. Expired entries are dropped: an expired request is refused
 * by its expiry anyway.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyTaskSignature, type HostTask } from '@zkdeploy/shared';
import type { KeyObject } from 'node:crypto';
import { AGENT_DIR_NAME } from '../store/target-path.js';

type Memory = Record<string, { task: string; expiresAtMs: number }>;

export class TaskReplayMemory {
  private readonly file: string;
  private memory: Memory;

  constructor(baseDir: string, app: string) {
    const dir = join(baseDir, AGENT_DIR_NAME);
    mkdirSync(dir, { recursive: true });
    this.file = join(dir, `task-replay${app.replace(/\//g, '_')}.json`);
    this.memory = this.load();
  }

  /** The admission rule for one app's tasks with --trust-key: a reason to refuse, or null (then remembered). */
  static admitter(baseDir: string, app: string, keys: KeyObject[]): (task: HostTask) => string | null {
    const memory = new TaskReplayMemory(baseDir, app);
    return (task) => memory.admit(task, keys, app);
  }

  admit(task: HostTask, keys: KeyObject[], app: string, nowMs = Date.now()): string | null {
    const verified = verifyTaskSignature(task, keys, app, nowMs);
    if (typeof verified === 'string') return verified;
    const seen = this.memory[verified.digest];
    if (seen && seen.task !== task.id) return `the signed task request was already run as task ${seen.task} (a replay of a signed request)`;
    for (const [k, v] of Object.entries(this.memory)) if (v.expiresAtMs <= nowMs) delete this.memory[k];
    this.memory[verified.digest] = { task: task.id, expiresAtMs: verified.expiresAtMs };
    this.save();
    return null;
  }

  private load(): Memory {
    try {
      const v: unknown = JSON.parse(readFileSync(this.file, 'utf8'));
      return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Memory) : {};
    } catch {
      return {};
    }
  }

  private save(): void {
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.memory), { mode: 0o600 });
    renameSync(tmp, this.file);
  }
}
