/**
 * Who else could write where the agent keeps its releases. Another local
 * user who can write the base dir (or any parent that lets them rename it)
 * can make `.zkdeploy` before the agent does, or swap a release in later, and
 * the host then reports `ok` with their content. So, as sshd's StrictModes
 * and sudo do, the agent refuses to start unless:
 *   - the base dir is owned by the agent's user (or root) and is not
 *     writable by group or others — sticky or not: in a sticky shared dir
 *     like /tmp any user can still make the target's path, or its parents,
 *     before the agent does;
 *   - every parent is owned by the agent's user or root, and is not
 *     writable by group or others unless sticky (a sticky parent lets nobody
 *     else rename or remove the base dir);
 *   - `.zkdeploy` is a real directory (not a symlink) owned by the agent's
 *     user and not writable by group or others. The agent makes it with
 *     AGENT_DIR_MODE (store/agent-dir-modes.ts).
 * Root counts as a trusted owner: it can change anything anyway.
 */
import { lstatSync, mkdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { dirname } from 'node:path';
import { ErrorCode, ExitCode, ZkDeployError } from '@zkdeploy/shared';

const GROUP_OR_OTHER_WRITE = 0o022;
const STICKY = 0o1000;

/** A base dir another user could write into: the agent refuses to start (exit code 2: the operator's --base-dir is unusable as it is). */
export class UnsafeBaseDirError extends ZkDeployError {
  constructor(message: string, hint: string) {
    super(ErrorCode.BASE_DIR_UNSAFE, message, { hint });
  }

  override get exitCode(): number {
    return ExitCode.INVALID_INPUT;
  }
}

function euid(): number | null {
  return typeof process.geteuid === 'function' ? process.geteuid() : null;
}

function mode(info: Stats): string {
  return `0${(info.mode & 0o7777).toString(8)}`;
}

/** Refuses a base dir (or a parent of it) that a user other than the agent's or root could write or replace. */
export function checkBaseDirSafe(baseDir: string): void {
  const uid = euid();
  if (uid === null) return;
  const real = realpathSync.native(baseDir);
  const info = statSync(real);
  const owners = `the agent's user (uid ${uid}) or root`;
  if (info.uid !== uid && info.uid !== 0) {
    throw new UnsafeBaseDirError(`base dir ${baseDir} is owned by uid ${info.uid}, not by ${owners}`, 'give the agent a base dir of its own (chown it to the agent user)');
  }
  if (info.mode & GROUP_OR_OTHER_WRITE) {
    throw new UnsafeBaseDirError(
      `base dir ${baseDir} is writable by group or others (mode ${mode(info)}), so another user could put their own release there`,
      `use a directory of the agent's own (for example mkdir -m 755 ${real}/deploy) or run chmod go-w ${real}`,
    );
  }
  for (let dir = dirname(real); ; dir = dirname(dir)) {
    const parent = statSync(dir);
    if (parent.uid !== uid && parent.uid !== 0) {
      throw new UnsafeBaseDirError(`${dir}, a parent of base dir ${baseDir}, is owned by uid ${parent.uid}, not by ${owners}: that user could replace the base dir`, 'move the base dir under directories owned by the agent user or root');
    }
    if (parent.mode & GROUP_OR_OTHER_WRITE && !(parent.mode & STICKY)) {
      throw new UnsafeBaseDirError(
        `${dir}, a parent of base dir ${baseDir}, is writable by group or others without the sticky bit (mode ${mode(parent)}): another user could replace the base dir`,
        `run chmod go-w ${dir}, or move the base dir elsewhere`,
      );
    }
    if (dir === dirname(dir)) return;
  }
}

/**
 * Makes (or finds) one of the agent's own directories and proves it is
 * still the agent's alone: a real directory, owned by the agent's user, not
 * writable by group or others. Throws UnsafeBaseDirError otherwise.
 */
export function ensureOwnDir(path: string, dirMode: number): void {
  try {
    mkdirSync(path, { mode: dirMode });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  const info = lstatSync(path);
  if (!info.isDirectory()) {
    throw new UnsafeBaseDirError(`${path} is not a plain directory (a symlink?); refusing to use it`, `remove it; the agent recreates it itself`);
  }
  const uid = euid();
  if (uid !== null && info.uid !== uid) {
    throw new UnsafeBaseDirError(
      `${path} is owned by uid ${info.uid}, not by the agent's user (uid ${uid}): another user made it, and may have put a release in it`,
      'inspect it, then remove it; the agent recreates it on start',
    );
  }
  if (info.mode & GROUP_OR_OTHER_WRITE) {
    throw new UnsafeBaseDirError(
      `${path} is writable by group or others (mode ${mode(info)}), so another user may have changed the releases in it`,
      'inspect it, then remove it (the agent recreates it) or run chmod 711 on it',
    );
  }
}
