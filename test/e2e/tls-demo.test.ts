/**
 * The demo over TLS (`scripts/demo.sh --tls`): a TLS-only ZooKeeper with a CA
 * made for the run, agents and CLI with their own certificates, the hook
 * publishing over TLS on push. It must reach the end, exit 0 and leave its
 * CA directory and ports behind it closed.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

describe('demo over TLS', () => {
  it('runs to the end on a TLS-only ZooKeeper, exits 0 and removes its certificates', async () => {
    const { code, out } = await new Promise<{ code: number | null; out: string }>((res) => {
      const child = spawn(process.execPath, [join(ROOT, 'scripts/demo.mjs'), '--tls'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let text = '';
      child.stdout.on('data', (c: Buffer) => (text += c.toString()));
      child.stderr.on('data', (c: Buffer) => (text += c.toString()));
      child.on('close', (exit) => res({ code: exit, out: text }));
    });
    expect(out).not.toMatch(/demo failed/);
    expect(code).toBe(0);
    expect(out).toMatch(/TLS only/);
    expect(out).toMatch(/remote: zkdeploy: published [0-9a-f]{40}/);
    expect(out).toMatch(/3\/3 ok — converged/);
    expect(out).toMatch(/rolled \/app\/business back to version \d+/);
    const ca = /CA (\/\S+?)\/ca\.pem/.exec(out)?.[1];
    expect(ca).toBeDefined();
    expect(existsSync(ca as string)).toBe(false);
  }, 120_000);
});
