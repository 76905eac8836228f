import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { executablePath } from './executable-path.js';

describe('executablePath', () => {
  const root = mkdtempSync(join(tmpdir(), 'zkdeploy-exe-'));
  const dir = (name: string) => {
    const d = join(root, name);
    mkdirSync(d, { recursive: true });
    return d;
  };
  const program = (d: string, mode: number) => {
    writeFileSync(join(d, 'tool'), '#!/bin/sh\n');
    chmodSync(join(d, 'tool'), mode);
  };

  it('finds the first directory of PATH that holds an executable file of that name, as execvp would', () => {
    const [empty, notExecutable, aDirectory, first, second] = ['empty', 'plain', 'dir', 'first', 'second'].map(dir);
    program(notExecutable!, 0o644);
    mkdirSync(join(aDirectory!, 'tool'));
    program(first!, 0o755);
    program(second!, 0o755);
    expect(executablePath('tool', [empty, notExecutable, aDirectory, first, second].join(':'))).toBe(join(first!, 'tool'));
  });

  it('leaves the name to the kernel when it is not found, or when PATH has a relative entry before it', () => {
    const only = dir('only');
    program(only, 0o755);
    expect(executablePath('tool', dir('nothing'))).toBe('tool');
    expect(executablePath('tool', `bin:${only}`)).toBe('tool');
    expect(executablePath('tool', undefined)).toBe('tool');
  });
});
