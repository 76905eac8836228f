/**
 * `zkdeploy install-hook`: writes hooks/post-receive. With --auth the
 * publisher's user:password goes into a credentials file beside the hooks
 * (`<git dir>/zkdeploy-auth`, mode 0600, owned by the repository's owner,
 * who runs the hook; created new and renamed into place, so no planted file
 * or link is written through); with --auth-file the hook
 * names that file. Either way the hook script itself holds no secret.
 */
import { chmod, chown, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { ExitCode, UsageError } from '@zkdeploy/shared/errors';
import { runGit } from '@zkdeploy/shared/git';
import { validatePayload } from '@zkdeploy/shared/payload';
import { globalOptions } from '../global-options.js';
import { HOOK_MARKER, hookScript } from '../hook-script.js';
import { readSigningKey } from '../signing-key.js';
import type { WaitFlags } from '../wait/wait-options.js';

interface Flags extends WaitFlags {
  repo: string;
  url: string;
  path: string;
  branch: string;
  force?: boolean;
  signKey?: string;
}

const BIN = fileURLToPath(new URL('../../bin/zkdeploy.js', import.meta.url));

/** The credentials file install-hook writes for --auth, in the repository's git dir. */
export const HOOK_AUTH_FILE = 'zkdeploy-auth';

/** Writes `content` to `file` atomically with `mode` (a new temporary file, then rename). */
async function writeAtomically(file: string, content: string, mode: number): Promise<void> {
  const tmp = `${file}.zkdeploy-${process.pid}`;
  await rm(tmp, { force: true });
  await writeFile(tmp, content, { mode, flag: 'wx' });
  await chmod(tmp, mode);
  await rename(tmp, file);
}

/**
 * The credentials file the hook names: --auth-file as given, or --auth
 * written to a 0600 file; none without either. A file an earlier install
 * wrote and the hook no longer names is removed, so no password lingers.
 */
async function hookAuthFile(gitDir: string, auth: string | undefined, authFile: string | undefined): Promise<string | undefined> {
  const ours = join(gitDir, HOOK_AUTH_FILE);
  if (authFile || !auth) {
    if (authFile !== ours) await rm(ours, { force: true });
    return authFile;
  }
  await writeAtomically(ours, `${auth}\n`, 0o600);
  // Run as root for a repository another user owns: the hook runs as that user, who must be able to read it.
  if (process.getuid?.() === 0) {
    const owner = await stat(gitDir);
    await chown(ours, owner.uid, owner.gid);
  }
  return ours;
}

/** The repository's git dir (bare repos: the repo itself); a usage error when it is not a repository. */
async function gitDirOf(repo: string): Promise<string> {
  try {
    const r = await runGit(['rev-parse', '--absolute-git-dir'], { cwd: resolve(repo), timeoutMs: 10_000 });
    return r.stdout.trim();
  } catch {
    throw new UsageError(`--repo ${repo} is not a git repository`, { hint: 'give the path of the bare repository pushes go to' });
  }
}

/** Refuses to replace a hook zkdeploy did not write, unless forced. */
async function checkExisting(file: string, force: boolean): Promise<void> {
  const existing = await readFile(file, 'utf8').catch(() => null);
  if (existing === null || force || existing.includes(HOOK_MARKER)) return;
  throw new UsageError(`${file} already exists and was not written by zkdeploy; nothing was changed`, {
    hint: 'merge it by hand, or pass --force to replace it',
  });
}

/** Runs `zkdeploy install-hook`. */
export async function run(this: Command, flags: Flags): Promise<void> {
  const global = globalOptions(this);
  validatePayload({ url: flags.url, commitId: '0'.repeat(40), relativePath: flags.path });
  if (!/^[A-Za-z0-9._/-]+$/.test(flags.branch)) throw new UsageError(`--branch ${JSON.stringify(flags.branch)} is not a plain branch name`);
  const signKey = flags.signKey ? resolve(flags.signKey) : undefined;
  if (signKey) await readSigningKey(signKey);
  const gitDir = await gitDirOf(flags.repo);
  const file = join(gitDir, 'hooks', 'post-receive');
  await checkExisting(file, Boolean(flags.force));
  const authFile = await hookAuthFile(gitDir, global.auth, global.authFile);
  const script = hookScript({
    node: process.execPath,
    bin: BIN,
    zk: global.zk,
    app: global.app,
    authFile,
    url: flags.url,
    path: flags.path,
    branch: flags.branch,
    wait: Boolean(flags.wait),
    timeoutSeconds: flags.timeout / 1000,
    minHosts: flags.minHosts,
    signKey,
    ...(global.tls ? { tls: global.tls } : {}),
  });
  // Written aside and renamed, so a push never runs half a hook. It holds no secret, so it may be readable.
  await mkdir(dirname(file), { recursive: true });
  await writeAtomically(file, script, 0o755);
  if (global.json) process.stdout.write(`${JSON.stringify({ hook: file, app: global.app, branch: flags.branch, ...(authFile ? { authFile } : {}) })}\n`);
  else process.stdout.write(`installed ${file}: pushes to ${flags.branch} publish to ${global.app} at ${global.zk}${authFile ? ` as the identity in ${authFile}` : ''}\n`);
  process.exitCode = ExitCode.OK;
}
