/**
 * Child process for the memory floor: imports the given modules, lets the
 * process settle, collects garbage and prints its resident set in bytes.
 * `@zkdeploy/*` packages are imported by name (their index: the agent's is
 * every module main.js loads, nothing run); any other name is a dependency of
 * the agent or of shared, resolved from that package as the agent would.
 * Run as `node --expose-gc rss-probe.mjs <module>…`.
 */
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';

const fromAgent = createRequire(import.meta.resolve('@zkdeploy/agent'));
const fromShared = createRequire(import.meta.resolve('@zkdeploy/shared'));
for (const spec of process.argv.slice(2)) {
  if (spec.startsWith('@zkdeploy/')) await import(spec);
  else {
    try {
      fromAgent(spec);
    } catch {
      fromShared(spec);
    }
  }
}
await new Promise((r) => setTimeout(r, 300));
globalThis.gc?.();
await new Promise((r) => setTimeout(r, 100));
const status = await readFile('/proc/self/status', 'utf8');
process.stdout.write(`${Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0) * 1024}\n`);
