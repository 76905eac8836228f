import type { ErrorObject, ValidateFunction } from 'ajv';
import { ValidationError } from '../errors.js';
import { FIELD_RULES, MAX_PAYLOAD_BYTES } from './payload-schema.js';
import { validate } from './payload-validator.generated.js';

/** The desired state written to `B/config`. Unknown extra fields are kept. */
export interface Payload {
  url: string;
  commitId: string;
  relativePath: string;
  ref?: string;
  message?: string;
  publishedAt?: string;
  publishedBy?: string;
  signature?: string;
  /** The app path a v2 signature was made for (payload-signature.ts). */
  app?: string;
  /** Strictly increasing per app; agents refuse a lower one than they accepted. */
  sequence?: number;
  /** After this instant a signed payload is no longer newly accepted. */
  expiresAt?: string;
  [extra: string]: unknown;
}

/** The one schema, compiled ahead of time (see payload-validator-source.ts): no ajv compiler is loaded at run time. */
const validatePayloadSchema = validate as ValidateFunction<Payload>;

/** Shortens a value for an error message and makes control characters visible. */
export function quoteForMessage(value: unknown, max = 80): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return JSON.stringify(cut);
}

function describe(error: ErrorObject, data: Record<string, unknown>): { field: string; sentence: string } {
  if (error.keyword === 'required') {
    const field = String(error.params['missingProperty']);
    return { field, sentence: `payload field "${field}" is required but missing` };
  }
  const field = error.instancePath.replace(/^\//, '') || '(root)';
  const value = data[field];
  if (error.keyword === 'type') {
    const type = String(error.params['type']);
    return { field, sentence: `payload field "${field}" must be ${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}, got ${quoteForMessage(value)}` };
  }
  if (error.keyword === 'maxLength' || error.keyword === 'minLength') {
    const rule = FIELD_RULES[field] ?? `must be ${error.message ?? 'valid'}`;
    return { field, sentence: `payload field "${field}" has length ${String(value).length}: it ${rule}` };
  }
  const rule = FIELD_RULES[field] ?? (error.message ?? 'is invalid');
  return { field, sentence: `payload field "${field}" ${rule}, got ${quoteForMessage(value)}` };
}

/**
 * Validates an already-parsed value against the payload schema.
 * Throws a ValidationError naming the first field at fault and listing the others.
 */
export function validatePayload(value: unknown): Payload {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const kind = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
    throw new ValidationError(`payload must be a JSON object with url, commitId and relativePath, got ${kind}`, {
      field: '(root)',
    });
  }
  if (validatePayloadSchema(value)) return value;
  const problems = (validatePayloadSchema.errors ?? []).map((e) => describe(e, value as Record<string, unknown>));
  const first = problems[0] ?? { field: '(root)', sentence: 'payload is invalid' };
  const others = problems.slice(1).map((p) => p.field).filter((f, i, all) => f !== first.field && all.indexOf(f) === i);
  const tail = others.length > 0 ? ` (also invalid: ${others.join(', ')})` : '';
  throw new ValidationError(`${first.sentence}${tail}`, { field: first.field, details: { problems } });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Parses znode data (untrusted) into a valid payload: size, UTF-8, JSON, then schema.
 */
export function parsePayload(data: Buffer | null | undefined): Payload {
  if (!data || data.length === 0) {
    throw new ValidationError('config znode is empty: expected a JSON payload with url, commitId and relativePath', {
      field: '(root)',
    });
  }
  if (data.length > MAX_PAYLOAD_BYTES) {
    throw new ValidationError(`config payload is ${data.length} bytes, over the ${MAX_PAYLOAD_BYTES}-byte limit`, {
      field: '(root)',
    });
  }
  let text: string;
  try {
    text = utf8.decode(data);
  } catch {
    throw new ValidationError('config payload is not valid UTF-8', { field: '(root)' });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new ValidationError(`config payload is not valid JSON (${(err as Error).message})`, { field: '(root)' });
  }
  return validatePayload(value);
}

/** Encodes a payload for `B/config`. */
export function encodePayload(payload: Payload): Buffer {
  return Buffer.from(JSON.stringify(payload), 'utf8');
}
