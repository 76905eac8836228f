import { describe, expect, it } from 'vitest';
import { ErrorCode } from '@zkdeploy/shared';
import { parseAgentOptions } from '../runtime/agent-options.js';
import { parseTaskOptions } from './task-options.js';

describe('agent --task', () => {
  it('declares tasks from repeated flags; the command keeps its own = signs', () => {
    const o = parseAgentOptions(['--task', 'migrate=./bin/migrate up --to=head', '--task', 'warm=curl -s localhost/warm']);
    expect(o.tasks).toEqual({ migrate: './bin/migrate up --to=head', warm: 'curl -s localhost/warm' });
  });

  it('reads the config file key tasks as an object or a list', () => {
    expect(parseTaskOptions((_k, f) => (f === 'tasks' ? { migrate: 'x' } : undefined)).tasks).toEqual({ migrate: 'x' });
    expect(parseTaskOptions((_k, f) => (f === 'tasks' ? ['migrate=x'] : undefined)).tasks).toEqual({ migrate: 'x' });
  });

  it.each([
    ['no =', ['--task', 'migrate'], /not name=command/],
    ['a bad name', ['--task', '../x=y'], /the name must be/],
    ['an empty command', ['--task', 'migrate= '], /command is empty/],
    ['a name twice', ['--task', 'a=x', '--task', 'a=y'], /declared twice/],
  ])('refuses %s (exit-2 usage error naming --task)', (_what, argv, message) => {
    expect(() => parseAgentOptions(argv)).toThrow(expect.objectContaining({ code: ErrorCode.USAGE, message: expect.stringMatching(message) }));
  });
});
