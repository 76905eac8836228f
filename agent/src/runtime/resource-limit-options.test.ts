import { afterEach, describe, expect, it } from 'vitest';
import { parseAgentOptions } from './agent-options.js';

describe('resource limit flags', () => {
  afterEach(() => {
    for (const name of ['ZKDEPLOY_MAX_TREE_FILES', 'ZKDEPLOY_MAX_TREE_BYTES', 'ZKDEPLOY_MAX_DRIFT_WATCHES', 'ZKDEPLOY_GIT_LOW_SPEED_TIME']) delete process.env[name];
  });

  it('default to 100000 files, 2 GiB, 8192 watches and 60 s', () => {
    expect(parseAgentOptions([])).toMatchObject({ maxTreeFiles: 100_000, maxTreeBytes: 2 * 1024 ** 3, maxDriftWatches: 8192, gitLowSpeedTimeS: 60 });
  });

  it('come from flags, then ZKDEPLOY_* variables; bytes take K, M, G suffixes', () => {
    process.env['ZKDEPLOY_MAX_TREE_FILES'] = '500';
    process.env['ZKDEPLOY_GIT_LOW_SPEED_TIME'] = '0';
    const o = parseAgentOptions(['--max-tree-bytes', '300M', '--max-drift-watches', '16', '--max-tree-files', '700']);
    expect(o).toMatchObject({ maxTreeFiles: 700, maxTreeBytes: 300 * 1024 ** 2, maxDriftWatches: 16, gitLowSpeedTimeS: 0 });
    expect(parseAgentOptions(['--max-tree-bytes', '1G']).maxTreeBytes).toBe(1024 ** 3);
  });

  it.each([
    [['--max-tree-files', '0'], /--max-tree-files must be a whole number of 1 or more, got "0"/],
    [['--max-tree-files', '10K'], /--max-tree-files must be a whole number/],
    [['--max-tree-bytes', 'lots'], /--max-tree-bytes must be a whole number of 1 or more \(with an optional K, M, G or T suffix\)/],
    [['--max-drift-watches', '-1'], /--max-drift-watches must be a whole number/],
    [['--git-low-speed-time', 'soon'], /--git-low-speed-time must be a number of seconds, 0 or more/],
  ])('%j is a usage error naming the flag', (argv, message) => {
    expect(() => parseAgentOptions(argv)).toThrow(message);
  });
});
