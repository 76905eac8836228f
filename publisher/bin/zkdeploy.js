#!/usr/bin/env node
import { main } from '../dist/cli.js';

const code = await main(process.argv.slice(2));
// Writes to a pipe are asynchronous and process.exit drops what the reader has
// not taken yet (a `status --json` over thousands of hosts was cut at 64 KiB):
// exit once everything written so far has been handed over.
await Promise.all([process.stdout, process.stderr].map((s) => (s.writableLength > 0 ? new Promise((r) => s.write('', () => r())) : null)));
process.exit(code);
