#!/usr/bin/env node
/**
 * The floor for the benchmarks: the least an agent must do to deploy an exact
 * commit atomically, on the same ZooKeeper client library and watch as the
 * baseline (bench/lib/watch-agent.mjs), with zkdeploy's own git commands and
 * flags.
 *
 *   on a change of the config znode:
 *     first time: git init --bare; fetch <url> <commit>; register a worktree by
 *                 hand (as zkdeploy does) and check the commit out in it
 *     else:       fetch <url> <commit>; git checkout -f --detach <commit> in the
 *                 inactive one of two worktrees
 *     (fetch, as zkdeploy does: from a repository on this host
 *     `git fetch-pack <url> <commit>` with zkdeploy's settings, the fetched
 *     ref written and the pack's .keep removed; over the network
 *     `git fetch --no-tags <url> +<commit>:<ref>`, which asks for the commit
 *     without the server listing its refs first)
 *     swap the target symlink to that worktree (a temporary link renamed over it)
 *     (--shallow: the fetch is `--depth=1 --thin`, the commit without its
 *     history, as zkdeploy's shallow store fetches: the floor of the
 *     large-repository workload)
 *
 * Exact commit (fetch by id), no half-applied checkout (the swap), and
 * nothing else: no validation, no status written, no verification of HEAD,
 * no cleaning, no drift check, no recovery after a crash, one change at a
 * time. Whatever a zkdeploy agent takes beyond this agent is its own overhead;
 * what this agent takes beyond the baseline is what exactness and atomicity
 * cost on this machine.
 *
 * (--sync: one `sync -f` of the worktree's file system before the swap, as
 *     zkdeploy's durable activation: the floor of an agent whose swap survives
 *     a power loss.)
 *
 * Usage: floor-agent.mjs --zk <hosts> --config <znode> --base-dir <dir> [--shallow] [--sync]
 * Prints `ready` on stdout once connected and watching, and `deployed <commit>`
 * after each swap.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readlinkSync, renameSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { runWatchAgent } from '../lib/watch-agent.mjs';

const run = promisify(execFile);
const GIT = ['-c', 'fetch.unpackLimit=1'];

runWatchAgent('floor-agent', async (cfg, baseDir, flags) => {
  const target = join(baseDir, cfg.relativePath);
  const home = join(baseDir, '.floor', cfg.relativePath.replace(/\//g, '_'));
  const store = join(home, 'repo.git');
  const fresh = !existsSync(store);
  if (fresh) {
    mkdirSync(home, { recursive: true });
    await run('git', ['init', '--bare', '--quiet', '--template=', store]);
  }
  if (/^file:\/\//i.test(cfg.url) || cfg.url.startsWith('/')) {
    const { stdout } = await run('git', [...GIT, 'fetch-pack', '--quiet', '--no-progress', ...(flags.shallow ? ['--depth=1', '--thin'] : []), cfg.url, cfg.commitId], { cwd: store });
    mkdirSync(join(store, 'refs', 'floor'), { recursive: true });
    writeFileSync(join(store, 'refs', 'floor', 'fetched'), `${cfg.commitId}\n`);
    for (const [, kept] of stdout.matchAll(/^keep\t([0-9a-f]+)$/gm)) unlinkSync(join(store, 'objects', 'pack', `pack-${kept}.keep`));
  } else {
    const settings = ['-c', 'maintenance.auto=false', '-c', 'fetch.showForcedUpdates=false', '-c', 'advice.fetchShowForcedUpdates=false'];
    const args = ['fetch', '--quiet', '--no-tags', '--no-recurse-submodules', '--no-write-fetch-head', ...(flags.shallow ? ['--depth=1'] : []), '--'];
    await run('git', [...GIT, ...settings, ...args, cfg.url, `+${cfg.commitId}:refs/floor/fetched`], { cwd: store });
  }
  const active = fresh ? null : readlinkSync(target, { throwIfNoEntry: false });
  const slot = join(home, active?.endsWith('a') ? 'b' : 'a');
  if (!existsSync(slot)) {
    // A worktree registered by hand (gitrepository-layout), as zkdeploy does: `git worktree add` runs two more processes.
    const admin = join(store, 'worktrees', slot.endsWith('a') ? 'a' : 'b');
    mkdirSync(admin, { recursive: true });
    mkdirSync(slot);
    writeFileSync(join(admin, 'commondir'), '../..\n');
    writeFileSync(join(admin, 'gitdir'), `${join(slot, '.git')}\n`);
    writeFileSync(join(admin, 'HEAD'), `${cfg.commitId}\n`);
    writeFileSync(join(slot, '.git'), `gitdir: ${admin}\n`);
  }
  await run('git', ['checkout', '--quiet', '--force', '--detach', cfg.commitId, '--'], { cwd: slot });
  if (flags.sync) await run('sync', ['-f', '--', slot]);
  mkdirSync(dirname(target), { recursive: true });
  const tmp = `${target}.swap`;
  symlinkSync(relative(dirname(target), slot), tmp);
  renameSync(tmp, target);
  return cfg.commitId;
});
