/**
 * Child process for the memory floor: imports the given modules (package
 * names resolved from the agent package, or absolute file paths), lets the
 * process settle, collects garbage and prints its resident set in bytes.
 * Run as `node --expose-gc rss-probe.mjs <module>…`.
 */
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';

const require = createRequire(new URL('../../agent/package.json', import.meta.url));
const sharedRequire = createRequire(new URL('../../shared/package.json', import.meta.url));
for (const spec of process.argv.slice(2)) {
  if (spec.startsWith('/')) await import(spec);
  else {
    try {
      require(spec);
    } catch {
      sharedRequire(spec);
    }
  }
}
await new Promise((r) => setTimeout(r, 300));
globalThis.gc?.();
await new Promise((r) => setTimeout(r, 100));
const status = await readFile('/proc/self/status', 'utf8');
process.stdout.write(`${Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0) * 1024}\n`);
