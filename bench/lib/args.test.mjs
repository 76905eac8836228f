import { describe, expect, it } from 'vitest';
import { BenchArgsError, helpText, readBenchArgs } from './args.mjs';

const SPEC = {
  name: 'demo',
  usage: 'pnpm bench -- demo [flags]',
  flags: {
    rounds: { type: 'int', min: 1, max: 100, default: 5, help: 'rounds' },
    n: { type: 'ints', min: 1, max: 500, help: 'sizes' },
    jvm: { type: 'string', choices: ['server', 'test'], default: 'server' },
    variant: { type: 'string', multiple: true },
    zk: { type: 'string' },
    prof: { type: 'boolean' },
  },
};
const read = (...argv) => readBenchArgs(SPEC, argv);

describe('bench argument parser', () => {
  it('gives defaults in their parsed form and converts what was given', () => {
    expect(read().values).toEqual({ rounds: 5, n: undefined, jvm: 'server', variant: [], zk: undefined, prof: false });
    expect(read('--rounds', '7', '--n', '1,10,50', '--jvm', 'test', '--variant', 'a=x', '--variant', 'b=y', '--prof').values).toEqual({
      rounds: 7,
      n: [1, 10, 50],
      jvm: 'test',
      variant: ['a=x', 'b=y'],
      zk: undefined,
      prof: true,
    });
  });

  it('refuses bad input with a sentence that names the flag', () => {
    expect(() => read('--rounds', '0')).toThrow(new BenchArgsError('--rounds must be a whole number from 1 to 100, got "0"'));
    expect(() => read('--rounds', '2.5')).toThrow(/--rounds must be a whole number/);
    expect(() => read('--rounds', '')).toThrow(/--rounds must be a whole number/);
    expect(() => read('--n', '1,,3')).toThrow(/--n must be comma-separated whole numbers from 1 to 500, got ""/);
    expect(() => read('--jvm', 'client')).toThrow('--jvm must be one of server, test, got "client"');
    expect(() => read('--bogus')).toThrow(/Unknown option '--bogus'.*see --help/);
    expect(() => read('stray')).toThrow(BenchArgsError);
    expect(() => readBenchArgs({ ...SPEC, flags: { zk: { type: 'string', required: true } } }, [])).toThrow('--zk is required');
  });

  it('answers --help without checking the rest, and lists every flag with its default', () => {
    expect(read('--rounds', '0', '--help')).toEqual({ help: true });
    const help = helpText(SPEC);
    expect(help).toMatch(/^Usage: pnpm bench -- demo \[flags\]\n/);
    expect(help).toMatch(/--rounds <n>\s+rounds \(default 5\)/);
    expect(help).toMatch(/--jvm <server\|test>\s+\(default server\)/);
    expect(help).toMatch(/--variant <value>\s+\(repeatable\)/);
    expect(help).toMatch(/-h, --help\s+this help/);
  });
});
