/**
 * Reads a ZooKeeper identity (`user:password`) from a file, so that it never
 * sits in a command line where every local user sees it in `ps`.
 *
 * Like ssh with a private key, a file that group or others may read or write
 * is refused (not just warned about): the password is already exposed, and
 * the operator should learn that before relying on it. The file must be a
 * regular file owned by the reading user (or root); one trailing newline is
 * trimmed, as an editor or `echo` leaves it.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from './errors.js';

const USER_PASSWORD = /^[^:\r\n]+:[^\r\n]+$/;

/** Whether `text` is a `user:password` pair. */
export function isUserPassword(text: string): boolean {
  return USER_PASSWORD.test(text);
}

/** The `user:password` in `file`; throws UsageError (exit 2) naming `flag` and what is wrong. */
export function readAuthFile(file: string, flag: string): string {
  const path = resolve(file);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ELOOP' ? 'is a symlink' : `cannot be read (${code ?? (err as Error).message})`;
    throw new UsageError(`${flag} ${path} ${why}`, { hint: 'give a regular file holding user:password' });
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new UsageError(`${flag} ${path} is not a regular file`);
    const uid = process.getuid?.();
    if (uid !== undefined && info.uid !== uid && info.uid !== 0) {
      throw new UsageError(`${flag} ${path} is owned by uid ${info.uid}, not by this user (uid ${uid}) or root; refusing it`);
    }
    if ((info.mode & 0o077) !== 0) {
      throw new UsageError(`${flag} ${path} is accessible by group or others (mode ${(info.mode & 0o777).toString(8).padStart(4, '0')}); refusing it`, {
        hint: `chmod 600 ${path}`,
      });
    }
    const text = readFileSync(fd, 'utf8').replace(/\r?\n$/, '');
    if (!isUserPassword(text)) throw new UsageError(`${flag} ${path} must hold one line user:password`);
    return text;
  } finally {
    closeSync(fd);
  }
}
