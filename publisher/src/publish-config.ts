/**
 * Writes a payload to `B/config` with compare-and-set on its version, and its
 * history entry `B/history/v-<version>`, in one multi: both or neither.
 */
import {
  ErrorCode,
  ZkDeployError,
  ZkError,
  ZnodeLayout,
  encodePayload,
  hasZkCode,
  parsePayload,
  type Payload,
  type ZkClient,
} from '@zkdeploy/shared';

export interface PublishResult {
  version: number;
  previous: { version: number; commitId: string | null } | null;
}

function previousCommit(data: Buffer): string | null {
  try {
    return parsePayload(data).commitId;
  } catch {
    return null;
  }
}

/**
 * Publishes `payload`. With `expectedVersion` the write only succeeds if the
 * config is still at that version (a rollback or a hook that checked ancestry).
 */
export async function publishConfig(zk: ZkClient, app: string, payload: Payload, expectedVersion?: number): Promise<PublishResult> {
  const layout = new ZnodeLayout(app);
  await zk.ensurePath(layout.history);
  const current = await zk.get(layout.config);
  const data = encodePayload(payload);
  if (expectedVersion !== undefined && (current?.stat.version ?? -1) !== expectedVersion) {
    throw conflict(app, current?.stat.version ?? null);
  }
  try {
    if (!current) {
      await zk.multi([
        { op: 'create', path: layout.config, data },
        { op: 'create', path: layout.historyEntry(0), data },
      ]);
      return { version: 0, previous: null };
    }
    const version = current.stat.version + 1;
    await zk.multi([
      { op: 'set', path: layout.config, data, version: current.stat.version },
      { op: 'create', path: layout.historyEntry(version), data },
    ]);
    return { version, previous: { version: current.stat.version, commitId: previousCommit(current.data) } };
  } catch (err) {
    if (hasZkCode(err, ErrorCode.ZK_BAD_VERSION) || hasZkCode(err, ErrorCode.ZK_NODE_EXISTS)) {
      const now = await zk.get(layout.config).catch(() => null);
      throw conflict(app, now?.stat.version ?? null, err);
    }
    throw err;
  }
}

function conflict(app: string, version: number | null, cause?: unknown): ZkDeployError {
  return new ZkDeployError(
    ErrorCode.CONFLICT,
    `${app}/config was changed by another publisher meanwhile (now at version ${version ?? 'none'}); nothing was written`,
    { hint: 'check `zkdeploy status` and publish again if still wanted', cause: cause instanceof ZkError ? cause : undefined },
  );
}
