/**
 * How soon `zkdeploy wait` returns once the last host is ok, run as extra
 * update rounds of a zkdeploy fleet: `publish --wait` (the git hook's way:
 * publish → return) and `wait --commit` started right after an in-process
 * publish. "Last host ok" is the ZooKeeper mtime of the last `ok` record.
 */
import { max, median } from '../lib/stats.mjs';
import { waitStatusOk } from '../lib/status-wait.mjs';
import { zkdeploy } from '../lib/cli.mjs';
import { publish } from '../lib/publish.mjs';

/** Returns a function for fleetLatency's `extraRounds`. */
export function waitRounds({ features, zkConnect, rounds }) {
  return async ({ fleet, zk, app, repo, nextCommit, relativePath }) => {
    const hosts = fleet.agents.map((a) => a.host);
    const out = { publishWait: [], wait: [] };
    for (let r = 0; r < rounds && features.publishWait; r++) {
      const commit = await nextCommit();
      const run = await zkdeploy(['--zk', zkConnect, '--app', app, 'publish', '--url', repo.url, '--commit', commit, '--path', relativePath, '--wait', '--timeout', '120']);
      if (run.code !== 0) throw new Error(`zkdeploy publish --wait exited ${run.code}: ${run.stderr.trim()}`);
      const version = (await zk.get(`${app}/config`)).stat.version;
      const oks = await waitStatusOk(zk, app, hosts, version, { timeoutMs: 5000 });
      out.publishWait.push({ total: run.ms, lastOk: max(oks) - run.startedAt, afterLastOk: run.exitedAt - max(oks) });
    }
    for (let r = 0; r < rounds && features.wait; r++) {
      const commit = await nextCommit();
      const { version, t0 } = await publish(zk, app, { url: repo.url, commitId: commit, relativePath });
      const run = await zkdeploy(['--zk', zkConnect, '--app', app, 'wait', '--commit', commit, '--timeout', '120']);
      if (run.code !== 0) throw new Error(`zkdeploy wait exited ${run.code}: ${run.stderr.trim()}`);
      const oks = await waitStatusOk(zk, app, hosts, version, { timeoutMs: 5000 });
      out.wait.push({ total: run.exitedAt - t0, lastOk: max(oks) - t0, afterLastOk: run.exitedAt - max(oks), processMs: run.ms });
    }
    const summary = (list) =>
      list.length === 0
        ? null
        : { total: median(list.map((x) => x.total)), lastOk: median(list.map((x) => x.lastOk)), afterLastOkMedian: median(list.map((x) => x.afterLastOk)), afterLastOkMax: max(list.map((x) => x.afterLastOk)), rounds: list.length };
    return { publishWait: summary(out.publishWait), wait: summary(out.wait) };
  };
}
