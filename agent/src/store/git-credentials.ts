/**
 * Private repositories through standard git means, never logged:
 *   - `--ssh-key <file>` (and `--known-hosts <file>`): ssh runs with that key
 *     only, BatchMode (no prompts) and strict host key checking;
 *   - `ZKDEPLOY_GIT_USERNAME` + `ZKDEPLOY_GIT_PASSWORD` (or
 *     `ZKDEPLOY_GIT_PASSWORD_FILE`) in the agent's environment: given to git
 *     by a credential helper that reads them from its own environment, so the
 *     secret never appears in a command line, a URL or a log line.
 */

export interface GitCredentialOptions {
  sshKey?: string | undefined;
  knownHosts?: string | undefined;
  username?: string | undefined;
  password?: string | undefined;
}

export interface GitCredentialSettings {
  env: Record<string, string>;
  config: string[];
}

/** Quotes one word for the POSIX shell that runs GIT_SSH_COMMAND. */
export function shellQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The environment and `-c` settings every git call of the agent gets. */
export function gitCredentialSettings(o: GitCredentialOptions): GitCredentialSettings {
  const env: Record<string, string> = {};
  const config: string[] = [];
  // BatchMode always: ssh must fail rather than wait for a passphrase or a host key answer nobody gives.
  const parts = ['ssh', '-o', 'BatchMode=yes'];
  if (o.sshKey) parts.push('-i', shellQuote(o.sshKey), '-o', 'IdentitiesOnly=yes', '-o', 'StrictHostKeyChecking=yes');
  if (o.knownHosts) parts.push('-o', shellQuote(`UserKnownHostsFile=${o.knownHosts}`));
  env['GIT_SSH_COMMAND'] = parts.join(' ');
  if (o.username && o.password) {
    env['ZKDEPLOY_GIT_USERNAME'] = o.username;
    env['ZKDEPLOY_GIT_PASSWORD'] = o.password;
    // The helper text is constant; the values come from the environment of git's child.
    const helper = '!f() { test "$1" = get || exit 0; echo "username=$ZKDEPLOY_GIT_USERNAME"; echo "password=$ZKDEPLOY_GIT_PASSWORD"; }; f';
    config.push('-c', 'credential.helper=', '-c', `credential.helper=${helper}`);
  }
  return { env, config };
}
