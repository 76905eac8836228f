/**
 * The environment of every operator command the agent runs (`--check`,
 * `--exec`, `--on-primary`, `--on-standby`): an allowlist of the agent's own
 * variables plus the facts of the deploy or role, nothing else. The agent's
 * ZooKeeper password, git credentials, proxy settings (which may carry a
 * user:password) and anything else in its environment never reach a command,
 * so a command that prints its environment cannot publish them.
 *
 * With a run-as user the login variables are that user's (as systemd's
 * `User=` sets them), not the agent's.
 */

/** Variables a command inherits from the agent, when set. `LC_*` are kept too. */
export const COMMAND_ENV_KEPT: readonly string[] = ['PATH', 'HOME', 'LANG', 'LANGUAGE', 'TZ', 'USER', 'LOGNAME', 'SHELL', 'TMPDIR'];

/** The user commands run as (`--run-as`). */
export interface CommandUser {
  name: string;
  uid: number;
  gid: number;
  home: string;
  shell: string;
}

/** PATH when the agent has none: the usual system directories. */
const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** The kept variables of `source`, then the user's login variables, then `facts`. */
export function commandEnv(facts: Record<string, string>, user?: CommandUser, source: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(source)) {
    if (value !== undefined && (COMMAND_ENV_KEPT.includes(key) || key.startsWith('LC_'))) env[key] = value;
  }
  env['PATH'] ??= DEFAULT_PATH;
  if (user) Object.assign(env, { HOME: user.home, USER: user.name, LOGNAME: user.name, SHELL: user.shell });
  return { ...env, ...facts };
}

/** The `spawn` options that run a command with that environment, as `user` when given. */
export function commandSpawnOptions(facts: Record<string, string>, user?: CommandUser): { env: Record<string, string>; uid?: number; gid?: number } {
  const env = commandEnv(facts, user);
  return user ? { env, uid: user.uid, gid: user.gid } : { env };
}
