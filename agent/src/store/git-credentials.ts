/**
 * Private repositories through standard git means, never logged:
 *   - `--ssh-key <file>` (and `--known-hosts <file>`): ssh runs with that key
 *     only, BatchMode (no prompts) and strict host key checking;
 *   - `ZKDEPLOY_GIT_USERNAME` + `ZKDEPLOY_GIT_PASSWORD` (or
 *     `ZKDEPLOY_GIT_PASSWORD_FILE`) in the agent's environment: given to git
 *     by a credential helper that reads them from its own environment, so the
 *     secret never appears in a command line, a URL or a log line. The helper
 *     answers only over https and only for the hosts the credentials are
 *     scoped to (the https hosts of `--allow-url`, or those named by
 *     `--git-credential-host`); git asks it with the protocol and host of the
 *     request it is making (after redirects too), so a payload naming another
 *     server, or plain http, gets nothing and the fetch fails to authenticate.
 */
import { UsageError } from '@zkdeploy/shared';
import { GitUrlError, parseGitUrl } from './git-url.js';

export interface GitCredentialOptions {
  sshKey?: string | undefined;
  knownHosts?: string | undefined;
  username?: string | undefined;
  password?: string | undefined;
  /** `host:port` of each https server the username and password may go to (see {@link gitCredentialHosts}). */
  hosts?: string[] | undefined;
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
    env['ZKDEPLOY_GIT_HOSTS'] = helperHosts(o.hosts ?? []).join(' ');
    // The empty value first drops every helper a config file may name (a ~/.git-credentials store, …).
    config.push('-c', 'credential.helper=', '-c', `credential.helper=${CREDENTIAL_HELPER}`);
  }
  return { env, config };
}

/**
 * The helper git runs as `sh -c '<helper> get'`, with the request on stdin
 * (`protocol=…`, `host=…`, maybe `username=…`, then an empty line). Its text
 * is constant; the values come from the environment of git's child. It
 * answers only for `protocol=https`, a host in ZKDEPLOY_GIT_HOSTS (exact,
 * port included, case-insensitive) and no other username; otherwise it says
 * why on stderr (git's error then carries it into the status record) and
 * answers nothing, so git fails to authenticate instead of sending the password.
 */
const CREDENTIAL_HELPER = [
  '!f() { test "$1" = get || exit 0; set -f; p=; h=; u=; ok=;',
  'while IFS= read -r l && test -n "$l"; do case "$l" in protocol=*) p=${l#protocol=};; host=*) h=${l#host=};; username=*) u=${l#username=};; esac; done;',
  'h=$(printf %s "$h" | tr A-Z a-z);',
  'if test "$p" = https && { test -z "$u" || test "$u" = "$ZKDEPLOY_GIT_USERNAME"; }; then for a in $ZKDEPLOY_GIT_HOSTS; do test "$a" = "$h" && ok=1; done; fi;',
  'if test -z "$ok"; then echo "zkdeploy-agent: git credentials withheld: they are sent only over https to $ZKDEPLOY_GIT_HOSTS" >&2; exit 0; fi;',
  'echo "username=$ZKDEPLOY_GIT_USERNAME"; echo "password=$ZKDEPLOY_GIT_PASSWORD"; }; f',
].join(' ');

/** git names a default-port host without its port: `git.example.com:443` is also `git.example.com`. */
function helperHosts(hosts: string[]): string[] {
  return hosts.flatMap((h) => (h.endsWith(':443') ? [h.slice(0, -4), h] : [h]));
}

/** `host:port` (port 443 unless written) of a --git-credential-host value; throws UsageError. */
function credentialHost(name: string): string {
  try {
    const url = parseGitUrl(`https://${name}/`);
    if (url.userinfo === null && url.segments.length === 1) return `${url.host}:${url.port}`;
  } catch (err) {
    if (!(err instanceof GitUrlError)) throw err;
  }
  throw new UsageError(`--git-credential-host ${JSON.stringify(name)} is not a host name with an optional port (git.example.com or git.example.com:8443)`);
}

/**
 * The `host:port` list the https credentials are scoped to: the hosts named
 * by `--git-credential-host`, each of which must be an https `--allow-url`
 * host, else every https `--allow-url` host. Credentials without an
 * allowlist are refused: every URL would then be allowed, and the password
 * would go to any server a payload names.
 */
export function gitCredentialHosts(allowUrls: string[], named: string[], hasCredentials: boolean): string[] {
  if (!hasCredentials) {
    if (named.length > 0) throw new UsageError('--git-credential-host needs git credentials: set ZKDEPLOY_GIT_USERNAME and ZKDEPLOY_GIT_PASSWORD_FILE (or ZKDEPLOY_GIT_PASSWORD)');
    return [];
  }
  if (allowUrls.length === 0) {
    throw new UsageError('git credentials (ZKDEPLOY_GIT_USERNAME) need --allow-url: without it every URL is allowed and the password would go to any server a payload names; add --allow-url https://<your git host>/');
  }
  const https = [...new Set(allowUrls.map((u) => parseGitUrl(u)).filter((u) => u.kind === 'https').map((u) => `${u.host}:${u.port}`))];
  if (https.length === 0) {
    throw new UsageError('git credentials are sent only over https, and no --allow-url entry is an https URL: add --allow-url https://<your git host>/ or unset ZKDEPLOY_GIT_USERNAME');
  }
  if (named.length === 0) return https;
  return named.map((name) => {
    const host = credentialHost(name);
    if (!https.includes(host)) throw new UsageError(`--git-credential-host ${name} is not the host of an https --allow-url entry (${https.join(', ')})`);
    return host;
  });
}
