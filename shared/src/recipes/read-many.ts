/**
 * Reads many nodes at once, for views of a whole fleet (`zkdeploy status`).
 * ZooKeeper answers one session's requests in order, so over thousands of
 * nodes one session waits on the server more than on the network: past
 * `perSession` nodes the reads are spread over up to `maxSessions` sessions,
 * the extra ones opened for the call and closed after it. An extra session that cannot be opened quickly
 * (a server at its `maxClientCnxns`, say) is not an error: its share is read
 * over the caller's session. Measured: docs/scale.md, "Reading 10,000 hosts".
 */
import type { ZkClient } from '../zk/zk-client.js';
import type { ZkStat } from '../zk/zk-stat.js';

export interface ReadManyOptions {
  /** Nodes per session before another is opened (default 2,500). */
  perSession?: number;
  /** Sessions at most, the caller's included (default 4). */
  maxSessions?: number;
  /** How long an extra session may take to connect (default 2 s). */
  connectTimeoutMs?: number;
}

export type NodeRead = { data: Buffer; stat: ZkStat } | null;

/** Each path's data and stat (null: no such node), in the order of `paths`. */
export async function readMany(zk: ZkClient, paths: readonly string[], options: ReadManyOptions = {}): Promise<NodeRead[]> {
  const perSession = options.perSession ?? 2500;
  const sessions = Math.min(options.maxSessions ?? 4, Math.ceil(paths.length / perSession));
  if (sessions <= 1) return Promise.all(paths.map((path) => zk.get(path)));
  const extra = await Promise.all(
    Array.from({ length: sessions - 1 }, () => zk.connectAnother(options.connectTimeoutMs ?? 2000).catch(() => null)),
  );
  const readers = [zk, ...extra.map((client) => client ?? zk)];
  try {
    // Contiguous shares: each session reads its own run of paths.
    const share = Math.ceil(paths.length / readers.length);
    return await Promise.all(paths.map((path, i) => (readers[Math.floor(i / share)] ?? zk).get(path)));
  } finally {
    await Promise.all(extra.map((client) => client?.close()));
  }
}
