import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../errors.js';
import { encodeHostTasks, encodeTask, isTaskId, parseHostTasks, parseResult, parseRunNode, parseTask, parseTaskArgs, runNode, taskEnv } from './task-record.js';

const base = { name: 'migrate', mode: 'once', selector: null, args: { TARGET: '42' }, timeoutS: 60, createdAt: '2026-01-01T00:00:00.000Z', state: 'pending', reason: null, runs: [] };
const buf = (v: unknown) => Buffer.from(JSON.stringify(v));

describe('task arguments', () => {
  it('upper-cases keys and keeps values verbatim, shell metacharacters included', () => {
    expect(parseTaskArgs(['target=42', 'text=$(rm -rf /); `id` "a b"'])).toEqual({ TARGET: '42', TEXT: '$(rm -rf /); `id` "a b"' });
    expect(parseTaskArgs(['empty='])).toEqual({ EMPTY: '' });
  });

  it.each([
    ['no=', 'bad key=1'],
    ['no key', '=1'],
    ['no =', 'target'],
    ['a digit first', '1x=1'],
    ['a dash', 'a-b=1'],
  ])('refuses a key with %s, naming --arg (exit-2 usage error)', (_what, arg) => {
    expect(() => parseTaskArgs([arg])).toThrow(expect.objectContaining({ code: ErrorCode.USAGE, message: expect.stringContaining('--arg') }));
  });

  it('refuses a duplicate key (case-insensitive), a NUL byte and an oversized value', () => {
    expect(() => parseTaskArgs(['a=1', 'A=2'])).toThrow(/given twice/);
    expect(() => parseTaskArgs(['a=x\0y'])).toThrow(/NUL/);
    expect(() => parseTaskArgs([`a=${'x'.repeat(4097)}`])).toThrow(/at most 4096/);
  });

  it('become ZKDEPLOY_ARG_<K> beside the task id, attempt and name', () => {
    expect(taskEnv({ id: 't-0000000001', attempt: 2, name: 'migrate', args: { TARGET: '42' } })).toEqual({
      ZKDEPLOY_TASK_ID: 't-0000000001', ZKDEPLOY_TASK_ATTEMPT: '2', ZKDEPLOY_TASK_NAME: 'migrate', ZKDEPLOY_ARG_TARGET: '42',
    });
  });
});

describe('task records read back as untrusted data', () => {
  it('round-trips a task (the id is the node name, not data)', () => {
    const task = parseTask('t-0000000007', buf(base));
    expect(task).toMatchObject({ id: 't-0000000007', name: 'migrate', mode: 'once', args: { TARGET: '42' }, state: 'pending' });
    expect(parseTask('t-0000000007', encodeTask(task!))).toEqual(task);
    expect(JSON.parse(encodeTask(task!).toString())).not.toHaveProperty('id');
  });

  it.each([
    ['a bad name', { ...base, name: '../x' }],
    ['an unknown mode', { ...base, mode: 'shell' }],
    ['a hosts task without a selector', { ...base, mode: 'hosts' }],
    ['a lower-case arg key', { ...base, args: { target: '1' } }],
    ['a non-string arg', { ...base, args: { A: 1 } }],
    ['a timeout over a day', { ...base, timeoutS: 86_401 }],
    ['an unknown state', { ...base, state: 'running' }],
    ['a run without an attempt', { ...base, runs: [{ host: 'h1' }] }],
  ])('is null for %s', (_what, v) => {
    expect(parseTask('t-0000000001', buf(v))).toBeNull();
  });

  it('is null for a node name that is no task id, non-JSON and an array', () => {
    expect(parseTask('x-1', buf(base))).toBeNull();
    expect(parseTask('t-0000000001', Buffer.from('{'))).toBeNull();
    expect(parseTask('t-0000000001', buf([base]))).toBeNull();
    expect(isTaskId('w-r-1-abc')).toBe(true);
    expect(isTaskId('t-1')).toBe(false);
  });

  it('keeps the valid entries of an assignment node and drops malformed ones', () => {
    const good = { id: 't-0000000001', name: 'migrate', attempt: 1, args: {}, timeoutS: 60 };
    const data = encodeHostTasks([good, { ...good, id: 'evil' } as never, { ...good, attempt: 0 }, { ...good, args: { a: 'x' } }]);
    expect(parseHostTasks(data)).toEqual([good]);
    expect(parseHostTasks(Buffer.from('nonsense'))).toEqual([]);
  });

  it('names run nodes and parses them back, hosts with dashes included', () => {
    const run = { host: 'web-1.a', attempt: 3 };
    expect(runNode.claim(run)).toBe('c-3-web-1.a');
    expect(parseRunNode(runNode.result(run))).toEqual({ kind: 'r', run });
    expect(parseRunNode('x-1-h')).toBeNull();
    expect(parseRunNode('r-1-../h')).toBeNull();
  });

  it('parses a result; a null exit code is a run that never finished', () => {
    expect(parseResult(buf({ exitCode: null, durationMs: 0, output: 'lost' }), { host: 'h', attempt: 1 })).toMatchObject({ exitCode: null, output: 'lost' });
    expect(parseResult(buf({ exitCode: -1 }), { host: 'h', attempt: 1 })).toBeNull();
  });
});
