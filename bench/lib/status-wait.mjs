/**
 * Waits until every host's status record is `ok` for a config version and
 * returns the ZooKeeper mtime (epoch ms, set by the ensemble) of each record.
 * Polls only the hosts not yet ok, so it costs little once the fleet is done.
 */
import { parseStatus } from '@zkdeploy/shared';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Map host → mtime of its `ok` record for `version`, or null for hosts not ok by the deadline. */
export async function waitStatusOk(zk, app, hosts, version, { timeoutMs = 60_000, intervalMs = 20 } = {}) {
  const done = new Map();
  const deadline = Date.now() + timeoutMs;
  while (done.size < hosts.length && Date.now() < deadline) {
    const left = hosts.filter((h) => !done.has(h));
    const nodes = await Promise.all(left.map((h) => zk.get(`${app}/status/${h}`).catch(() => null)));
    nodes.forEach((node, i) => {
      const rec = node ? parseStatus(node.data, left[i]) : null;
      if (rec?.state === 'ok' && rec.configVersion === version) done.set(left[i], Number(node.stat.mtime));
    });
    if (done.size < hosts.length) await sleep(intervalMs);
  }
  return hosts.map((h) => done.get(h) ?? null);
}
