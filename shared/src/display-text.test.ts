import { describe, expect, it } from 'vitest';
import { displayText, findControlCharacter } from './display-text.js';

describe('display text', () => {
  it('shows terminal escapes and other controls as visible escapes, never raw', () => {
    const hostile = 'boom\u001b]0;pwned\u0007\u001b[2J\r\n\tx\u009b31m\u007f';
    const shown = displayText(hostile);
    expect(shown).toBe('boom\\x1b]0;pwned\\x07\\x1b[2J\\r\\n\\tx\\x9b31m\\x7f');
    expect(shown).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });

  it('escapes bidi overrides and line separators that reorder or break a line', () => {
    expect(displayText('ok \u202egnp.exe\u2066x\u2028y')).toBe('ok \\u202egnp.exe\\u2066x\\u2028y');
  });

  it('leaves printable text (unicode included) unchanged', () => {
    expect(displayText('déploiement ✓ ok — 部署')).toBe('déploiement ✓ ok — 部署');
  });

  it('finds the first control character', () => {
    expect(findControlCharacter('abc')).toBeNull();
    expect(findControlCharacter('ab\u001b]0;x\u0007')).toEqual({ index: 2, escaped: '\\x1b' });
    expect(findControlCharacter('line\nnext')).toEqual({ index: 4, escaped: '\\n' });
  });
});
