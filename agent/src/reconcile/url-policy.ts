/**
 * The agent's own URL policy on top of the shared payload schema: the
 * `--allow-url` prefixes, matched on a boundary so that `https://git.example.com`
 * does not also allow `https://git.example.com.evil.org/…`, and a redaction
 * of credentials embedded in URLs before they reach logs or status records.
 */
import { ErrorCode, ZkDeployError } from '@zkdeploy/shared';

/** Characters after which a prefix is a complete host or path component. */
const BOUNDARY_AFTER = new Set(['/', ':', '@']);

/** True when `url` starts with `prefix` and the match ends on a component boundary. */
export function matchesPrefix(url: string, prefix: string): boolean {
  if (!url.startsWith(prefix)) return false;
  if (url.length === prefix.length) return true;
  const last = prefix[prefix.length - 1] ?? '';
  const next = url[prefix.length] ?? '';
  return BOUNDARY_AFTER.has(last) || next === '/' || next === ':' || url.slice(prefix.length) === '.git';
}

/** Throws ERR_PAYLOAD_NOT_ALLOWED unless the allowlist is empty or one prefix matches. */
export function checkUrlAllowed(url: string, allowUrls: string[]): void {
  if (allowUrls.length === 0 || allowUrls.some((prefix) => matchesPrefix(url, prefix))) return;
  throw new ZkDeployError(ErrorCode.PAYLOAD_NOT_ALLOWED, `url ${redactUrl(url)} is not allowed by this agent's --allow-url list`, {
    hint: `allowed prefixes: ${allowUrls.map(redactUrl).join(', ')}`,
  });
}

/** The URL with any password (`user:secret@`) replaced, safe to log. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)([^/@]*):[^/@]*@/i, '$1$2:***@');
}
