#!/usr/bin/env node
/**
 * The benchmark's one runner.
 *
 *   pnpm bench [-- suite flags]        the full suite (bench/suite.mjs), BENCHMARKS.md
 *   pnpm bench -- <script> [flags]     one measurement from bench/scripts/<script>.mjs
 *   pnpm bench -- --help               the scripts, and the suite's flags
 *   pnpm bench -- <script> --help      that script's flags
 *
 * (`pnpm bench` builds first; `node bench/run.mjs …` runs the same without
 * building.) Every script and the suite parse their flags with
 * bench/lib/args.mjs; a script runs in this process, with `process.argv` as
 * if it had been started alone, so `node bench/scripts/<script>.mjs` works too.
 */
import { readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fail } from './lib/args.mjs';
import { runSuite } from './suite.mjs';

const SCRIPTS_DIR = fileURLToPath(new URL('./scripts/', import.meta.url));

/** The one-off scripts, by name (their file name without `.mjs`). */
async function scriptNames() {
  return (await readdir(SCRIPTS_DIR)).filter((f) => f.endsWith('.mjs')).map((f) => f.slice(0, -'.mjs'.length)).sort();
}

async function runScript(name, args) {
  const names = await scriptNames();
  if (!names.includes(name)) fail('bench', `no script "${name}" in bench/scripts (one of ${names.join(', ')}); suite flags start with --`);
  const file = `${SCRIPTS_DIR}${name}.mjs`;
  process.argv = [process.argv[0], file, ...args];
  await import(pathToFileURL(file).href);
}

// pnpm passes a `--` separator through to the script on some versions: it is not an argument.
const argv = process.argv.slice(2);
if (argv[0] === '--') argv.shift();
const [first, ...rest] = argv;
if (first === 'help' || first === '--help' || first === '-h') {
  process.stdout.write(`Scripts (pnpm bench -- <script> [flags]; <script> --help for its flags):\n  ${(await scriptNames()).join('\n  ')}\n\n`);
  await runSuite(['--help']);
} else if (first !== undefined && !first.startsWith('-')) {
  await runScript(first, rest);
} else {
  await runSuite(argv);
}
