/**
 * The agent's memory of the newest signed payload it accepted for one app:
 * `<base-dir>/.zkdeploy/accepted.<app with "/" as "+">.json`, mode 0600. It
 * must survive restarts (otherwise a restarted agent would take an old
 * payload written back meanwhile), so it is written atomically: a new file
 * beside it, synced, renamed over it, and the directory synced. Both the read
 * and the new file refuse to follow a symlink, so a link planted at either
 * name cannot redirect the agent's reads or writes.
 *
 * An unreadable or malformed record fails closed: signed payloads are refused
 * until an operator removes it (the agent then accepts the current payload
 * if it is unexpired).
 */
import { constants } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { ErrorCode, ZkDeployError } from '@zkdeploy/shared';
import { AGENT_DIR_NAME } from '../store/target-path.js';
import type { AcceptedPayload } from './replay-check.js';

/** Far above a real record; a larger file is not ours. */
const MAX_RECORD_BYTES = 4096;

/** The record's file name for an app path (`/app/business` → `accepted.app+business.json`; app segments never contain `+`). */
export function acceptedFileName(app: string): string {
  return `accepted.${app.replace(/^\//, '').replaceAll('/', '+')}.json`;
}

/** The record of rollout candidates accepted for an app (`accepted-candidate.app+business.json`). */
export function candidateFileName(app: string): string {
  return acceptedFileName(app).replace(/^accepted\./, 'accepted-candidate.');
}

function unreadable(file: string, why: string): ZkDeployError {
  return new ZkDeployError(ErrorCode.PAYLOAD_NOT_ALLOWED, `the agent's record of accepted signed payloads ${file} ${why}; refusing signed payloads until it is fixed`, {
    hint: `stop the agent, remove ${file}, and start it again (it then accepts the current payload if it is signed and unexpired)`,
  });
}

function parseRecord(text: string, app: string, file: string): AcceptedPayload {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw unreadable(file, 'is not valid JSON');
  }
  const r = value as Partial<AcceptedPayload> | null;
  const valid =
    r !== null && typeof r === 'object' && r.app === app && Number.isSafeInteger(r.sequence) && (r.sequence as number) >= 1 &&
    typeof r.digest === 'string' && typeof r.commitId === 'string' && typeof r.expiresAt === 'string' && typeof r.acceptedAt === 'string';
  if (!valid) throw unreadable(file, `is not a record for app ${app}`);
  return r as AcceptedPayload;
}

export class AcceptedPayloadFile {
  readonly path: string;
  private readonly dir: string;

  /** @param fileName the record's file; rollout candidates keep their own (candidateFileName). */
  constructor(baseDir: string, private readonly app: string, fileName = acceptedFileName(app)) {
    this.dir = join(baseDir, AGENT_DIR_NAME);
    this.path = join(this.dir, fileName);
  }

  /** The stored record, or null when this agent never accepted a signed payload for the app. */
  async read(): Promise<AcceptedPayload | null> {
    let handle;
    try {
      handle = await open(this.path, constants.O_RDONLY | constants.O_NOFOLLOW);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return null;
      throw unreadable(this.path, code === 'ELOOP' ? 'is a symlink' : `cannot be read (${code ?? (err as Error).message})`);
    }
    try {
      const stat = await handle.stat();
      if (!stat.isFile() || stat.size > MAX_RECORD_BYTES) throw unreadable(this.path, 'is not a small regular file');
      return parseRecord(await handle.readFile('utf8'), this.app, this.path);
    } finally {
      await handle.close();
    }
  }

  /** Replaces the record atomically (0600; a crash leaves the old record or the new one, never a mix). */
  async write(record: AcceptedPayload): Promise<void> {
    const temp = `${this.path}.new`;
    // A leftover from a crash (or a planted link) goes first; unlink never follows a link.
    await unlink(temp).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw err;
    });
    const handle = await open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
    try {
      await handle.writeFile(`${JSON.stringify(record)}\n`);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, this.path);
    const dir = await open(this.dir, constants.O_RDONLY | constants.O_DIRECTORY);
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  }
}
