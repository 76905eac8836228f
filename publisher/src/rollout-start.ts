/**
 * Starts a rollout: the candidate goes to `B/rollout` (never to `B/config`,
 * which keeps the stable version every other host and the seed scripts
 * follow), in one multi with a check that `B/config` is still the version
 * the rollout starts from. A rollout still running is superseded: its
 * outcome is recorded and its hosts go back to stable by the new record.
 * A controller plans the waves.
 */
import { randomBytes } from 'node:crypto';
import { ErrorCode, ZkDeployError } from '@zkdeploy/shared/errors';
import { encodePayload, parsePayload, type Payload } from '@zkdeploy/shared/payload';
import { encodeOutcome, encodeRollout, isActive, newRollout, outcomeOf, parseRollout, type RolloutPlan, type RolloutRecord } from '@zkdeploy/shared/rollout';
import { hasZkCode, type ZkClient, type ZkOp } from '@zkdeploy/shared/zk';
import { ZnodeLayout } from '@zkdeploy/shared/znode-layout';
import type { SignFn } from './publish-config.js';
import { readPolicy } from './rollout-policy-store.js';

export interface RolloutStarted {
  record: RolloutRecord;
  payload: Payload;
}

function parseOrNull(data: Buffer | undefined): Payload | null {
  try {
    return parsePayload(data);
  } catch {
    return null;
  }
}

/** Writes a new rollout of `payload`; null when the app has no config yet (the first publish has nothing to protect). */
export async function startRollout(zk: ZkClient, app: string, unsigned: Payload, plan: RolloutPlan, sign?: SignFn, extra: Record<string, unknown> = {}): Promise<RolloutStarted | null> {
  const layout = new ZnodeLayout(app);
  await zk.ensurePath(layout.history);
  const [config, existing, acl] = await Promise.all([zk.get(layout.config), zk.get(layout.rollout), zk.getAcl(layout.history)]);
  if (!config) return null;
  const previous = parseRollout(existing?.data);
  const stable = parseOrNull(config.data);
  // The candidate's sequence must pass every candidate and the stable payload agents accepted.
  const newest = previous?.candidate.sequence !== undefined && (stable?.sequence === undefined || previous.candidate.sequence > stable.sequence) ? previous.candidate : stable;
  const payload = sign ? sign(unsigned, newest) : unsigned;
  encodePayload(payload);
  const id = `r-${Date.now()}-${randomBytes(3).toString('hex')}`;
  const record: RolloutRecord = { ...newRollout(id, payload, config.stat.version, plan, new Date()), ...extra };
  const ops: ZkOp[] = [{ op: 'check', path: layout.config, version: config.stat.version }];
  ops.push(existing ? { op: 'set', path: layout.rollout, data: encodeRollout(record), version: existing.stat.version } : { op: 'create', path: layout.rollout, data: encodeRollout(record), acl });
  if (previous && isActive(previous)) {
    await zk.ensurePath(layout.rollouts, acl);
    const ended = { ...previous, state: 'aborted' as const, reason: `superseded by rollout ${id}` };
    ops.push({ op: 'create', path: layout.rolloutOutcome(previous.id), data: encodeOutcome(outcomeOf(ended, new Date().toISOString())), acl });
  }
  try {
    await zk.multi(ops);
  } catch (err) {
    if (hasZkCode(err, ErrorCode.ZK_BAD_VERSION) || hasZkCode(err, ErrorCode.ZK_NODE_EXISTS)) {
      throw new ZkDeployError(ErrorCode.CONFLICT, `${app}/config or ${app}/rollout was changed by another publisher meanwhile; nothing was written`, {
        hint: 'check `zkdeploy rollout status`, then publish again if still wanted',
      });
    }
    throw err;
  }
  return { record, payload };
}

/** Starts a rollout with the app's default plan; null when the app has none (or no config yet). */
export async function startPolicyRollout(zk: ZkClient, app: string, unsigned: Payload, sign?: SignFn): Promise<RolloutStarted | null> {
  const plan = await readPolicy(zk, app);
  return plan ? startRollout(zk, app, unsigned, plan, sign) : null;
}
