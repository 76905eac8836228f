/**
 * `--run-as <user>`: the user the agent's operator commands (`--check`,
 * `--exec`, `--on-primary`, `--on-standby`) run as, resolved once at startup
 * through the system's user database (`getent passwd`, so NSS sources such
 * as LDAP count) and held for the life of the process. Only root may switch
 * users; an unknown user or a non-root agent is a usage error before
 * anything starts. The command gets the user's uid, primary gid (Node drops
 * supplementary groups when it sets them) and login variables.
 *
 * Several agents can share one process (startAgent, start-agent.ts), each
 * with its own --run-as: an agent's user is held in an AsyncLocalStorage
 * scope that startAgent opens around everything the agent creates (its
 * ZooKeeper socket, timers, watchers, child processes), so every callback of
 * that agent reads its own user, however deep the command is started. The
 * process-wide value stays for code outside any scope.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { execFileSync } from 'node:child_process';
import { UsageError, type CommandUser } from '@zkdeploy/shared';

let current: CommandUser | undefined;

/** The scope of one agent: `user` undefined means the agent's own user, whatever the process-wide value. */
const scope = new AsyncLocalStorage<{ user: CommandUser | undefined }>();

/** Parses one `getent passwd` line: `name:x:uid:gid:gecos:home:shell`. */
export function parsePasswdLine(line: string): CommandUser | null {
  const f = line.trim().split(':');
  if (f.length < 7) return null;
  const uid = Number(f[2]);
  const gid = Number(f[3]);
  if (!Number.isInteger(uid) || !Number.isInteger(gid) || f[2] === '' || f[3] === '') return null;
  return { name: f[0] as string, uid, gid, home: f[5] || '/', shell: f[6] || '/bin/sh' };
}

/** Looks `name` up; throws UsageError when it is unknown or the agent cannot switch to it. */
export function resolveCommandUser(name: string, uid = process.getuid?.()): CommandUser {
  if (!/^[A-Za-z0-9._][A-Za-z0-9._-]*\$?$/.test(name)) throw new UsageError(`--run-as ${JSON.stringify(name)} is not a user name`);
  if (uid !== 0) {
    throw new UsageError(`--run-as ${name} needs the agent to run as root (it runs as uid ${uid ?? 'unknown'})`, {
      hint: 'start the agent as root, or drop --run-as and run the agent itself as the user the commands need',
    });
  }
  let line: string;
  try {
    line = execFileSync('getent', ['passwd', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    throw new UsageError(`--run-as ${name}: no such user`, { hint: 'create the user, or name an existing one' });
  }
  const user = parsePasswdLine(line.split('\n')[0] ?? '');
  if (!user) throw new UsageError(`--run-as ${name}: the user database gave an unreadable entry`);
  return user;
}

/** Sets the user every later command outside an agent's scope runs as. */
export function setCommandUser(user: CommandUser | undefined): void {
  current = user;
}

/** Runs `fn` (and everything it starts, asynchronously too) with `user` as its agent's command user. */
export function withCommandUser<T>(user: CommandUser | undefined, fn: () => T): T {
  return scope.run({ user }, fn);
}

/** The user commands run as, or undefined to run them as the agent's own user. */
export function commandUser(): CommandUser | undefined {
  const own = scope.getStore();
  return own ? own.user : current;
}
