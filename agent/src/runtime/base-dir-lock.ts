/**
 * One agent per base dir: `<base-dir>/.zkdeploy/agent.lock` holds the pid of
 * the agent using it. The release stores rely on it (a crash's leftover git
 * lock files are removed at start, which is only safe when no other process
 * can be using them). A lock whose pid is no longer running is taken over.
 * Before anything is written the base dir and `.zkdeploy` are proven to be
 * the agent's alone (base-dir-safety.ts), and the lock file is opened
 * without following symlinks.
 */
import { constants } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ErrorCode, ZkDeployError } from '@zkdeploy/shared';
import { AGENT_DIR_NAME } from '../store/target-path.js';
import { AGENT_DIR_MODE } from '../store/agent-dir-modes.js';
import { rename, writeFile } from '../store/sync-fs.js';
import { checkBaseDirSafe, ensureOwnDir } from './base-dir-safety.js';

const { O_CREAT, O_EXCL, O_NOFOLLOW, O_RDONLY, O_WRONLY } = constants;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the base dir's lock; throws ERR_BASE_DIR_UNSAFE when another user
 * could write the base dir or `.zkdeploy`, ERR_BASE_DIR_LOCKED when a live
 * agent holds it. Returns the release function.
 */
export async function lockBaseDir(baseDir: string): Promise<() => Promise<void>> {
  checkBaseDirSafe(baseDir);
  const dir = join(baseDir, AGENT_DIR_NAME);
  // Everything the agent keeps lives here; a symlink would carry its writes outside the base dir.
  ensureOwnDir(dir, AGENT_DIR_MODE);
  const path = join(dir, 'agent.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o600);
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return () => rm(path, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const pid = Number((await readFile(path, { encoding: 'utf8', flag: O_RDONLY | O_NOFOLLOW }).catch(() => '')).trim());
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) {
      throw new ZkDeployError(ErrorCode.BASE_DIR_LOCKED, `base dir ${baseDir} is in use by another agent (pid ${pid})`, {
        hint: 'give each agent its own --base-dir, or stop the other agent',
      });
    }
    await rm(path, { force: true });
  }
  throw new ZkDeployError(ErrorCode.BASE_DIR_LOCKED, `could not take the lock ${path}`);
}

const INSTANCE_PATTERN = /^[0-9a-f]{32}$/;

/**
 * This base dir's instance: a random id made once and kept in
 * `<base-dir>/.zkdeploy/instance`. The lock admits one live agent per base
 * dir, so a registration whose data names this instance was left by an
 * earlier run of this agent (EphemeralNode's `ownsData`), even when that run
 * could not record its session (a full disk). Call with the lock held.
 */
export async function baseDirInstance(baseDir: string): Promise<string> {
  const path = join(baseDir, AGENT_DIR_NAME, 'instance');
  const saved = (await readFile(path, { encoding: 'utf8', flag: O_RDONLY | O_NOFOLLOW }).catch(() => '')).trim();
  if (INSTANCE_PATTERN.test(saved)) return saved;
  const instance = randomBytes(16).toString('hex');
  // The agent's own file: not through a symlink put in its place, readable by the agent alone (sync-fs.ts).
  await writeFile(`${path}.tmp`, `${instance}\n`);
  await rename(`${path}.tmp`, path);
  return instance;
}
