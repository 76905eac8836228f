import { describe, expect, it } from 'vitest';
import { ErrorCode } from '@zkdeploy/shared/errors';
import { taskRequest } from './task-run-action.js';

const now = new Date('2026-01-01T00:00:00.000Z');

describe('task run flags', () => {
  it('makes a pending request: --once by default, --all, --hosts with its selector', () => {
    expect(taskRequest('migrate', { arg: ['to=42'] }, now)).toEqual({ name: 'migrate', mode: 'once', selector: null, args: { TO: '42' }, timeoutS: 600, createdAt: now.toISOString(), state: 'pending', reason: null, runs: [] });
    expect(taskRequest('warm', { all: true, timeout: '30' }, now)).toMatchObject({ mode: 'all', timeoutS: 30 });
    expect(taskRequest('logs', { hosts: 'zone=a' }, now)).toMatchObject({ mode: 'hosts', selector: 'zone=a' });
  });

  it.each([
    ['two modes', 'migrate', { once: true, all: true }, /one of --once, --all or --hosts/],
    ['a selector that is no label', 'migrate', { hosts: 'zone' }, /--hosts "zone"/],
    ['a zero timeout', 'migrate', { timeout: '0' }, /--timeout/],
    ['a fractional timeout', 'migrate', { timeout: '1.5' }, /--timeout/],
    ['a bad task name', 'a b', {}, /task name "a b"/],
    ['a bad argument', 'migrate', { arg: ['x'] }, /--arg/],
  ])('refuses %s with a usage error (exit 2) before connecting', (_what, name, flags, message) => {
    expect(() => taskRequest(name, flags, now)).toThrow(expect.objectContaining({ code: ErrorCode.USAGE, message: expect.stringMatching(message) }));
  });
});
