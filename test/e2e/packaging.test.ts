/**
 * No Docker engine runs here, so the compose file is checked statically:
 * every build context, Dockerfile and file they copy exists, and every
 * ZKDEPLOY_* variable it (or the systemd example) sets is one the code reads.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DOCKER = join(ROOT, 'docker');

interface Build {
  context: string;
  dockerfile?: string;
  additional_contexts?: Record<string, string>;
}
interface Service {
  image?: string;
  build?: Build;
  environment?: Record<string, string>;
}

const compose = parse(readFileSync(join(DOCKER, 'compose.yaml'), 'utf8'), { merge: true }) as { services: Record<string, Service> };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' || name === 'dist' ? [] : sourceFiles(full);
    return /\.(ts|sh)$/.test(name) && !name.endsWith('.test.ts') ? [full] : [];
  });
}
const code = ['shared/src', 'agent/src', 'publisher/src', 'docker']
  .flatMap((d) => sourceFiles(join(ROOT, d)))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');
const isRead = (name: string): boolean => new RegExp(`['"$({]${name}\\b`).test(code);

/** COPY/ADD sources of a Dockerfile that come from the build context. */
function copiedPaths(dockerfile: string): string[] {
  return readFileSync(dockerfile, 'utf8')
    .split('\n')
    .filter((line) => /^(COPY|ADD)\s/.test(line) && !/--from=/.test(line))
    .flatMap((line) => line.trim().split(/\s+/).slice(1, -1).filter((arg) => !arg.startsWith('--')));
}

describe('docker/compose.yaml', () => {
  const services = Object.entries(compose.services);

  it('has a 3-node ZooKeeper ensemble, a git server and three agents', () => {
    const names = services.map(([name]) => name);
    expect(names).toEqual(expect.arrayContaining(['zk1', 'zk2', 'zk3', 'git-server', 'agent-1', 'agent-2', 'agent-3']));
    const zkServers = services.filter(([, s]) => s.image?.startsWith('zookeeper:')).map(([, s]) => s.environment?.['ZOO_SERVERS']);
    expect(zkServers).toHaveLength(3);
    for (const servers of zkServers) expect(servers?.split(' ')).toHaveLength(3);
  });

  it.each(services.filter(([, s]) => s.build).map(([name, s]) => [name, s.build as Build]))(
    '%s: build context, Dockerfile and every copied file exist',
    (_name, build) => {
      const context = resolve(DOCKER, build.context);
      expect(existsSync(context), `context ${context}`).toBe(true);
      const dockerfile = join(context, build.dockerfile ?? 'Dockerfile');
      expect(existsSync(dockerfile), `dockerfile ${dockerfile}`).toBe(true);
      for (const path of copiedPaths(dockerfile)) expect(existsSync(join(context, path)), `${path} in ${dockerfile}`).toBe(true);
      for (const from of readFileSync(dockerfile, 'utf8').matchAll(/^FROM\s+(\S+)/gm)) {
        const image = from[1] as string;
        const named = build.additional_contexts?.[image];
        if (named) expect(named).toMatch(/^service:(.+)$/);
        if (named) expect(compose.services[named.slice('service:'.length)]?.build).toBeDefined();
        else expect(image).toMatch(/[:/]|^node|^debian/);
      }
    },
  );

  it('sets only ZKDEPLOY_* variables that the code reads', () => {
    const vars = new Set(services.flatMap(([, s]) => Object.keys(s.environment ?? {})).filter((v) => v.startsWith('ZKDEPLOY_')));
    expect(vars.size).toBeGreaterThan(3);
    for (const name of vars) expect(isRead(name), `${name} is read somewhere`).toBe(true);
  });

  it('interpolates only variables with a default', () => {
    const raw = readFileSync(join(DOCKER, 'compose.yaml'), 'utf8');
    for (const m of raw.matchAll(/\$\{([A-Z0-9_]+)([^}]*)\}/g)) expect(m[2], `${m[1]} has a default`).toMatch(/^:?-/);
  });
});

describe('systemd unit', () => {
  const unit = readFileSync(join(ROOT, 'packaging/systemd/zkdeploy-agent.service'), 'utf8');
  const env = readFileSync(join(ROOT, 'packaging/systemd/zkdeploy-agent.env.example'), 'utf8');

  it('is hardened and writable only in the base dir', () => {
    for (const line of ['NoNewPrivileges=yes', 'ProtectSystem=strict', 'ReadWritePaths=/srv/deploy', 'KillSignal=SIGTERM']) {
      expect(unit).toContain(line);
    }
  });

  it('names only variables the agent reads', () => {
    const names = [...env.matchAll(/^#?(ZKDEPLOY_[A-Z_]+)=/gm)].map((m) => m[1] as string);
    expect(names.length).toBeGreaterThan(3);
    for (const name of names) expect(isRead(name), `${name} is read by the agent`).toBe(true);
  });
});

describe('scripts/install.sh', () => {
  it('puts zkdeploy and zkdeploy-agent on the PATH from a prefix', async () => {
    const { execFile } = await import('node:child_process');
    const { mkdtemp, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const run = (cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env) =>
      new Promise<{ code: number; out: string }>((res) =>
        execFile(cmd, args, { cwd: ROOT, env }, (err, stdout, stderr) => res({ code: err ? Number(err.code ?? 1) : 0, out: stdout + stderr })),
      );
    const prefix = await mkdtemp(join(tmpdir(), 'zkdeploy-prefix-'));
    try {
      const installed = await run('bash', ['scripts/install.sh', '--prefix', prefix]);
      expect(installed.out).toContain(`installed zkdeploy and zkdeploy-agent in ${prefix}/bin`);
      const env = { ...process.env, PATH: `${prefix}/bin:${process.env['PATH'] ?? ''}` };
      const version = JSON.parse(readFileSync(join(ROOT, 'agent/package.json'), 'utf8')).version as string;
      expect((await run('zkdeploy-agent', ['--version'], env)).out.trim()).toBe(version);
      expect((await run('zkdeploy', ['--version'], env)).out.trim()).toBe(version);
      const usage = await run('zkdeploy', ['publish', '--url', 'x'], env);
      expect(usage.code).toBe(2);
    } finally {
      await rm(prefix, { recursive: true, force: true });
    }
  }, 120_000);
});
