/**
 * Hostile input: every payload below is written straight into B/config (as a
 * compromised or buggy publisher could). Each must end `rejected` with a
 * reason, nothing outside the base dir (and nothing inside it) may be created
 * or changed, and the agent must keep serving and deploy the next valid payload.
 */
import { mkdir, mkdtemp, readFile, readdir, readlink, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZkClient, parseStatus } from '@zkdeploy/shared';
import { AgentProcess, diffSnapshots, eventually, git, GitRepo, headOf, snapshotTree, ZkCluster } from '@zkdeploy/test-support';
import { describeHostForgeries } from './host-forgeries.js';

const APP = '/app/business';
const SHA = 'a'.repeat(40);
const URL_OK = 'https://git.example.invalid/app.git';
const json = (value: unknown): string => JSON.stringify(value);
const payload = (over: Record<string, unknown>): string => json({ url: URL_OK, commitId: SHA, relativePath: 'app', ...over });

/** [name, raw znode data]. */
const CASES: [string, string | Buffer][] = [
  ['not JSON', 'url=x commit=y'],
  ['empty', ''],
  ['null', 'null'],
  ['array', json([URL_OK, SHA, 'app'])],
  ['number', '42'],
  ['string', json('hello')],
  ['invalid UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d])],
  ['1 MiB payload', payload({ message: 'x'.repeat(1024 * 1024 - 200) })],
  ['missing url', json({ commitId: SHA, relativePath: 'app' })],
  ['missing commitId', json({ url: URL_OK, relativePath: 'app' })],
  ['missing relativePath', json({ url: URL_OK, commitId: SHA })],
  ['url is a number', payload({ url: 7 })],
  ['commitId is an array', payload({ commitId: [SHA] })],
  ['relativePath is null', payload({ relativePath: null })],
  ['url ext::', payload({ url: 'ext::sh -c touch% /tmp/zkdeploy-pwned' })],
  ['url fd::', payload({ url: 'fd::3' })],
  ['url leading -', payload({ url: '-uhttps://x/y' })],
  ['url --upload-pack', payload({ url: '--upload-pack=touch /tmp/zkdeploy-pwned' })],
  ['url -c option', payload({ url: '-cprotocol.ext.allow=always' })],
  ['url with whitespace', payload({ url: 'https://example.com/a b.git' })],
  ['url with newline', payload({ url: 'https://example.com/a\n--upload-pack=x' })],
  ['url with control char', payload({ url: 'https://example.com/\u0007.git' })],
  ['url ssh://-o', payload({ url: 'ssh://-oProxyCommand=touch%20/tmp/zkdeploy-pwned/x' })],
  ['url unknown scheme', payload({ url: 'ftp://example.com/app.git' })],
  // issue 23, finding 1: URLs that git, curl or the server resolve past an allowlist prefix (refused by every agent)
  ['url .. segment', payload({ url: 'https://git.example.invalid/myorg/../attacker/repo.git' })],
  ['url file:// .. segments', payload({ url: 'file:///srv/git/../../tmp/attacker.git' })],
  ['url %2e%2e segment', payload({ url: 'https://git.example.invalid/myorg/%2e%2e/attacker/repo.git' })],
  ['url %2f separator', payload({ url: 'https://git.example.invalid/myorg/x%2f..%2f..%2fattacker/repo.git' })],
  ['url %252e double encoding', payload({ url: 'https://git.example.invalid/myorg/%252e%252e/attacker/repo.git' })],
  ['url backslash', payload({ url: 'https://git.example.invalid/myorg/..\\attacker/repo.git' })],
  ['commitId short', payload({ commitId: 'abc1234' })],
  ['commitId uppercase', payload({ commitId: 'A'.repeat(40) })],
  ['commitId mixed case', payload({ commitId: `${'a'.repeat(39)}F` })],
  ['commitId non-hex', payload({ commitId: 'z'.repeat(40) })],
  ['commitId --help', payload({ commitId: '--help' })],
  ['commitId 41 chars', payload({ commitId: 'a'.repeat(41) })],
  ['commitId with space', payload({ commitId: ` ${'a'.repeat(39)}` })],
  ['path absolute', payload({ relativePath: '/etc/zkdeploy' })],
  ['path ..', payload({ relativePath: '../outside' })],
  ['path inner ..', payload({ relativePath: 'a/../../outside' })],
  ['path .', payload({ relativePath: '.' })],
  ['path empty segment', payload({ relativePath: 'a//b' })],
  ['path trailing slash', payload({ relativePath: 'a/' })],
  ['path backslash', payload({ relativePath: 'a\\..\\..\\x' })],
  ['path NUL', payload({ relativePath: 'a\u0000b' })],
  ['path over-long', payload({ relativePath: 'x'.repeat(256) })],
  ['path empty', payload({ relativePath: '' })],
  ['path reserved agent dir', payload({ relativePath: '.zkdeploy/x' })],
  ['path through symlink to outside', payload({ relativePath: 'escape/app' })],
  // Signed fields (issue 23, finding 4) are checked by the schema even without --trust-key; replays: test/e2e/security-replay.test.ts.
  ['signed sequence fractional', payload({ sequence: 1.5 })],
  ['signed sequence zero', payload({ sequence: 0 })],
  ['signed sequence beyond 2^53', payload({ sequence: 2 ** 53 })],
  ['signed sequence as a string', payload({ sequence: '9' })],
  ['signature expiry not a time', payload({ expiresAt: 'never' })],
  ['signed app not a string', payload({ app: ['/app/business'] })],
];

describe('hostile input', () => {
  let cluster: ZkCluster;
  let zk: ZkClient;
  let agent: AgentProcess;
  let repo: GitRepo;
  let sandbox: string;
  let baseDir: string;
  let outside: string;
  const rows: string[] = [];

  beforeAll(async () => {
    cluster = await ZkCluster.start();
    zk = await ZkClient.connect({ connectString: cluster.connectString() });
    repo = await GitRepo.create({ files: { 'index.html': 'ok\n' } });
    sandbox = await mkdtemp(join(tmpdir(), 'zkdeploy-hostile-'));
    baseDir = join(sandbox, 'base');
    outside = join(sandbox, 'outside');
    await mkdir(baseDir);
    await mkdir(outside);
    await writeFile(join(outside, 'canary'), 'untouched\n');
    await symlink(outside, join(baseDir, 'escape'));
    agent = await AgentProcess.start({ zk: cluster.connectString(), host: 'target', baseDir });
    await eventually('agent registered', () => zk.exists(`${APP}/agents/target`).then((s) => s !== null));
  });
  afterAll(async () => {
    await agent?.stop();
    await zk?.close();
    await cluster?.stop();
    await repo?.remove();
    if (rows.length) console.log(`\n| case | state | error code |\n|---|---|---|\n${rows.join('\n')}\n`);
  });

  async function writeConfig(data: string | Buffer): Promise<number> {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    const current = await zk.get(`${APP}/config`);
    if (!current) {
      await zk.ensurePath(APP);
      await zk.create(`${APP}/config`, bytes);
      return 0;
    }
    return (await zk.set(`${APP}/config`, bytes, current.stat.version)).version;
  }

  it(`has at least forty cases (${CASES.length})`, () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES)('%s → rejected with a reason, nothing touched', async (name, data) => {
    const before = await snapshotTree(sandbox);
    const version = await writeConfig(data);
    const record = await eventually(`status for config version ${version}`, async () => {
      const node = await zk.get(`${APP}/status/target`);
      const r = node ? parseStatus(node.data, 'target') : null;
      return r && r.configVersion === version && r.state !== 'deploying' ? r : undefined;
    });
    rows.push(`| ${name} | ${record.state} | ${record.error?.code ?? '-'} |`);
    expect(record.state).toBe('rejected');
    expect(record.error?.code).toMatch(/^ERR_(PAYLOAD_INVALID|PATH_OUTSIDE_BASE|PAYLOAD_NOT_ALLOWED)$/);
    expect(record.error?.message.length).toBeGreaterThan(10);
    expect(diffSnapshots(before, await snapshotTree(sandbox))).toEqual([]);
    expect(agent.child.exitCode).toBeNull();
  });

  // issue 23, findings 3, 8, 9: a command's output, terminal escapes and passwords as hostile input (full versions: test/e2e/security-commands-display.test.ts)
  it.each<[string, () => Promise<void>]>([
    ['--check output echoing the agent\'s ZKDEPLOY_AUTH → redacted in the status record', async () => {
      const secret = 'agent:hostile-Pw-5e1f';
      const leaky = await AgentProcess.start({ zk: cluster.connectString(), host: 'leaky', app: '/hostile/s2', baseDir: join(sandbox, 'leaky-base'), env: { ZKDEPLOY_AUTH: secret },
        args: ['--check', `tr '\\0' '\\n' < /proc/$PPID/environ | grep ZKDEPLOY_AUTH; echo "own=\${ZKDEPLOY_AUTH:-none}"; exit 1`] });
      try {
        await zk.ensurePath('/hostile/s2');
        await zk.create('/hostile/s2/config', Buffer.from(json({ url: repo.url, commitId: await repo.head(), relativePath: 'app' })));
        const node = await eventually('leaky failed', async () => { const n = await zk.get('/hostile/s2/status/leaky'); return n && parseStatus(n.data, 'leaky')?.state === 'failed' ? n : undefined; });
        expect(node.data.toString()).toContain('ZKDEPLOY_AUTH=[REDACTED]');
        expect(node.data.toString()).toContain('own=none');
        expect(node.data.toString() + leaky.output).not.toContain('hostile-Pw-5e1f');
      } finally {
        await leaky.stop();
      }
    }],
    ['status error message with terminal escapes → zkdeploy status prints them escaped', async () => {
      const { runCli } = await import('@zkdeploy/test-support');
      await zk.ensurePath('/hostile/s2/status');
      await zk.create('/hostile/s2/status/evil', Buffer.from(json({ host: 'evil', state: 'failed', commitId: null, desiredCommitId: SHA, configVersion: 0, error: { code: 'ERR_CHECK_FAILED', message: 'x\u001b]0;pwned\u0007\u001b[2J' }, updatedAt: null, durationMs: 1, attempts: 1, agentVersion: '0.1.0' })));
      const r = await runCli(['--zk', cluster.connectString(), '--app', '/hostile/s2', 'status']);
      expect(r.stdout).toContain('x\\x1b]0;pwned\\x07\\x1b[2J');
      expect(r.stdout).not.toMatch(/[\u001b\u0007]/);
    }],
    ['publish --message with terminal escapes → exit 2, nothing written', async () => {
      const { runCli } = await import('@zkdeploy/test-support');
      const r = await runCli(['--zk', cluster.connectString(), '--app', '/hostile/s2-publish', 'publish', '--url', repo.url, '--commit', await repo.head(), '--path', 'app', '--message', '\u001b]0;x\u0007']);
      expect(r.code).toBe(2);
      expect(await zk.exists('/hostile/s2-publish/config')).toBeNull();
    }],
    ['--auth-file readable by others → exit 2, nothing written', async () => {
      const { runCli } = await import('@zkdeploy/test-support');
      await writeFile(join(sandbox, 'open.auth'), 'publisher:pw\n', { mode: 0o644 });
      const r = await runCli(['--zk', cluster.connectString(), '--app', '/hostile/s2-auth', '--auth-file', join(sandbox, 'open.auth'), 'init']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('refusing it');
      expect(await zk.exists('/hostile/s2-auth')).toBeNull();
    }],
  ])('%s', async (name, attack) => {
    await attack();
    rows.push(`| ${name} | refused | - |`);
  });

  // issue 23, findings 6 and 7: oversized trees, a stalled git server, base dirs another user could write (full versions: test/e2e/security-basedir-limits.test.ts)
  /** A bare repository of a few kilobytes whose commit names one blob of `bytes` bytes under `files` paths (git fast-import). */
  const treeBomb = async (files: number, bytes: number): Promise<{ url: string; commit: string }> => {
    const { execFileSync } = await import('node:child_process');
    const bare = await mkdtemp(join(sandbox, 'bomb-'));
    execFileSync('git', ['init', '-q', '--bare', bare]);
    const lines = ['blob', 'mark :1', `data ${bytes}`, 'x'.repeat(bytes), 'commit refs/heads/main', 'committer t <t@t> 0 +0000', 'data 5', 'bomb'];
    for (let i = 0; i < files; i++) lines.push(`M 100644 :1 d${i % 1000}/f${i}`);
    execFileSync('git', ['fast-import', '--quiet'], { cwd: bare, input: `${lines.join('\n')}\n`, maxBuffer: 64 * 1024 * 1024 });
    return { url: `file://${bare}`, commit: execFileSync('git', ['rev-parse', 'main'], { cwd: bare, encoding: 'utf8' }).trim() };
  };
  const tooLarge = async (bomb: { url: string; commit: string }, figure: RegExp): Promise<void> => {
    const version = await writeConfig(json({ url: bomb.url, commitId: bomb.commit, relativePath: 'bomb' }));
    const record = await eventually('tree limit failure', async () => {
      const node = await zk.get(`${APP}/status/target`);
      const r = node ? parseStatus(node.data, 'target') : null;
      return r && r.configVersion === version && r.state === 'failed' ? r : undefined;
    });
    expect(record.error).toMatchObject({ code: 'ERR_TREE_TOO_LARGE', class: 'stalling' });
    expect(record.error?.message).toMatch(figure);
    expect(await stat(join(baseDir, 'bomb')).catch(() => null)).toBeNull();
  };
  const refusedBaseDir = async (name: string, prepare: (base: string) => Promise<void>, why: RegExp): Promise<void> => {
    const base = join(sandbox, `unsafe-${name}`);
    await mkdir(base, { mode: 0o755 });
    await prepare(base);
    const before = await snapshotTree(base);
    const refused = await AgentProcess.start({ zk: cluster.connectString(), host: `unsafe-${name}`, app: '/hostile/s5', baseDir: base });
    expect(await refused.exit()).toBe(2);
    expect(refused.output).toMatch(why);
    expect(diffSnapshots(before, await snapshotTree(base))).toEqual([]);
  };
  const asRoot = process.geteuid?.() === 0;
  const chmod = async (path: string, mode: number): Promise<void> => (await import('node:fs/promises')).chmod(path, mode);
  it.each<[string, () => Promise<void>]>([
    ['commit naming 100,001 files, from a repository of a few kilobytes → failed ERR_TREE_TOO_LARGE, nothing checked out', async () => {
      await tooLarge(await treeBomb(100_001, 2), /has 100,001 files, over this agent's limit of 100,000 \(--max-tree-files\); nothing was checked out$/);
    }],
    ['one 4 MiB blob named 640 times (2.5 GiB to write) → failed ERR_TREE_TOO_LARGE, nothing checked out', async () => {
      await tooLarge(await treeBomb(640, 4 * 1024 * 1024), /would write 2,684,354,560 bytes, over this agent's limit of 2,147,483,648 bytes \(--max-tree-bytes\)/);
    }],
    ['git server that accepts and never answers → failed by the low-speed limit (--git-low-speed-time 2), not the git timeout', async () => {
      const { createServer } = await import('node:net');
      const silent = createServer((socket) => socket.resume());
      await new Promise<void>((r) => silent.listen(0, '127.0.0.1', () => r()));
      const port = (silent.address() as { port: number }).port;
      const slow = await AgentProcess.start({ zk: cluster.connectString(), host: 'slow', app: '/hostile/s5-stall', baseDir: join(sandbox, 'slow-base'), args: ['--git-low-speed-time', '2', '--git-timeout', '120'] });
      try {
        await zk.ensurePath('/hostile/s5-stall');
        const published = Date.now();
        await zk.create('/hostile/s5-stall/config', Buffer.from(json({ url: `http://127.0.0.1:${port}/app.git`, commitId: SHA, relativePath: 'app' })));
        const record = await eventually('slow failed', async () => { const n = await zk.get('/hostile/s5-stall/status/slow'); const r = n ? parseStatus(n.data, 'slow') : null; return r?.state === 'failed' ? r : undefined; }, 30_000);
        expect(record.error?.message).toMatch(/Operation too slow\. Less than 1000 bytes\/sec transferred the last 2 seconds/);
        expect(Date.now() - published).toBeLessThan(30_000);
      } finally {
        await slow.stop();
        silent.close();
      }
    }],
    ['base dir mode 0777 → the agent refuses to start (exit 2), writes nothing', async () => {
      await refusedBaseDir('0777', (base) => chmod(base, 0o777), /base dir .* is writable by group or others \(mode 0777\)/);
    }],
    ['base dir mode 1777 (sticky, like /tmp) → refuses to start (exit 2)', async () => {
      await refusedBaseDir('1777', (base) => chmod(base, 0o1777), /base dir .* is writable by group or others \(mode 01777\)/);
    }],
    ['.zkdeploy mode 0777 → refuses to start (exit 2)', async () => {
      await refusedBaseDir('agentdir-0777', async (base) => { await mkdir(join(base, '.zkdeploy')); await chmod(join(base, '.zkdeploy'), 0o777); }, /\.zkdeploy is writable by group or others \(mode 0777\)/);
    }],
    ['.zkdeploy a symlink to a directory outside → refuses to start (exit 2), nothing written there', async () => {
      await refusedBaseDir('agentdir-link', (base) => symlink(outside, join(base, '.zkdeploy')), /\.zkdeploy is not a plain directory \(a symlink\?\)/);
      expect(await readdir(outside)).toEqual(['canary']);
    }],
    ...(asRoot
      ? ([['.zkdeploy made first by another local user (uid 65534) → refuses to start (exit 2)', async () => {
          const { chown } = await import('node:fs/promises');
          await refusedBaseDir('agentdir-nobody', async (base) => { await mkdir(join(base, '.zkdeploy'), { mode: 0o700 }); await chown(join(base, '.zkdeploy'), 65534, 65534); }, /\.zkdeploy is owned by uid 65534, not by the agent's user \(uid 0\): another user made it/);
        }]] as [string, () => Promise<void>][])
      : []),
  ])('%s', async (name, attack) => {
    await attack();
    const code = /ERR_[A-Z_]+/.exec(name)?.[0] ?? (/base dir|\.zkdeploy/.test(name) ? 'ERR_BASE_DIR_UNSAFE (exit 2)' : 'ERR_GIT_FAILED');
    rows.push(`| ${name} | ${code === 'ERR_BASE_DIR_UNSAFE (exit 2)' ? 'refused to start' : 'failed'} | ${code} |`);
  });

  it('keeps serving: the next valid payload deploys', async () => {
    const commit = await repo.head();
    await writeConfig(json({ url: repo.url, commitId: commit, relativePath: 'app' }));
    await eventually('deployed', async () => (await headOf(join(baseDir, 'app'))) === commit);
  });

  it('deploys a repository with a submodule, outward symlinks and hooks without fetching, following or running them', async () => {
    const inner = await GitRepo.create({ files: { 'secret.txt': 'inner\n' } });
    const hostile = await GitRepo.create({ files: { 'index.html': 'hostile\n' } });
    // A HOME whose git config would run a post-checkout hook: the agent's git must not.
    const home = join(sandbox, 'home');
    const hooks = join(sandbox, 'hooks');
    const marker = join(sandbox, 'hook-ran');
    await mkdir(home);
    await mkdir(hooks);
    await writeFile(join(hooks, 'post-checkout'), `#!/bin/sh\ntouch ${marker}\n`, { mode: 0o755 });
    await writeFile(join(home, '.gitconfig'), `[core]\n\thooksPath = ${hooks}\n`);
    const hooked = await AgentProcess.start({ zk: cluster.connectString(), host: 'hooked', baseDir: join(sandbox, 'hooked-base'), env: { HOME: home } });
    try {
      await git(hostile.work, ['-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', inner.url, 'vendor/inner']);
      await symlink('/etc/passwd', join(hostile.work, 'passwd-link'));
      await symlink('../../outside/canary', join(hostile.work, 'canary-link'));
      const commit = await hostile.commit({ 'index.html': 'hostile v2\n' }, 'hostile content');
      // Control: plain git with that HOME does run the hook, so the check below can fail.
      await git(sandbox, ['clone', '-q', hostile.bare, join(sandbox, 'control')], { HOME: home });
      expect(await stat(marker).then(() => true)).toBe(true);
      await rm(marker);
      await rm(join(sandbox, 'control'), { recursive: true });

      const before = await snapshotTree(outside);
      await writeConfig(json({ url: hostile.url, commitId: commit, relativePath: 'hostile' }));
      const target = join(sandbox, 'hooked-base', 'hostile');
      // The ok record is written after the swap that moves HEAD: wait for the record, then check HEAD.
      await eventually('hostile repo reported ok', async () => {
        const record = parseStatus((await zk.get(`${APP}/status/hooked`))?.data, 'hooked');
        return record?.state === 'ok' && record.commitId === commit;
      });
      expect(await headOf(target)).toBe(commit);
      expect(await readdir(join(target, 'vendor/inner'))).toEqual([]); // submodule never fetched
      expect(await readlink(join(target, 'passwd-link'))).toBe('/etc/passwd'); // kept as a link, not followed
      expect(await stat(marker).then(() => true, () => false)).toBe(false); // hook never ran
      expect(diffSnapshots(before, await snapshotTree(outside))).toEqual([]);
      expect(await readFile(join(outside, 'canary'), 'utf8')).toBe('untouched\n');
    } finally {
      await hooked.stop();
      await inner.remove();
      await hostile.remove();
    }
  });
});

// Hostile peers: znodes written with another host's identity (issue 23, finding 5).
describeHostForgeries();
