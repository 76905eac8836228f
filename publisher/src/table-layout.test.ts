import { describe, expect, it } from 'vitest';
import { createTable, styled } from './table-layout.js';
import { renderStatus } from './status-table.js';
import { renderHistory } from './history-table.js';
import type { FleetStatus } from './fleet-status.js';

const ESC = '\u001b';
const HOSTILE = `boom${ESC}]0;pwned\u0007${ESC}[2J${ESC}[8mhidden\u009b1A`;
/** Escape sequences other than the colours the CLI adds itself (SGR `ESC [ n m`). */
const foreignEscape = (text: string): boolean => /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(text.replace(/\u001b\[\d+(;\d+)*m/g, ''));

describe('tables show control characters as visible escapes', () => {
  it('escapes every plain and styled cell, and colours only after escaping', () => {
    for (const colour of [false, true]) {
      const table = createTable(['A', 'B'], colour);
      table.push([HOSTILE, styled(HOSTILE, (s) => `${ESC}[31m${s}${ESC}[39m`, colour)]);
      const out = table.toString();
      expect(out).toContain('boom\\x1b]0;pwned\\x07\\x1b[2J\\x1b[8mhidden\\x9b1A');
      expect(foreignEscape(out)).toBe(false);
    }
  });

  it('status: an error message, ref and path from ZooKeeper reach the terminal escaped', () => {
    const status: FleetStatus = {
      app: '/app/business',
      desired: { version: 3, commitId: 'a'.repeat(40), relativePath: 'app', url: 'file:///r', ref: `main${ESC}]0;x\u0007` },
      hosts: [{ host: 'web-1', live: true, state: 'failed', commitId: null, configVersion: 3, error: { code: 'ERR_CHECK_FAILED', message: HOSTILE }, updatedAt: null }],
      summary: { total: 1, ok: 0, deploying: 0, pending: 0, failed: 1, rejected: 0, drifted: 0, offline: 0 },
      converged: false,
    };
    for (const colour of [false, true]) {
      const out = renderStatus(status, colour);
      expect(out).toContain('ERR_CHECK_FAILED: boom\\x1b]0;pwned');
      expect(out).toContain('main\\x1b]0;x\\x07');
      expect(foreignEscape(out)).toBe(false);
    }
  });

  it('history: a commit subject with escapes is shown escaped', () => {
    const payload = { url: 'file:///r', commitId: 'b'.repeat(40), relativePath: 'app', message: `subject ${ESC}[2Jgone`, ref: 'refs/heads/main' };
    const out = renderHistory([{ version: 1, payload }, { version: 0, payload: null, invalid: `bad ${ESC}c` }], 1, true);
    expect(out).toContain('subject \\x1b[2Jgone');
    expect(out).toContain('bad \\x1bc');
    expect(foreignEscape(out)).toBe(false);
  });
});
