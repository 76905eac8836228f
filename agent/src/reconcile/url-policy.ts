/**
 * The agent's own URL policy on top of the shared payload schema. Every
 * payload URL must parse safely (git-url.ts: no `.`/`..` segments, no
 * encoded `.`, `/` or `%`); with `--allow-url` it must also lie under an
 * entry: the same kind, user, host and port (a missing port is the scheme's
 * default), and a path that starts with the entry's path segment by segment.
 * So `https://git.example.com` allows neither `https://git.example.com.evil.org/…`
 * nor `https://git.example.com:x@evil.org/…` (a user part the entry does not
 * name). Also: a redaction of credentials embedded in URLs before they reach
 * logs or status records.
 */
import { ErrorCode, UsageError, ValidationError, ZkDeployError } from '@zkdeploy/shared';
import { GitUrlError, parseGitUrl, redactUrl, type GitUrl } from '../store/git-url.js';

/** True when `url` lies under the allowlist entry `prefix`; false when either does not parse safely. */
export function matchesPrefix(url: string, prefix: string): boolean {
  const entry = tryParse(prefix);
  const target = tryParse(url);
  return entry !== null && target !== null && entryAdmits(entry, target);
}

function tryParse(text: string): GitUrl | null {
  try {
    return parseGitUrl(text);
  } catch (err) {
    if (err instanceof GitUrlError) return null;
    throw err;
  }
}

function entryAdmits(entry: GitUrl, url: GitUrl): boolean {
  return url.kind === entry.kind && url.host === entry.host && url.port === entry.port && url.userinfo === entry.userinfo && pathUnder(url.segments, entry.segments);
}

/** The entry's segments in order; its last may also match `<segment>.git` as the URL's last (`…/org/app` allows `…/org/app.git`). */
function pathUnder(path: string[], prefix: string[]): boolean {
  if (path.length < prefix.length) return false;
  const last = prefix.length - 1;
  return prefix.every((segment, i) => path[i] === segment || (i === last && i === path.length - 1 && path[i] === `${segment}.git`));
}

/**
 * Throws ERR_PAYLOAD_INVALID for a URL that cannot be read safely, and
 * ERR_PAYLOAD_NOT_ALLOWED unless the allowlist is empty or one entry admits it.
 */
export function checkUrlAllowed(url: string, allowUrls: string[]): void {
  let target: GitUrl;
  try {
    target = parseGitUrl(url);
  } catch (err) {
    if (!(err instanceof GitUrlError)) throw err;
    throw new ValidationError(`url ${redactUrl(url)} is refused: ${err.message}`, { field: 'url', hint: 'publish the repository\'s plain URL' });
  }
  const admits = (prefix: string): boolean => {
    const entry = tryParse(prefix);
    return entry !== null && entryAdmits(entry, target);
  };
  if (allowUrls.length === 0 || allowUrls.some(admits)) return;
  throw new ZkDeployError(ErrorCode.PAYLOAD_NOT_ALLOWED, `url ${redactUrl(url)} is not allowed by this agent's --allow-url list`, {
    hint: `allowed prefixes: ${allowUrls.map(redactUrl).join(', ')} (scheme, user, host and port must equal an entry's, and the path lie under its path)`,
  });
}

/** Validates `--allow-url` entries at startup; throws UsageError naming the bad one. */
export function checkAllowUrls(entries: string[]): string[] {
  for (const entry of entries) {
    let parsed: GitUrl;
    try {
      parsed = parseGitUrl(entry);
    } catch (err) {
      if (!(err instanceof GitUrlError)) throw err;
      throw new UsageError(`--allow-url ${redactUrl(entry)} cannot be used: ${err.message}`);
    }
    if (parsed.userinfo?.includes(':')) {
      throw new UsageError(`--allow-url ${redactUrl(entry)} holds a password: name only the user (ssh://git@host/), and give https credentials through ZKDEPLOY_GIT_USERNAME and ZKDEPLOY_GIT_PASSWORD_FILE`);
    }
  }
  return entries;
}
