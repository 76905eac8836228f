/**
 * Builds the payload a publisher writes: the flags, lowercased commit, who and
 * when, validated by the one schema (a bad field is exit 2, nothing written).
 */
import { hostname, userInfo } from 'node:os';
import { validatePayload, type Payload } from '@zkdeploy/shared/payload';

export interface PayloadFlags {
  url: string;
  commit: string;
  path: string;
  ref?: string;
  message?: string;
}

/** `user@host` of the process publishing. */
export function publisherIdentity(): string {
  try {
    return `${userInfo().username}@${hostname()}`;
  } catch {
    return hostname();
  }
}

/** Builds and validates the payload; throws ValidationError naming the field. */
export function buildPayload(flags: PayloadFlags, now = new Date()): Payload {
  const payload: Payload = {
    url: flags.url,
    commitId: flags.commit.trim().toLowerCase(),
    relativePath: flags.path,
    ...(flags.ref !== undefined ? { ref: flags.ref } : {}),
    ...(flags.message !== undefined ? { message: flags.message } : {}),
    publishedAt: now.toISOString(),
    publishedBy: publisherIdentity(),
  };
  return validatePayload(payload);
}
