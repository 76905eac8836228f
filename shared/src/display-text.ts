/**
 * Text from ZooKeeper (status error messages, commit subjects, refs, host
 * names) made safe to print on an operator's terminal. Anyone who can write
 * a znode or push a commit chooses that text; an ESC sequence in it could
 * retitle the terminal, move the cursor to rewrite earlier lines, hide text
 * or, on some terminals, answer back as typed input. So every control
 * character is shown as a visible escape (`\x1b`, `\n`, `\u202e`) instead of
 * being sent: C0 (tab and newline included), DEL, C1, and the Unicode
 * bidirectional and line/paragraph separators that reorder or break what a
 * line appears to say. JSON output needs none of this: JSON escapes controls.
 */

/** C0, DEL, C1, line/paragraph separators and bidi embedding/override/isolate marks. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const ANY_CONTROL = new RegExp(CONTROL.source);

const NAMED: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function escape(ch: string): string {
  const code = ch.charCodeAt(0);
  return NAMED[ch] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}

/** `text` with every control character replaced by a visible escape. */
export function displayText(text: string): string {
  return text.replace(CONTROL, escape);
}

/** The first control character of `text` and its index, or null. */
export function findControlCharacter(text: string): { index: number; escaped: string } | null {
  const match = ANY_CONTROL.exec(text);
  return match ? { index: match.index, escaped: escape(match[0]) } : null;
}
