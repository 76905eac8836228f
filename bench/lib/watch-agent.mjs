/**
 * The skeleton the benchmark's script agents share (bench/agents/baseline-agent.mjs,
 * bench/agents/floor-agent.mjs): what a hand-rolled kazoo `DataWatch` script does,
 * in Node on the same ZooKeeper client library zkdeploy uses. A data watch
 * on the config znode calls `deploy(payload, baseDir)` for each change, one
 * at a time (a change that arrives meanwhile is kept, and only the latest);
 * `deploy` resolves to the commit the checkout is now at, printed as
 * `deployed <commit>`. Prints `ready` once connected and watching. With
 * `--status-node <znode>` it also reports each deploy there before printing,
 * as an agent that writes status must: one write (set, or create the first
 * time) of a record like zkdeploy's `ok`.
 *
 * Exception to CONVENTIONS.md rule 2 (ZooKeeper only through shared's
 * ZkClient): this imports node-zookeeper-client directly on purpose, as the
 * hand-rolled script would use its client library directly. It is a
 * measuring stick, not zkdeploy code.
 *
 * Usage of an agent built on it: <script> --zk <hosts> --config <znode> --base-dir <dir> [--status-node <znode>]
 */
import { createRequire } from 'node:module';
import { parseBenchArgs } from './args.mjs';

// The library as zkdeploy has it: resolved from @zkdeploy/shared, whose dependency it is.
const zookeeper = createRequire(import.meta.resolve('@zkdeploy/shared'))('node-zookeeper-client');

const FLAGS = {
  zk: { type: 'string', required: true, help: 'ZooKeeper connect string' },
  config: { type: 'string', required: true, help: 'the config znode to watch' },
  'base-dir': { type: 'string', required: true, help: 'where checkouts go' },
  'status-node': { type: 'string', help: "report each deploy in this znode, one write of an ok record like zkdeploy's" },
  shallow: { type: 'boolean', help: "floor agent: fetch the commit alone (`--depth=1 --thin`), as zkdeploy's shallow store does" },
  sync: { type: 'boolean', help: "floor agent: sync the worktree's file system (`sync -f`) before the swap, as zkdeploy's durable activation does" },
};

/** Runs the agent named `name` until SIGTERM; `deploy(cfg, baseDir, flags)` resolves to the deployed commit. */
export function runWatchAgent(name, deploy) {
  const flags = parseBenchArgs({ name, usage: `node bench/agents/${name}.mjs --zk <hosts> --config <znode> --base-dir <dir> [--status-node <znode>]`, flags: FLAGS });
  const zk = flags.zk;
  const configPath = flags.config;
  const baseDir = flags['base-dir'];
  const statusNode = flags['status-node'] ?? null;
  const client = zookeeper.createClient(zk, { sessionTimeout: 10_000, spinDelay: 200, retries: 0 });

  /** One write of an `ok` record the size of zkdeploy's: set, or create on the first deploy. */
  function writeStatus(cfg, version, commit, started) {
    const record = Buffer.from(
      JSON.stringify({
        host: statusNode.split('/').pop(),
        state: 'ok',
        commitId: commit,
        desiredCommitId: cfg.commitId,
        configVersion: version,
        error: null,
        updatedAt: new Date().toISOString(),
        durationMs: Date.now() - started,
        attempts: 1,
        agentVersion: name,
      }),
    );
    return new Promise((resolve, reject) => {
      client.setData(statusNode, record, -1, (err) => {
        if (!err) return resolve();
        if (err.getCode() !== zookeeper.Exception.NO_NODE) return reject(err);
        client.create(statusNode, record, (createErr) => (createErr ? reject(createErr) : resolve()));
      });
    });
  }

  let busy = false;
  let pending = null;
  async function changed(data, version) {
    if (busy) {
      pending = { data, version };
      return;
    }
    busy = true;
    try {
      const started = Date.now();
      const cfg = JSON.parse(data.toString('utf8'));
      const commit = await deploy(cfg, baseDir, flags);
      if (statusNode) await writeStatus(cfg, version, commit, started);
      process.stdout.write(`deployed ${commit}\n`);
    } catch (err) {
      process.stderr.write(`deploy failed: ${err.message}\n`);
    } finally {
      busy = false;
    }
    if (pending) {
      const next = pending;
      pending = null;
      void changed(next.data, next.version);
    }
  }

  let started = false;
  function watchConfig() {
    client.getData(configPath, () => watchConfig(), (err, data, stat) => {
      if (err && err.getCode() === zookeeper.Exception.NO_NODE) {
        client.exists(configPath, () => watchConfig(), () => undefined);
      } else if (!err && data) {
        void changed(data, stat.version);
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
