/**
 * Builds the payload a publisher writes: the flags, lowercased commit, who and
 * when, validated by the one schema (a bad field is exit 2, nothing written).
 * `--message` and `--ref` are shown to operators by `status` and `history`,
 * so a control character in them (a terminal escape) is refused here too.
 */
import { hostname, userInfo } from 'node:os';
import { findControlCharacter } from '@zkdeploy/shared/display-text';
import { ValidationError } from '@zkdeploy/shared/errors';
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

/** Throws ValidationError when the text of `flag` holds a control character. */
function refuseControlCharacters(flag: string, text: string | undefined): void {
  const found = text === undefined ? null : findControlCharacter(text);
  if (!found) return;
  throw new ValidationError(`${flag} holds a control character (${found.escaped} at position ${found.index + 1}); nothing was published`, {
    field: flag.replace(/^--/, ''),
    hint: 'give one line of printable text: terminal escapes, tabs and newlines are refused',
  });
}

/** Builds and validates the payload; throws ValidationError naming the field. */
export function buildPayload(flags: PayloadFlags, now = new Date()): Payload {
  refuseControlCharacters('--ref', flags.ref);
  refuseControlCharacters('--message', flags.message);
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
