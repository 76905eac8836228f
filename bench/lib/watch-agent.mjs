/**
 * The skeleton the benchmark's script agents share (bench/baseline-agent.mjs,
 * bench/floor-agent.mjs): what a hand-rolled kazoo `DataWatch` script does,
 * in Node on the same ZooKeeper client library zkdeploy uses. A data watch
 * on the config znode calls `deploy(payload, baseDir)` for each change, one
 * at a time (a change that arrives meanwhile is kept, and only the latest);
 * `deploy` resolves to the commit the checkout is now at, printed as
 * `deployed <commit>`. Prints `ready` once connected and watching.
 *
 * Exception to CONVENTIONS.md rule 2 (ZooKeeper only through shared's
 * ZkClient): this imports node-zookeeper-client directly on purpose, as the
 * hand-rolled script would use its client library directly. It is a
 * measuring stick, not zkdeploy code.
 *
 * Usage of an agent built on it: <script> --zk <hosts> --config <znode> --base-dir <dir>
 */
import { createRequire } from 'node:module';

const zookeeper = createRequire(new URL('../../shared/package.json', import.meta.url))('node-zookeeper-client');

/** Runs the agent named `name` until SIGTERM; `deploy(cfg, baseDir)` resolves to the deployed commit. */
export function runWatchAgent(name, deploy) {
  const arg = (flag) => {
    const i = process.argv.indexOf(`--${flag}`);
    if (i < 0 || !process.argv[i + 1]) {
      process.stderr.write(`${name}: --${flag} is required\n`);
      process.exit(2);
    }
    return process.argv[i + 1];
  };
  const zk = arg('zk');
  const configPath = arg('config');
  const baseDir = arg('base-dir');
  const client = zookeeper.createClient(zk, { sessionTimeout: 10_000, spinDelay: 200, retries: 0 });

  let busy = false;
  let pending = null;
  async function changed(data) {
    if (busy) {
      pending = data;
      return;
    }
    busy = true;
    try {
      const commit = await deploy(JSON.parse(data.toString('utf8')), baseDir);
      process.stdout.write(`deployed ${commit}\n`);
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
}
