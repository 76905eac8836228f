#!/usr/bin/env node
/**
 * Baseline for the benchmarks: what a hand-rolled kazoo deploy script does,
 * written in Node on the same ZooKeeper client library zkdeploy uses.
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
 * Exception to CONVENTIONS.md rule 2 (ZooKeeper only through shared's
 * ZkClient): this file imports node-zookeeper-client directly on purpose, as
 * the hand-rolled script would use its client library directly. It is a
 * measuring stick, not zkdeploy code.
 *
 * Usage: baseline-agent.mjs --zk <hosts> --config <znode> --base-dir <dir>
 * Prints `ready` on stdout once connected and watching.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';

const zookeeper = createRequire(new URL('../shared/package.json', import.meta.url))('node-zookeeper-client');
const run = promisify(execFile);

function arg(name) {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0 || !process.argv[i + 1]) {
    process.stderr.write(`baseline-agent: --${name} is required\n`);
    process.exit(2);
  }
  return process.argv[i + 1];
}

const zk = arg('zk');
const configPath = arg('config');
const baseDir = arg('base-dir');
const client = zookeeper.createClient(zk, { sessionTimeout: 10_000, spinDelay: 200, retries: 0 });

let busy = false;
let pending = null;

async function deploy(data) {
  const cfg = JSON.parse(data.toString('utf8'));
  const path = join(baseDir, cfg.relativePath);
  if (existsSync(path)) {
    await run('git', ['status'], { cwd: path });
    await run('git', ['pull', '-q'], { cwd: path });
  } else {
    await run('git', ['clone', '-q', cfg.url, path], { cwd: baseDir });
  }
  const { stdout } = await run('git', ['rev-parse', 'HEAD'], { cwd: path });
  process.stdout.write(`deployed ${stdout.trim()}\n`);
}

async function changed(data) {
  if (busy) {
    pending = data;
    return;
  }
  busy = true;
  try {
    await deploy(data);
  } catch (err) {
    process.stderr.write(`deploy failed: ${err.message}\n`);
  } finally {
    busy = false;
  }
  if (pending) {
    const next = pending;
    pending = null;
    void changed(next);
  }
}

let started = false;
function watchConfig() {
  client.getData(configPath, () => watchConfig(), (err, data) => {
    if (err && err.getCode() === zookeeper.Exception.NO_NODE) {
      client.exists(configPath, () => watchConfig(), () => undefined);
    } else if (!err && data) {
      void changed(data);
    }
    if (!started) {
      started = true;
      process.stdout.write('ready\n');
    }
  });
}

client.once('connected', watchConfig);
client.connect();
process.on('SIGTERM', () => {
  client.close();
  process.exit(0);
});
