/**
 * Every write of a rollout controller goes through one ZooKeeper `multi`
 * that also checks (1) the rollout record's version the decision was made
 * on and (2) the writer's own election node. A controller that was deposed
 * (its session expired while it was frozen, its node is gone) or that
 * decided on a record someone changed since is refused by ZooKeeper itself,
 * whatever its clocks and timers believe: fencing by a token the server
 * checks, never by a timer alone.
 */
import { ErrorCode } from '../errors.js';
import { hasZkCode } from '../zk/index.js';
import type { ZkClient, ZkOp } from '../zk/zk-client.js';

export type FenceVerdict = 'written' | 'stale' | 'deposed';

export interface Fence {
  /** The writer's election node (ephemeral, never set: version 0). */
  memberPath: string;
  rolloutPath: string;
  /** The rollout record's version the decision was made on. */
  rolloutVersion: number;
}

/**
 * Runs `ops` (which may set the rollout record at `fence.rolloutVersion`
 * themselves) together with the two checks. `stale`: the record changed
 * (read again and decide again); `deposed`: the election node is gone, the
 * writer must stop leading.
 */
export async function fencedWrite(zk: ZkClient, fence: Fence, ops: ZkOp[]): Promise<FenceVerdict> {
  const checks: ZkOp[] = [{ op: 'check', path: fence.memberPath, version: 0 }];
  if (!ops.some((o) => o.op === 'set' && o.path === fence.rolloutPath)) checks.push({ op: 'check', path: fence.rolloutPath, version: fence.rolloutVersion });
  try {
    await zk.multi([...checks, ...ops]);
    return 'written';
  } catch (err) {
    if (!hasZkCode(err, ErrorCode.ZK_BAD_VERSION) && !hasZkCode(err, ErrorCode.ZK_NO_NODE) && !hasZkCode(err, ErrorCode.ZK_NODE_EXISTS)) throw err;
    const member = await zk.exists(fence.memberPath).catch(() => null);
    return member && member.ephemeralOwner === zk.sessionId ? 'stale' : 'deposed';
  }
}
