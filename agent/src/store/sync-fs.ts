/**
 * The file operations of a deploy's hot path — HEAD files, release markers,
 * directory listings, symlinks, the few-kilobyte reads of a pack index —
 * with the signatures of `node:fs/promises` but done synchronously
 * underneath.
 *
 * Why: each of these is a short system call on a small file in the agent's
 * own base dir, while the promise API sends it through libuv's thread pool and
 * back, which costs many times the call itself in CPU; a deploy makes about
 * fifty of them (bench/FINDINGS.md, "Sync file calls on the deploy path").
 *
 * What is not here: removing a release (`rm -r` of a whole tree) and
 * anything that can be large stays asynchronous. A disk that hangs on a
 * metadata read would hang git the same way; the agent then stops answering
 * ZooKeeper and its session (and membership) lapses, which is what an agent
 * on a stuck host should show.
 */
import {
  constants,
  closeSync,
  fstatSync,
  ftruncateSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
  writeSync,
  type Dirent,
  type Stats,
} from 'node:fs';

function settle<T>(run: () => T): Promise<T> {
  try {
    return Promise.resolve(run());
  } catch (err) {
    return Promise.reject(err as Error);
  }
}

export function stat(path: string): Promise<Stats> {
  return settle(() => statSync(path));
}

export function lstat(path: string): Promise<Stats> {
  return settle(() => lstatSync(path));
}

export function readFile(path: string, encoding: 'utf8'): Promise<string> {
  return settle(() => readFileSync(path, encoding));
}

export function readdir(path: string): Promise<string[]>;
export function readdir(path: string, options: { withFileTypes: true }): Promise<Dirent[]>;
export function readdir(path: string, options?: { withFileTypes: true }): Promise<string[] | Dirent[]> {
  return settle(() => (options ? readdirSync(path, options) : readdirSync(path)));
}

export function readlink(path: string): Promise<string> {
  return settle(() => readlinkSync(path));
}

export function realpath(path: string): Promise<string> {
  return settle(() => realpathSync.native(path));
}

/** The agent's own files are opened without following a symlink put in their place, and created readable by the agent alone. */
const { O_CREAT, O_NOFOLLOW, O_RDWR, O_TRUNC, O_WRONLY } = constants;
const OWN_FILE_MODE = 0o600;

function writeOwnFile(path: string, data: string | Buffer): void {
  const fd = openSync(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW, OWN_FILE_MODE);
  try {
    writeFileSync(fd, data);
  } finally {
    closeSync(fd);
  }
}

export function writeFile(path: string, data: string): Promise<void> {
  return settle(() => writeOwnFile(path, data));
}

/**
 * Writes `data` over an existing small file in place: one write at offset 0
 * on the same inode, where a temporary file renamed over it would allocate a
 * new inode and delete the old one, which costs kernel time on every deploy
 * (bench/FINDINGS.md, "Inode allocation per deploy"). One write() of
 * a few hundred bytes is all or nothing for a crash of the process. A missing
 * file is created when `create` is set (else left missing); a longer one is
 * cut to `data`'s length.
 */
export function overwriteFile(path: string, data: Buffer, options: { create: boolean }): Promise<void> {
  return settle(() => {
    let fd: number;
    try {
      fd = openSync(path, O_RDWR | O_NOFOLLOW);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      if (options.create) writeOwnFile(path, data);
      return;
    }
    try {
      if (fstatSync(fd).size > data.length) ftruncateSync(fd, data.length);
      writeSync(fd, data, 0, data.length, 0);
    } finally {
      closeSync(fd);
    }
  });
}

export function rename(from: string, to: string): Promise<void> {
  return settle(() => renameSync(from, to));
}

export function symlink(target: string, path: string): Promise<void> {
  return settle(() => symlinkSync(target, path));
}

/** Creates a directory (and its parents with `recursive`), with `mode` less the umask. */
export function mkdir(path: string, options?: { recursive?: true; mode?: number }): Promise<void> {
  return settle(() => {
    mkdirSync(path, options);
  });
}

/** Removes one file or symlink (never a directory tree: that stays on `fs/promises`). */
export function unlink(path: string, options: { force: true }): Promise<void> {
  return settle(() => rmSync(path, options));
}
