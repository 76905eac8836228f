/**
 * The one JSON schema of the `B/config` payload, shared by the publisher
 * (before writing) and the agent (after reading). Patterns are written so that
 * no value can be mistaken by git for an option or a transport.
 */

/** No whitespace and no control characters anywhere (C0, DEL, C1). */
const NO_SPACE_OR_CONTROL = '[^\\s\\x00-\\x1f\\x7f-\\x9f]';

/** `https`, `http`, `ssh`, `git`: an authority that cannot start with `-`. */
const NETWORK_URL =
  '(?:https?|ssh|git)://' +
  "(?:[A-Za-z0-9._~%!$&'()*+,;=][A-Za-z0-9._~%!$&'()*+,;=:-]*@)?" + // userinfo, not starting with '-'
  '(?:[A-Za-z0-9][A-Za-z0-9.-]*|\\[[0-9A-Fa-f:.]+\\])' + // host name or [IPv6]
  '(?::[0-9]{1,5})?' +
  `(?:/${NO_SPACE_OR_CONTROL}*)?`;

/** `file://` URLs to an absolute local path. */
const FILE_URL = `file://${NO_SPACE_OR_CONTROL}*/${NO_SPACE_OR_CONTROL}*`;

/** scp-like `user@host:path`; the path may not look like an option. */
const SCP_URL =
  '[A-Za-z0-9._][A-Za-z0-9._-]*@[A-Za-z0-9][A-Za-z0-9.-]*:' + `(?!-)${NO_SPACE_OR_CONTROL}+`;

export const URL_PATTERN = `^(?:${NETWORK_URL}|${FILE_URL}|${SCP_URL})$`;

export const COMMIT_PATTERN = '^(?:[0-9a-f]{40}|[0-9a-f]{64})$';

/** Segments that are non-empty, not `.`/`..`, without `/`, `\` or control characters. */
const SEGMENT = '(?!\\.\\.?(?:/|$))[^/\\\\\\x00-\\x1f\\x7f]+';
export const RELATIVE_PATH_PATTERN = `^${SEGMENT}(?:/${SEGMENT})*$`;

/** `expiresAt` of a signed payload: an ISO-8601 UTC instant as `Date#toISOString` writes it. */
export const EXPIRES_AT_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]{1,3})?Z$';
/** The limit a payload's encoded size must stay under; larger znode data is rejected unparsed. */
export const MAX_PAYLOAD_BYTES = 64 * 1024;

const optionalText = (maxLength: number) => ({ type: 'string', maxLength }) as const;

export const payloadSchema = {
  $id: 'https://zkdeploy.dev/schema/payload.json',
  type: 'object',
  required: ['url', 'commitId', 'relativePath'],
  properties: {
    url: { type: 'string', minLength: 1, maxLength: 2048, pattern: URL_PATTERN },
    commitId: { type: 'string', pattern: COMMIT_PATTERN },
    relativePath: { type: 'string', minLength: 1, maxLength: 255, pattern: RELATIVE_PATH_PATTERN },
    ref: optionalText(1024),
    message: optionalText(4096),
    publishedAt: optionalText(64),
    publishedBy: optionalText(256),
    signature: optionalText(1024),
    // Covered by a v2 signature (payload-signature.ts): the app it was signed for, its place in the app's order, its deadline.
    app: { type: 'string', minLength: 1, maxLength: 1024 },
    sequence: { type: 'integer', minimum: 1, maximum: Number.MAX_SAFE_INTEGER },
    expiresAt: { type: 'string', pattern: EXPIRES_AT_PATTERN },
  },
  additionalProperties: true,
} as const;

/** What each pattern means, in words, for error messages. */
export const FIELD_RULES: Record<string, string> = {
  url:
    'must be a git URL with scheme https, http, ssh, git or file, or scp-like user@host:path, ' +
    'with no whitespace, control characters, leading "-" or other transports (ext::, fd::)',
  commitId: 'must be a full lowercase hex commit id of 40 (SHA-1) or 64 (SHA-256) characters',
  relativePath:
    'must be a relative POSIX path of 1-255 characters whose segments are non-empty and not "." or "..", ' +
    'with no leading "/", no "\\" and no control characters',
  sequence: `must be a whole number from 1 to ${Number.MAX_SAFE_INTEGER} (the signed sequence)`,
  expiresAt: 'must be an ISO-8601 UTC time such as 2026-12-31T00:00:00.000Z (the signature\'s expiry)',
};
