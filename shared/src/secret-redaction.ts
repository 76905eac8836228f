/**
 * Redaction of known secret values from text that leaves the process: the
 * output tails of commands and git that go into status records (readable by
 * anyone who may read the app's znodes) and into logs.
 *
 * A process registers each secret once, when it reads it (ZooKeeper auth,
 * git password); every tail is passed through {@link redactSecrets} where it
 * is made. Each secret is registered in the forms a command could print it:
 * the value itself, `user:password`, and base64 of `user:password` (HTTP
 * Basic, what `git` and `curl` put in an Authorization header).
 */

/** What a redacted value is replaced with. */
export const REDACTED = '[REDACTED]';

/** Where a text was cut from a longer output: a secret may straddle the cut. */
export interface CutEnds {
  /** The text starts in the middle of the output (a rolling tail). */
  start?: boolean;
  /** The text ends in the middle of the output (the first N bytes kept). */
  end?: boolean;
}

/** A set of secret values and the replacement of every occurrence of them. */
export class SecretRedactor {
  private values: string[] = [];

  /** Adds values (empty and undefined ones are ignored). */
  add(...values: (string | undefined)[]): void {
    const next = new Set(this.values);
    for (const v of values) if (v) next.add(v);
    // Longest first, so `user:password` is replaced whole before `password` inside it.
    this.values = [...next].sort((a, b) => b.length - a.length);
  }

  /** Registers `user:password`, the password alone, and their encodings. */
  addCredentials(user: string | undefined, password: string | undefined): void {
    if (!password) return;
    const pair = user ? `${user}:${password}` : password;
    this.add(password, encodeURIComponent(password), pair, user ? Buffer.from(pair).toString('base64') : undefined);
  }

  /** Registers a `user:password` string (ZooKeeper digest auth) in all its forms. */
  addUserPassword(userPassword: string | undefined): void {
    if (!userPassword) return;
    const colon = userPassword.indexOf(':');
    if (colon < 0) return this.add(userPassword);
    this.addCredentials(userPassword.slice(0, colon), userPassword.slice(colon + 1));
  }

  get size(): number {
    return this.values.length;
  }

  /**
   * `text` with every known secret replaced by {@link REDACTED}. When the
   * text was cut from a longer output, a piece of a secret at a cut end (its
   * start at the end of the text, its end at the start) is replaced too.
   */
  redact(text: string, cut: CutEnds = {}): string {
    let out = text;
    for (const v of this.values) out = out.split(v).join(REDACTED);
    for (const v of this.values) {
      if (cut.end) out = replaceCutPiece(out, v, 'end');
      if (cut.start) out = replaceCutPiece(out, v, 'start');
    }
    return out;
  }
}

/** Replaces the longest proper prefix (end) or suffix (start) of `secret` found at that end of `text`. */
function replaceCutPiece(text: string, secret: string, at: 'start' | 'end'): string {
  for (let n = Math.min(secret.length - 1, text.length); n > 0; n--) {
    if (at === 'end' && text.endsWith(secret.slice(0, n))) return text.slice(0, text.length - n) + REDACTED;
    if (at === 'start' && text.startsWith(secret.slice(secret.length - n))) return REDACTED + text.slice(n);
  }
  return text;
}

/** The process's own secrets, registered where they are read (see the agent's main). */
export const processSecrets = new SecretRedactor();

/** `text` with the process's registered secrets redacted. */
export function redactSecrets(text: string, cut: CutEnds = {}): string {
  return processSecrets.size === 0 ? text : processSecrets.redact(text, cut);
}
