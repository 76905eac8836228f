/**
 * The absolute path of a program found on a PATH, looked up once per PATH
 * value. A child started by name makes the kernel try `execve` in every
 * directory of PATH before the one that holds it (libuv searches as execvp
 * does), and the agent starts git several times per deploy: on a PATH of
 * nine directories with git in the last, those failed calls were about half
 * a millisecond per start (strace of a deploy). Found here, the start is one
 * `execve`. A program not found on the PATH is started by its name, so the
 * error is the one spawning it would always give.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';

const found = new Map<string, string>();

/** Where `name` is on `path` (the first directory holding an executable file of that name), or `name` itself. */
export function executablePath(name: string, path: string | undefined): string {
  const key = `${name}\0${path ?? ''}`;
  const cached = found.get(key);
  if (cached !== undefined) return cached;
  let resolved = name;
  for (const dir of (path ?? '').split(delimiter)) {
    // A relative PATH entry depends on each child's cwd: left to the kernel, as before.
    if (!isAbsolute(dir)) {
      resolved = name;
      break;
    }
    const candidate = join(dir, name);
    if (isExecutableFile(candidate)) {
      resolved = candidate;
      break;
    }
  }
  found.set(key, resolved);
  return resolved;
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
