/**
 * The per-host status record at `B/status/<host>` (docs/design.md, "Status
 * record"). Read back by the publisher as untrusted data: anything malformed
 * becomes null, never a crash.
 */
import type { FailureClass } from './errors.js';

export const DEPLOY_STATES = ['deploying', 'ok', 'failed', 'rejected', 'drifted'] as const;
export type DeployState = (typeof DEPLOY_STATES)[number];

const FAILURE_CLASSES: readonly string[] = ['rejected', 'stalling', 'transient'] satisfies FailureClass[];

export interface StatusError {
  code: string;
  message: string;
  hint?: string;
  /**
   * How the agent goes on after this failure (`stalling`: not retried until
   * the config changes). Absent in records of agents older than the field.
   */
  class?: FailureClass;
  /** For `drifted`: the locally changed paths (at most 1000; `HEAD` when HEAD moved). */
  paths?: string[];
  [extra: string]: unknown;
}

export interface StatusRecord {
  host: string;
  state: DeployState;
  commitId: string | null;
  desiredCommitId: string | null;
  configVersion: number | null;
  error: StatusError | null;
  updatedAt: string;
  durationMs: number | null;
  attempts: number;
  agentVersion: string;
  [extra: string]: unknown;
}

/** Encodes a status record for its znode. */
export function encodeStatus(record: StatusRecord): Buffer {
  return Buffer.from(JSON.stringify(record), 'utf8');
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const stringOrNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const numberOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function parseError(v: unknown): StatusError | null {
  if (!isObject(v)) return null;
  const { hint, class: failure, paths, ...rest } = v;
  const error: StatusError = { ...rest, code: String(v['code'] ?? 'ERR_UNKNOWN'), message: String(v['message'] ?? '') };
  if (typeof hint === 'string') error.hint = hint;
  if (typeof failure === 'string' && FAILURE_CLASSES.includes(failure)) error.class = failure as FailureClass;
  if (Array.isArray(paths) && paths.every((p) => typeof p === 'string')) error.paths = paths as string[];
  return error;
}

/** Decodes a status znode's data; returns null for data that is not a status record. */
export function parseStatus(data: Buffer | null | undefined, fallbackHost: string): StatusRecord | null {
  if (!data || data.length === 0 || data.length > 256 * 1024) return null;
  let value: unknown;
  try {
    value = JSON.parse(data.toString('utf8'));
  } catch {
    return null;
  }
  if (!isObject(value)) return null;
  const state = value['state'];
  if (typeof state !== 'string' || !(DEPLOY_STATES as readonly string[]).includes(state)) return null;
  return {
    ...value,
    host: typeof value['host'] === 'string' ? value['host'] : fallbackHost,
    state: state as DeployState,
    commitId: stringOrNull(value['commitId']),
    desiredCommitId: stringOrNull(value['desiredCommitId']),
    configVersion: numberOrNull(value['configVersion']),
    error: parseError(value['error']),
    updatedAt: stringOrNull(value['updatedAt']) ?? '',
    durationMs: numberOrNull(value['durationMs']),
    attempts: numberOrNull(value['attempts']) ?? 0,
    agentVersion: stringOrNull(value['agentVersion']) ?? '',
  };
}

/** The record at `B/agents/<host>` while an agent is live. */
export interface AgentRecord {
  host: string;
  pid: number;
  version: string;
  startedAt: string;
  baseDir: string;
  [extra: string]: unknown;
}

/** Decodes an agent registration; null when malformed. */
export function parseAgentRecord(data: Buffer | null | undefined, fallbackHost: string): AgentRecord | null {
  if (!data || data.length === 0 || data.length > 64 * 1024) return null;
  try {
    const value: unknown = JSON.parse(data.toString('utf8'));
    if (!isObject(value)) return null;
    return {
      ...value,
      host: typeof value['host'] === 'string' ? value['host'] : fallbackHost,
      pid: numberOrNull(value['pid']) ?? 0,
      version: stringOrNull(value['version']) ?? '',
      startedAt: stringOrNull(value['startedAt']) ?? '',
      baseDir: stringOrNull(value['baseDir']) ?? '',
    };
  } catch {
    return null;
  }
}
