/**
 * Signed task requests (with `task run --sign-key`; agents with
 * `--trust-key` run nothing else). The same ed25519 keys as payloads, a v2
 * signature over the request's canonical JSON after a domain tag of its own
 * (a task signature can never pass for a payload's, nor the other way), and
 * the fields that make a replay detectable: `app` (signed for this app
 * only), `sequence`, `expiresAt`, and a random `nonce`. An agent remembers
 * the digests of the signed requests it ran per app until they expire
 * (agent's task-replay-memory.ts): the same signed request copied into a
 * new task node is refused.
 */
import { createHash, createPrivateKey, randomBytes, sign, verify, type KeyObject } from 'node:crypto';
import { canonicalJson, SIGNATURE_V2_PREFIX } from '../payload/payload-signature.js';
import type { HostTask, TaskMode } from './task-record.js';

const TASK_DOMAIN = 'zkdeploy task signature v2\n';
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** What a task's signature carries beside the signed request fields an assignment copies (name, args, timeoutS). */
export interface TaskSignature {
  app: string;
  mode: TaskMode;
  selector: string | null;
  createdAt: string;
  sequence: number;
  expiresAt: string;
  nonce: string;
  value: string;
}

interface SignedRequest {
  name: string;
  args: Record<string, string>;
  timeoutS: number;
  mode: TaskMode;
  selector: string | null;
  createdAt: string;
}

function bytes(request: SignedRequest, s: Omit<TaskSignature, 'value'>): Buffer {
  const { name, args, timeoutS } = request;
  return Buffer.from(TASK_DOMAIN + canonicalJson({ name, args, timeoutS, mode: s.mode, selector: s.selector, createdAt: s.createdAt, app: s.app, sequence: s.sequence, expiresAt: s.expiresAt, nonce: s.nonce }), 'utf8');
}

/** The signature of a request for `app`, valid for `ttlMs`. */
export function signTaskRequest(request: SignedRequest, app: string, privateKeyPem: string, ttlMs: number, nowMs = Date.now()): TaskSignature {
  const fields = { app, mode: request.mode, selector: request.selector, createdAt: request.createdAt, sequence: nowMs, expiresAt: new Date(nowMs + ttlMs).toISOString(), nonce: randomBytes(12).toString('hex') };
  const value = `${SIGNATURE_V2_PREFIX}${sign(null, bytes(request, fields), createPrivateKey(privateKeyPem)).toString('base64')}`;
  return { ...fields, value };
}

/** A verified request's replay facts: its digest and expiry. */
export interface VerifiedTask {
  digest: string;
  expiresAtMs: number;
}

/** Checks an assigned run's signature for `app` at `nowMs`; the reason it is refused, or the verified facts. */
export function verifyTaskSignature(task: HostTask, keys: KeyObject[], app: string, nowMs = Date.now()): VerifiedTask | string {
  const s = task.signature as Partial<TaskSignature> | undefined;
  if (!s || typeof s !== 'object') return 'the task request is not signed, and this agent runs only requests signed by a trusted key (task run --sign-key)';
  const { value, ...fields } = s;
  if (typeof value !== 'string' || !value.startsWith(SIGNATURE_V2_PREFIX) || typeof fields.app !== 'string' || typeof fields.sequence !== 'number' || typeof fields.expiresAt !== 'string' || typeof fields.nonce !== 'string' || typeof fields.createdAt !== 'string' || typeof fields.mode !== 'string') {
    return 'the task request has a malformed signature';
  }
  const signed = bytes({ name: task.name, args: task.args, timeoutS: task.timeoutS, mode: fields.mode, selector: fields.selector ?? null, createdAt: fields.createdAt }, fields as Omit<TaskSignature, 'value'>);
  const encoded = value.slice(SIGNATURE_V2_PREFIX.length);
  if (!BASE64.test(encoded) || !keys.some((key) => verify(null, signed, key, Buffer.from(encoded, 'base64')))) return 'the task signature does not verify against any trusted key (forged or altered request)';
  if (fields.app !== app) return `the task request is signed for app ${fields.app}, not ${app} (copied from another app)`;
  const expiresAtMs = Date.parse(fields.expiresAt);
  if (Number.isNaN(expiresAtMs) || expiresAtMs <= nowMs) return `the signed task request expired at ${fields.expiresAt}`;
  return { digest: createHash('sha256').update(signed).digest('hex'), expiresAtMs };
}
