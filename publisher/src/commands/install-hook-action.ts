import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
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
  const file = join(await gitDirOf(flags.repo), 'hooks', 'post-receive');
  await checkExisting(file, Boolean(flags.force));
  const script = hookScript({
    node: process.execPath,
    bin: BIN,
    zk: global.zk,
    app: global.app,
    auth: global.auth,
    url: flags.url,
    path: flags.path,
    branch: flags.branch,
    wait: Boolean(flags.wait),
    timeoutSeconds: flags.timeout / 1000,
    minHosts: flags.minHosts,
    signKey,
  });
  // Written aside and renamed, so a push never runs half a hook; private when it holds a password.
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.zkdeploy-${process.pid}`;
  await writeFile(tmp, script, { mode: global.auth ? 0o700 : 0o755 });
  await chmod(tmp, global.auth ? 0o700 : 0o755);
  await rename(tmp, file);
  if (global.json) process.stdout.write(`${JSON.stringify({ hook: file, app: global.app, branch: flags.branch })}\n`);
  else process.stdout.write(`installed ${file}: pushes to ${flags.branch} publish to ${global.app} at ${global.zk}\n`);
  process.exitCode = ExitCode.OK;
}
