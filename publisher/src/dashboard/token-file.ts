/**
 * The dashboard's action tokens, from `--token-file`: one token per line,
 * either `<name> <token>` (the name is who the action log says acted) or a
 * bare token (logged as `operator`). Like --auth-file, a file group or others
 * can read is refused: the token is a password.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '@zkdeploy/shared/errors';

export interface ActionToken {
  who: string;
  digest: Buffer;
}

const MIN_TOKEN_LENGTH = 16;
const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

function parseLine(line: string, index: number, path: string): ActionToken {
  const parts = line.split(/\s+/);
  const [who, token] = parts.length === 1 ? ['operator', parts[0] as string] : [parts[0] as string, parts[1] as string];
  if (parts.length > 2 || !/^[\w.@-]{1,64}$/.test(who)) throw new UsageError(`--token-file ${path} line ${index + 1} must be "<name> <token>" or a bare token`);
  if (token.length < MIN_TOKEN_LENGTH) throw new UsageError(`--token-file ${path} line ${index + 1}: a token must have at least ${MIN_TOKEN_LENGTH} characters`, { hint: 'make one with `openssl rand -hex 32`' });
  return { who, digest: digest(token) };
}

/** Reads and checks the token file; throws UsageError (exit 2) naming what is wrong. */
export function readTokenFile(file: string): ActionToken[] {
  const path = resolve(file);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (err) {
    throw new UsageError(`--token-file ${path} cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new UsageError(`--token-file ${path} is not a regular file`);
    if ((info.mode & 0o077) !== 0) {
      throw new UsageError(`--token-file ${path} is accessible by group or others (mode ${(info.mode & 0o777).toString(8).padStart(4, '0')}); refusing it`, { hint: `chmod 600 ${path}` });
    }
    const lines = readFileSync(fd, 'utf8').split(/\r?\n/).map((l) => l.trim());
    const tokens = lines.flatMap((line, i) => (line === '' || line.startsWith('#') ? [] : [parseLine(line, i, path)]));
    if (tokens.length === 0) throw new UsageError(`--token-file ${path} holds no token`);
    return tokens;
  } finally {
    closeSync(fd);
  }
}

/** The holder of `presented`, compared in constant time against every token (no early exit that times the match). */
export function matchToken(tokens: ActionToken[], presented: string): ActionToken | null {
  const given = digest(presented);
  let found: ActionToken | null = null;
  for (const token of tokens) if (timingSafeEqual(token.digest, given) && !found) found = token;
  return found;
}
