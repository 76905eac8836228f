#!/usr/bin/env node
/**
 * Baseline for the benchmarks: what a hand-rolled kazoo deploy script does,
 * written in Node on the same ZooKeeper client library zkdeploy uses (the
 * watch is bench/lib/watch-agent.mjs).
 *
 *   @client.DataWatch(config_path)
 *   def changed(data, stat):
 *       cfg = json.loads(data); path = base_dir / cfg["relativePath"]
 *       if path.exists(): run("git status"); run("git pull")
 *       else:             run("git clone", cfg["url"], path)
 *       run("git rev-parse HEAD")
 *
 * No status is written anywhere, nothing is validated, one change at a time.
 *
 * Usage: baseline-agent.mjs --zk <hosts> --config <znode> --base-dir <dir>
 * Prints `ready` on stdout once connected and watching.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runWatchAgent } from '../lib/watch-agent.mjs';

const run = promisify(execFile);

runWatchAgent('baseline-agent', async (cfg, baseDir) => {
  const path = join(baseDir, cfg.relativePath);
  if (existsSync(path)) {
    await run('git', ['status'], { cwd: path });
    await run('git', ['pull', '-q'], { cwd: path });
  } else {
    await run('git', ['clone', '-q', cfg.url, path], { cwd: baseDir });
  }
  const { stdout } = await run('git', ['rev-parse', 'HEAD'], { cwd: path });
  return stdout.trim();
});
