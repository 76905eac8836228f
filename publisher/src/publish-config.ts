/**
 * Writes a payload to `B/config` with compare-and-set on its version, and its
 * history entry `B/history/v-<version>`, in one multi: both or neither. New
 * nodes get the ACL of `B/history` (ZooKeeper ACLs are not inherited), so an
 * app initialised with `--auth` stays writable by the publisher only.
 *
 * A signed publish is signed here, between reading the current config and
 * writing: its sequence follows the sequence of the config it replaces, and
 * the compare-and-set makes that the config it really replaces.
 */
import { ErrorCode, ZkDeployError } from '@zkdeploy/shared/errors';
import { encodePayload, parsePayload, type Payload } from '@zkdeploy/shared/payload';
import { ZkError, hasZkCode, isTransientZkError, type ZkAcl, type ZkClient, type ZkOp } from '@zkdeploy/shared/zk';
import { ZnodeLayout } from '@zkdeploy/shared/znode-layout';

export interface PublishResult {
  version: number;
  previous: { version: number; commitId: string | null } | null;
  /** What was written (signed, when a signer was given). */
  payload: Payload;
}

/** Signs a payload as the successor of the current config (null: none, or not a valid payload). */
export type SignFn = (payload: Payload, current: Payload | null) => Payload;

function parseOrNull(data: Buffer | undefined): Payload | null {
  try {
    return parsePayload(data);
  } catch {
    return null;
  }
}

function describeConfig(data: Buffer | undefined): { commitId: string | null; publishedBy: string | null } {
  try {
    const p = parsePayload(data);
    return { commitId: p.commitId, publishedBy: p.publishedBy ?? null };
  } catch {
    return { commitId: null, publishedBy: null };
  }
}

/**
 * Publishes `payload`. With `expectedVersion` (-1: no config yet) the write
 * only succeeds if the config is still at that version — for rollbacks and
 * hooks that checked the current config before deciding. With `sign` the
 * payload is signed once the current config is known.
 */
export async function publishConfig(zk: ZkClient, app: string, unsignedPayload: Payload, expectedVersion?: number, sign?: SignFn): Promise<PublishResult> {
  const layout = new ZnodeLayout(app);
  await zk.ensurePath(layout.history);
  const [current, acl] = await Promise.all([zk.get(layout.config), zk.getAcl(layout.history)]);
  if (expectedVersion !== undefined && (current?.stat.version ?? -1) !== expectedVersion) {
    throw conflict(app, current ?? null);
  }
  const version = current ? current.stat.version + 1 : 0;
  const payload = sign ? sign(unsignedPayload, parseOrNull(current?.data)) : unsignedPayload;
  const data = encodePayload(payload);
  try {
    const ops: ZkOp[] = current
      ? [{ op: 'set', path: layout.config, data, version: current.stat.version }]
      : [{ op: 'create', path: layout.config, data, acl }];
    ops.push({ op: 'create', path: layout.historyEntry(version), data, acl: acl as ZkAcl[] });
    await writeOnce(zk, ops, layout.historyEntry(version), data);
    return { version, previous: current ? { version: current.stat.version, commitId: describeConfig(current.data).commitId } : null, payload };
  } catch (err) {
    if (hasZkCode(err, ErrorCode.ZK_BAD_VERSION) || hasZkCode(err, ErrorCode.ZK_NODE_EXISTS)) {
      const now = await zk.get(layout.config).catch(() => null);
      throw conflict(app, now, err);
    }
    throw err;
  }
}

/**
 * Runs the multi once. When its answer is lost (timeout, disconnect) the
 * write may or may not have happened; the history entry tells which: it is
 * created in the same multi and holds our exact bytes (publishedAt makes them
 * unique). Never blindly repeated, so a publish is never applied twice.
 */
async function writeOnce(zk: ZkClient, ops: ZkOp[], entry: string, data: Buffer): Promise<void> {
  try {
    await zk.multi(ops);
  } catch (err) {
    if (!isTransientZkError(err)) throw err;
    await zk.whenConnected(zk.sessionTimeoutMs).catch(() => {
      throw err;
    });
    const written = await zk.get(entry).catch(() => {
      throw err;
    });
    if (written?.data.equals(data)) return;
    throw err; // not applied: nothing was written
  }
}

/** The error for a concurrent write, after re-reading what is there now. */
function conflict(app: string, now: { data: Buffer; stat: { version: number } } | null, cause?: unknown): ZkDeployError {
  const what = now ? describeConfig(now.data) : null;
  const state = now
    ? `now at version ${now.stat.version}${what?.commitId ? `, commit ${what.commitId}` : ''}${what?.publishedBy ? ` by ${what.publishedBy}` : ''}`
    : 'now without a config';
  return new ZkDeployError(ErrorCode.CONFLICT, `${app}/config was changed by another publisher meanwhile (${state}); nothing was written`, {
    hint: 'check `zkdeploy status` and `zkdeploy history`, then publish again if still wanted',
    cause: cause instanceof ZkError ? cause : undefined,
  });
}
