/**
 * Create at most once. A create whose answer is lost (deadline passed,
 * connection dropped) may or may not have happened on the server; repeating it
 * blindly, as the library's `retries` option does, turns our own ephemeral
 * into NODE_EXISTS and a sequential create into a duplicate. Here an
 * ambiguous outcome is resolved by looking: an ephemeral is ours when its
 * owner is our session; a persistent node is ours when its data is exactly
 * what we wrote; a sequential node is found among the parent's children by
 * the same rules (so its data, or for ephemerals its owner, must be unique to
 * this create — put a unique token in the data of persistent sequential nodes).
 */
import { posix } from 'node:path';
import { ErrorCode } from '../errors.js';
import type { ZkAcl } from './zk-acl.js';
import type { CreateMode, ZkClient } from './zk-client.js';
import { ZkError, hasZkCode, isTransientZkError } from './zk-errors.js';
import { backoffDelay, sleep } from './retry.js';

export interface CreateOnceOptions {
  acl?: ZkAcl[];
  /** Deadline of each attempt. */
  timeoutMs?: number;
  /** Attempts in all; default 5. */
  attempts?: number;
  signal?: AbortSignal;
}

const SEQUENCE_DIGITS = 10;

/** Creates `path` at most once; see the module comment. Returns the actual path. */
export async function createOnce(
  client: ZkClient,
  path: string,
  data: Buffer,
  mode: CreateMode,
  options: CreateOnceOptions = {},
): Promise<string> {
  const attempts = options.attempts ?? 5;
  /** Sessions in which an attempt went unanswered. */
  const unanswered = new Set<string>();
  let look = false;
  for (let n = 0; ; n++) {
    if (n > 0) await sleep(backoffDelay(n - 1, 100, 2000), options.signal);
    await client.whenConnected(client.negotiatedSessionTimeoutMs);
    const session = client.sessionId;
    try {
      if (look) {
        // The last create may have happened: look (as often as it takes) before creating again.
        const found = await findOwn(client, path, data, mode, unanswered);
        if (found) return found;
        look = false;
      }
      return await client.create(path, data, mode, options.acl, options.timeoutMs);
    } catch (err) {
      if (hasZkCode(err, ErrorCode.ZK_NODE_EXISTS) && unanswered.size > 0 && !isSequential(mode)) {
        const resolved = await resolveExisting(client, path, data, mode, unanswered);
        if (resolved === 'ours') return path;
        if (resolved === 'retry' && n + 1 < attempts) continue;
      }
      if (!isTransientZkError(err) || n + 1 >= attempts) throw err;
      if (!look && session) unanswered.add(session);
      look = true;
    }
  }
}

function isEphemeral(mode: CreateMode): boolean {
  return mode === 'ephemeral' || mode === 'ephemeral_sequential';
}

function isSequential(mode: CreateMode): boolean {
  return mode === 'persistent_sequential' || mode === 'ephemeral_sequential';
}

/** The path of the node an unanswered create made, or null when it made none. */
async function findOwn(client: ZkClient, path: string, data: Buffer, mode: CreateMode, unanswered: Set<string>): Promise<string | null> {
  const session = client.sessionId;
  // An ephemeral of a session that is gone is gone too (or going): not ours to claim.
  if (isEphemeral(mode) && (!session || !unanswered.has(session))) return null;
  const candidates = isSequential(mode) ? await sequentialCandidates(client, path) : [path];
  for (const candidate of candidates) {
    const node = await client.get(candidate);
    if (!node) continue;
    const ownerOk = isEphemeral(mode) ? node.stat.ephemeralOwner === session : node.stat.ephemeralOwner === null;
    if (ownerOk && node.data.equals(data)) return candidate;
    if (!isSequential(mode)) {
      throw new ZkError(ErrorCode.ZK_NODE_EXISTS, `create ${path}: the znode already exists and is not ours`, { path });
    }
  }
  return null;
}

/** Children of the parent that `path` + a sequence number could have made, newest first. */
async function sequentialCandidates(client: ZkClient, path: string): Promise<string[]> {
  const parent = posix.dirname(path);
  const prefix = posix.basename(path);
  const children = (await client.children(parent)) ?? [];
  return children
    .filter((c) => c.startsWith(prefix) && c.length === prefix.length + SEQUENCE_DIGITS && /^\d+$/.test(c.slice(prefix.length)))
    .sort()
    .reverse()
    .map((c) => posix.join(parent, c));
}

/**
 * NODE_EXISTS after an unanswered attempt: the node may be the one that
 * attempt made. It is ours when it is an ephemeral of the current session or
 * a persistent node with our data; an ephemeral of an earlier session of ours
 * (the session was replaced meanwhile) is deleted so the create can be made
 * again in this session.
 */
async function resolveExisting(
  client: ZkClient,
  path: string,
  data: Buffer,
  mode: CreateMode,
  unanswered: Set<string>,
): Promise<'ours' | 'retry' | 'theirs'> {
  const node = await client.get(path);
  if (!node) return 'retry';
  const owner = node.stat.ephemeralOwner;
  if (!isEphemeral(mode)) return owner === null && node.data.equals(data) ? 'ours' : 'theirs';
  if (owner !== null && owner === client.sessionId) return 'ours';
  if (owner === null || !unanswered.has(owner)) return 'theirs';
  await client.delete(path, node.stat.version).catch((err: unknown) => {
    if (!hasZkCode(err, ErrorCode.ZK_NO_NODE)) throw err;
  });
  return 'retry';
}
