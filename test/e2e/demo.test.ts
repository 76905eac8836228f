/**
 * The README's demo, run as a newcomer would (after setup): it must reach the
 * end, exit 0, show the fleet converging, history and rollback, and leave
 * nothing running or on disk.
 */
import { spawn } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function runDemo(args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((res) => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts/demo.mjs'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('close', (code) => res({ code, out }));
  });
}

/** Pids of live processes whose command line mentions `text` (read from /proc, no procps needed). */
async function processesMentioning(text: string): Promise<number[]> {
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
  const hits = await Promise.all(
    pids.map(async (pid) => ((await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')).includes(text) ? Number(pid) : null)),
  );
  return hits.filter((pid): pid is number => pid !== null && pid !== process.pid);
}

const portOpen = (port: number): Promise<boolean> =>
  new Promise((res) => {
    const s = connect({ host: '127.0.0.1', port });
    s.once('connect', () => (s.destroy(), res(true)));
    s.once('error', () => res(false));
  });

describe('demo (README quick start)', () => {
  it('runs to the end on a 3-node ensemble, exits 0 and leaves nothing running', async () => {
    const { code, out } = await runDemo(['--ensemble', '3']);
    expect(out).not.toMatch(/demo failed/);
    expect(code).toBe(0);
    expect(out).toMatch(/a 3-node ensemble/);
    expect(out).toMatch(/remote: zkdeploy: published [0-9a-f]{40}/); // the hook published on git push
    expect(out).toMatch(/3\/3 ok — converged/);
    expect(out).toMatch(/rolled \/app\/business back to version \d+/);
    const base = /checkout \((\/[^)]*?)\/<host>/.exec(out)?.[1];
    expect(base).toBeDefined();
    expect(existsSync(base as string)).toBe(false);
    const ports = [...(/ZooKeeper serves at (\S+)/.exec(out)?.[1] ?? '').matchAll(/:(\d+)/g)].map((m) => Number(m[1]));
    expect(ports).toHaveLength(3);
    for (const port of ports) expect(await portOpen(port)).toBe(false);
    expect(await processesMentioning(base as string)).toEqual([]);
  }, 120_000);

  it('refuses a bad --ensemble with exit 2', async () => {
    const { code, out } = await runDemo(['--ensemble', '2']);
    expect(code).toBe(2);
    expect(out).toMatch(/--ensemble must be 1, 3 or 5/);
  });
});
