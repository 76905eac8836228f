/**
 * The `hooks/post-receive` script `zkdeploy install-hook` writes: absolute
 * paths to node and the zkdeploy bin, every value single-quoted for sh, and
 * no secret: the ZooKeeper identity is named by the path of a 0600
 * credentials file (ZKDEPLOY_AUTH_FILE), never written into the script,
 * which anyone who can read the repository may read, nor put on a command
 * line, which `ps` shows. A marker line tells our hooks from foreign ones.
 */

/** The line that marks a hook as written by zkdeploy (and so safe to replace). */
export const HOOK_MARKER = '# zkdeploy-hook: written by `zkdeploy install-hook`';

/** Quotes a value for sh: single quotes, with embedded ones closed, escaped and reopened. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

export interface HookScriptSpec {
  node: string;
  bin: string;
  zk: string;
  app: string;
  /** Absolute path of the file holding the publisher's user:password. */
  authFile?: string;
  url: string;
  path: string;
  branch: string;
  wait: boolean;
  timeoutSeconds?: number;
  minHosts?: number;
  signKey?: string;
  /** TLS to ZooKeeper: absolute paths of the CA, certificate and key, and the server name. */
  tls?: { ca?: string; cert?: string; key?: string; servername?: string };
}

/** The script text. */
export function hookScript(s: HookScriptSpec): string {
  const args = ['hook', 'post-receive', '--zk', s.zk, '--app', s.app, '--url', s.url, '--path', s.path, '--branch', s.branch];
  if (s.wait) args.push('--wait', '--timeout', String(s.timeoutSeconds ?? 300), '--min-hosts', String(s.minHosts ?? 0));
  if (s.signKey) args.push('--sign-key', s.signKey);
  if (s.tls) {
    args.push('--zk-tls');
    for (const [flag, value] of [['--zk-tls-ca', s.tls.ca], ['--zk-tls-cert', s.tls.cert], ['--zk-tls-key', s.tls.key], ['--zk-tls-servername', s.tls.servername]] as const) {
      if (value) args.push(flag, value);
    }
  }
  const lines = [
    '#!/bin/sh',
    HOOK_MARKER,
    '# Publishes pushes of the deployed branch to ZooKeeper. Re-run `zkdeploy install-hook` to change it.',
    // A pusher's own ZKDEPLOY_AUTH must neither override nor conflict with the hook's identity.
    s.authFile ? `unset ZKDEPLOY_AUTH\nZKDEPLOY_AUTH_FILE=${shellQuote(s.authFile)}\nexport ZKDEPLOY_AUTH_FILE` : 'unset ZKDEPLOY_AUTH ZKDEPLOY_AUTH_FILE',
    `exec ${[s.node, s.bin, ...args].map(shellQuote).join(' ')}`,
  ];
  return `${lines.join('\n')}\n`;
}
