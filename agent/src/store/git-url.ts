/**
 * Git URLs taken apart as git and curl read them, for the agent's URL
 * policy: kind, user, host, port and path segments, in each form the payload
 * schema admits (`https`, `http`, `ssh`, `git`, `file` URLs and scp-like
 * `user@host:path`). A URL that the policy and the far end could read
 * differently is refused here: `.`/`..` segments (curl and servers resolve
 * them), percent-encoded `.`, `/`, `\`, `%` or control characters (servers
 * decode them into those), a backslash (read as `/` by some servers), and `?`
 * or `#` in http(s) URLs (they end the path there, and the authority too).
 */

export type GitUrlKind = 'https' | 'http' | 'ssh' | 'git' | 'file' | 'scp';

export interface GitUrl {
  kind: GitUrlKind;
  /** `user` or `user:password` as written; null when the URL names none. */
  userinfo: string | null;
  /** Lowercase host name or `[IPv6]`; `''` for `file:///…`. */
  host: string;
  /** The port written, else the scheme's default; null for `file` and scp-like URLs. */
  port: number | null;
  /** Path segments as written: an absolute path starts with `''`; a trailing `/` adds none. */
  segments: string[];
}

/** Why a URL cannot be read safely; the message completes "url … is refused: ". */
export class GitUrlError extends Error {}

const DEFAULT_PORTS: Record<string, number> = { https: 443, http: 80, ssh: 22, git: 9418 };
const KINDS = new Set<string>(['https', 'http', 'ssh', 'git', 'file']);
const HOST = /^(?:[a-z0-9][a-z0-9.-]*|\[[0-9a-f:.]+\])$/;
/** scp-like as git tells it from a local path: no `/` before the first `:`. */
const SCP = /^([^@/:]+)@([^@/:]+):(.*)$/s;
/** `%` not followed by two hex digits, or encoding `.`, `/`, `\`, `%` or a control character. */
const ENCODED_TRICK = /%(?![0-9a-f]{2})|%(?:2e|2f|5c|25|[01][0-9a-f]|7f)/i;

/** Parses one git URL; throws GitUrlError naming what makes it unsafe or unreadable. */
export function parseGitUrl(text: string): GitUrl {
  if (/[\s\x00-\x1f\x7f]/.test(text)) throw new GitUrlError('it contains whitespace or control characters');
  if (text.includes('\\')) throw new GitUrlError('it contains a backslash, which some servers read as "/"');
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(text);
  if (!scheme) return parseScpLike(text);
  const kind = scheme[1]!.toLowerCase();
  if (!KINDS.has(kind)) throw new GitUrlError(`scheme "${kind}" is not one of https, http, ssh, git or file`);
  const rest = text.slice(scheme[0].length);
  const slash = rest.indexOf('/');
  const authority = slash < 0 ? rest : rest.slice(0, slash);
  const segments = pathSegments(slash < 0 ? '' : rest.slice(slash));
  if (kind === 'file') {
    if (/[@:]/.test(authority)) throw new GitUrlError('a file URL takes no user or port');
    return { kind, userinfo: null, host: authority.toLowerCase(), port: null, segments };
  }
  if ((kind === 'http' || kind === 'https') && /[?#]/.test(text)) throw new GitUrlError('it contains "?" or "#", which end an http URL\'s path');
  const at = authority.lastIndexOf('@');
  const userinfo = at < 0 ? null : authority.slice(0, at);
  if (userinfo !== null && (userinfo === '' || userinfo.includes('@'))) throw new GitUrlError('its user part is empty or contains "@"');
  return { kind: kind as GitUrlKind, userinfo, ...hostAndPort(authority.slice(at + 1), DEFAULT_PORTS[kind]!), segments };
}

function parseScpLike(text: string): GitUrl {
  const m = SCP.exec(text);
  if (!m) throw new GitUrlError('it is neither a URL with scheme https, http, ssh, git or file nor scp-like user@host:path');
  return { kind: 'scp', userinfo: m[1]!, host: checkHost(m[2]!), port: null, segments: pathSegments(m[3]!) };
}

function hostAndPort(text: string, defaultPort: number): { host: string; port: number } {
  const m = /^(\[[^\]]*\]|[^:]*)(?::(.*))?$/.exec(text);
  const host = checkHost(m?.[1] ?? text);
  const port = m?.[2];
  if (port === undefined) return { host, port: defaultPort };
  if (!/^[0-9]{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65_535) throw new GitUrlError(`port "${port}" is not a number from 1 to 65535`);
  return { host, port: Number(port) };
}

function checkHost(text: string): string {
  const host = text.toLowerCase();
  if (!HOST.test(host)) throw new GitUrlError(`host "${text}" is not a plain host name or [IPv6] address`);
  return host;
}

function pathSegments(path: string): string[] {
  if (path === '') return [];
  const segments = path.split('/');
  const dots = segments.find((s) => s === '.' || s === '..');
  if (dots !== undefined) throw new GitUrlError(`its path has a "${dots}" segment, which git, curl and servers resolve`);
  const encoded = ENCODED_TRICK.exec(path);
  if (encoded) throw new GitUrlError(`its path contains "${encoded[0]}", a bad or encoded ".", "/", "\\", "%" or control character that servers decode`);
  if (segments.length > 1 && segments[segments.length - 1] === '') segments.pop();
  return segments;
}

/** The URL with any password (`user:secret@`, up to the authority's last `@`) replaced, safe to log. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)([^/@:]*):[^/]*@/i, '$1$2:***@');
}
