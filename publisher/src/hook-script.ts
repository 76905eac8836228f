/**
 * The `hooks/post-receive` script `zkdeploy install-hook` writes: absolute
 * paths to node and the zkdeploy bin, every value single-quoted for sh, and
 * the ZooKeeper password passed in the environment rather than on the command
 * line (where `ps` would show it). A marker line tells our hooks from foreign ones.
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
  auth?: string;
  url: string;
  path: string;
  branch: string;
  wait: boolean;
  timeoutSeconds?: number;
  minHosts?: number;
  signKey?: string;
}

/** The script text. */
export function hookScript(s: HookScriptSpec): string {
  const args = ['hook', 'post-receive', '--zk', s.zk, '--app', s.app, '--url', s.url, '--path', s.path, '--branch', s.branch];
  if (s.wait) args.push('--wait', '--timeout', String(s.timeoutSeconds ?? 300), '--min-hosts', String(s.minHosts ?? 0));
  if (s.signKey) args.push('--sign-key', s.signKey);
  const lines = [
    '#!/bin/sh',
    HOOK_MARKER,
    '# Publishes pushes of the deployed branch to ZooKeeper. Re-run `zkdeploy install-hook` to change it.',
    s.auth ? `ZKDEPLOY_AUTH=${shellQuote(s.auth)}\nexport ZKDEPLOY_AUTH` : 'unset ZKDEPLOY_AUTH',
    `exec ${[s.node, s.bin, ...args].map(shellQuote).join(' ')}`,
  ];
  return `${lines.join('\n')}\n`;
}
