/**
 * The one argument parser of the benchmark: the runner (bench/run.mjs and
 * its suite), every script under bench/scripts/ and the script agents under
 * bench/agents/. node:util parseArgs in strict mode, plus what each script
 * used to write for itself: `--help` (usage and every flag with its
 * default), whole numbers checked against a range, comma-separated lists of
 * them, a fixed set of choices, required flags. Bad input is one sentence
 * naming the flag, on stderr, exit 2.
 *
 * A spec: `{ name, usage, summary, flags: { <flag>: { type, help, default,
 * min, max, choices, multiple, required } } }` where `type` is `boolean`,
 * `string`, `int` (one whole number) or `ints` (comma-separated whole
 * numbers). Values come back under the flag's own name; defaults are given
 * in their parsed form (a number, an array).
 */
import { parseArgs } from 'node:util';

/** Bad input for a bench script: the message names the flag. */
export class BenchArgsError extends Error {}

/** Parses `argv` by `spec`; prints help and exits 0 on `--help`, exits 2 on bad input. */
export function parseBenchArgs(spec, argv = process.argv.slice(2)) {
  let parsed;
  try {
    parsed = readBenchArgs(spec, argv);
  } catch (err) {
    if (err instanceof BenchArgsError) fail(spec.name, err.message);
    throw err;
  }
  if (parsed.help) {
    process.stdout.write(helpText(spec));
    process.exit(0);
  }
  return parsed.values;
}

/** The parsing itself, without exiting: `{help: true}`, or `{values}`; throws BenchArgsError on bad input. */
export function readBenchArgs(spec, argv) {
  const options = { help: { type: 'boolean', short: 'h' } };
  for (const [flag, f] of Object.entries(spec.flags)) {
    options[flag] = { type: f.type === 'boolean' ? 'boolean' : 'string', ...(f.multiple ? { multiple: true } : {}) };
  }
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options, strict: true, allowPositionals: false }));
  } catch (err) {
    throw new BenchArgsError(`${String(err.message).split('. ')[0]} (see --help)`);
  }
  if (values.help) return { help: true };
  const out = {};
  for (const [flag, f] of Object.entries(spec.flags)) {
    const raw = values[flag];
    if (raw === undefined && f.required) throw new BenchArgsError(`--${flag} is required`);
    out[flag] = raw === undefined ? defaultOf(f) : convert(flag, f, raw);
  }
  return { values: out };
}

function defaultOf(f) {
  if (f.default !== undefined) return f.default;
  if (f.multiple) return [];
  return f.type === 'boolean' ? false : undefined;
}

function convert(flag, f, raw) {
  if (f.multiple) return raw.map((r) => convertOne(flag, f, r));
  return convertOne(flag, f, raw);
}

function convertOne(flag, f, raw) {
  if (f.type === 'int') return wholeNumber(flag, f, raw);
  if (f.type === 'ints') return raw.split(',').map((part) => wholeNumber(flag, f, part));
  if (f.choices && !f.choices.includes(raw)) throw new BenchArgsError(`--${flag} must be one of ${f.choices.join(', ')}, got "${raw}"`);
  return raw;
}

function wholeNumber(flag, f, text) {
  const n = Number(text);
  const min = f.min ?? 0;
  const max = f.max ?? Number.MAX_SAFE_INTEGER;
  if (text.trim() === '' || !Number.isInteger(n) || n < min || n > max) {
    const what = f.type === 'ints' ? 'comma-separated whole numbers' : 'a whole number';
    throw new BenchArgsError(`--${flag} must be ${what} from ${min} to ${max}, got "${text}"`);
  }
  return n;
}

/** Prints `<name>: <message>` to stderr and exits 2 (invalid input, as the CLI does). */
export function fail(name, message) {
  process.stderr.write(`${name}: ${message}\n`);
  process.exit(2);
}

/** The `--help` text of a spec. */
export function helpText(spec) {
  const rows = Object.entries(spec.flags).map(([flag, f]) => {
    const value = f.type === 'boolean' ? '' : f.type === 'int' ? ' <n>' : f.type === 'ints' ? ' <n,n…>' : f.choices ? ` <${f.choices.join('|')}>` : ' <value>';
    const def = f.default === undefined || f.default === false ? '' : ` (default ${Array.isArray(f.default) ? f.default.join(',') || 'none' : f.default})`;
    const extra = `${f.required ? ' (required)' : ''}${f.multiple ? ' (repeatable)' : ''}`;
    return [`--${flag}${value}`, `${f.help ?? ''}${def}${extra}`];
  });
  rows.push(['-h, --help', 'this help']);
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  const lines = rows.map(([left, right]) => `  ${left.padEnd(width)}${right}`);
  return `Usage: ${spec.usage}\n${spec.summary ? `\n${spec.summary}\n` : ''}\nFlags:\n${lines.join('\n')}\n`;
}
