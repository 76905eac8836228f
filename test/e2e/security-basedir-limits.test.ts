/**
 * Attack replays for issue 23, findings 6 and 7, against a real ZooKeeper,
 * real agent processes and real git servers:
 *   - a second local user (uid 65534, `nobody`) makes `.zkdeploy` first in
 *     a shared base dir, or tries to swap a release under a running agent;
 *   - a smart-HTTP server that answers the ref advertisement and then stalls
 *     in the middle of the pack;
 *   - a tiny repository whose commit names thousands of files (a limit set
 *     low here, instead of the 240,000 files of the finding);
 *   - a release with more directories than the drift watches allowed.
 * The second-local-user cases need root (to chown to another uid, and to run
 * a process as it); they are skipped, with that reason, otherwise.
 */
import { execFile, execFileSync, spawn } from 'node:child_process';
import { chmod, chown, lstat, mkdir, mkdtemp, readFile, readdir, readlink, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentHarness, AgentProcess, eventually, type GitRepo } from '@zkdeploy/test-support';

const NOBODY = 65534;
const asRoot = process.geteuid?.() === 0;
const execFileAsync = promisify(execFile);

/** Runs `script` with sh as the second local user; resolves with its exit code and stderr. */
function asNobody(script: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', script], { uid: NOBODY, gid: NOBODY, cwd: '/', stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

/** A sandbox the second local user can traverse (mkdtemp makes it 0700). */
async function sandbox(name: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `zkdeploy-sec-${name}-`));
  await chmod(dir, 0o755);
  return dir;
}

/** Waits for an agent that must refuse to start; returns its exit code and output. */
async function refusedStart(h: AgentHarness, host: string, baseDir: string): Promise<{ code: number | null; output: string }> {
  const agent = await AgentProcess.start({ zk: h.connectString, host, baseDir, app: '/sec/basedir' });
  const code = await Promise.race([agent.exit(), new Promise<'running'>((r) => setTimeout(() => r('running'), 20_000))]);
  if (code === 'running') await agent.stop();
  return { code: code === 'running' ? null : code, output: agent.output };
}

/**
 * A smart-HTTP git server that sends the real ref advertisement of `bare`
 * and then, asked for a pack, sends the response headers and stalls: a
 * server that accepts and never finishes.
 */
async function stallingGitServer(bare: string): Promise<{ url: string; packRequests: () => number; close: () => Promise<void> }> {
  let packRequests = 0;
  const open = new Set<import('node:http').ServerResponse>();
  const server: Server = createServer((req, res) => {
    if (req.method === 'GET' && req.url?.includes('/info/refs?service=git-upload-pack')) {
      const refs = execFileSync('git', ['upload-pack', '--stateless-rpc', '--advertise-refs', bare]);
      const banner = '# service=git-upload-pack\n';
      res.writeHead(200, { 'Content-Type': 'application/x-git-upload-pack-advertisement', 'Cache-Control': 'no-cache' });
      res.end(Buffer.concat([Buffer.from(`${(banner.length + 4).toString(16).padStart(4, '0')}${banner}0000`), refs]));
      return;
    }
    if (req.method === 'POST' && req.url?.endsWith('/git-upload-pack')) {
      packRequests++;
      req.resume();
      res.writeHead(200, { 'Content-Type': 'application/x-git-upload-pack-result', 'Cache-Control': 'no-cache' });
      res.write('0008NAK\n');
      open.add(res); // and nothing more: the pack never comes
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}/app.git`,
    packRequests: () => packRequests,
    close: async () => {
      for (const res of open) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/**
 * A bare repository whose one commit names one small blob under `files`
 * paths in `dirs` directories (git stores it once): a repository of a few
 * kilobytes that would write every one of those files.
 */
async function manyFilesRepo(dir: string, files: number, dirs: number): Promise<{ url: string; commit: string }> {
  const bare = join(dir, 'many.git');
  await execFileAsync('git', ['init', '-q', '--bare', bare]);
  const lines = ['blob', 'mark :1', 'data 3', 'hi', 'commit refs/heads/main', 'committer t <t@t> 0 +0000', 'data 5', 'many'];
  for (let i = 0; i < files; i++) lines.push(`M 100644 :1 d${i % dirs}/f${i}.txt`);
  execFileSync('git', ['fast-import', '--quiet'], { cwd: bare, input: `${lines.join('\n')}\n` });
  const commit = execFileSync('git', ['rev-parse', 'main'], { cwd: bare, encoding: 'utf8' }).trim();
  return { url: `file://${bare}`, commit };
}

describe('security: base dir ownership and resource limits (issue 23, findings 6 and 7)', () => {
  let h: AgentHarness;
  let repo: GitRepo;
  let v1: string;

  beforeAll(async () => {
    h = await AgentHarness.start({ 'index.html': 'v1\n' });
    repo = h.repo;
    v1 = await repo.head();
  });
  afterAll(async () => h?.stop());

  it('refuses to start in a group- or world-writable base dir, sticky or not, exit 2, nothing written', async () => {
    const box = await sandbox('open');
    for (const mode of [0o777, 0o1777, 0o775]) {
      const base = join(box, `base-${mode.toString(8)}`);
      await mkdir(base);
      await chmod(base, mode);
      const { code, output } = await refusedStart(h, `open-${mode.toString(8)}`, base);
      expect(code).toBe(2);
      expect(output).toMatch(/zkdeploy-agent: base dir .* is writable by group or others \(mode 0?1?77[57]\), so another user could put their own release there \(.*chmod go-w/);
      expect(await readdir(base)).toEqual([]);
    }
  });

  describe.skipIf(!asRoot)('with a second local user, uid 65534 (needs root: skipped otherwise)', () => {
    it('replay: another user makes .zkdeploy first (0777) with their release in it; the agent refuses to start, reports nothing', async () => {
      const box = await sandbox('first');
      const base = join(box, 'base');
      await mkdir(base, { mode: 0o777 });
      await chmod(base, 0o777);
      // The attack, as that user: .zkdeploy first, world-writable, with a "release" of their own.
      const made = await asNobody(`umask 000 && mkdir ${base}/.zkdeploy && mkdir -p ${base}/.zkdeploy/checkouts/evil && echo pwned > ${base}/.zkdeploy/checkouts/evil/index.html`);
      expect(made).toEqual({ code: 0, stderr: '' });
      expect((await stat(join(base, '.zkdeploy'))).uid).toBe(NOBODY);
      // The operator tightens the base dir, but the other user's .zkdeploy is still there.
      await chmod(base, 0o755);
      await h.publish({ url: repo.url, commitId: v1, relativePath: 'app' }, '/sec/basedir');
      const { code, output } = await refusedStart(h, 'first-1', base);
      expect(code).toBe(2);
      expect(output).toMatch(/\.zkdeploy is owned by uid 65534, not by the agent's user \(uid 0\): another user made it, and may have put a release in it \(inspect it, then remove it/);
      expect(await h.status('first-1', '/sec/basedir')).toBeNull();
      expect(await lstat(join(base, 'app')).catch(() => null)).toBeNull();
    });

    it('replay: another user tries to swap a release under a running agent; every directory of the agent refuses them', async () => {
      const box = await sandbox('swap');
      const base = join(box, 'base');
      await mkdir(base, { mode: 0o755 });
      await h.agent({ host: 'swap-1', baseDir: base, app: '/sec/swap' });
      const version = await h.publish({ url: repo.url, commitId: v1, relativePath: 'app' }, '/sec/swap');
      await h.waitOk('swap-1', v1, version, 30_000, '/sec/swap');
      const release = join(base, await readlink(join(base, 'app')));
      const agentDir = join(base, '.zkdeploy');
      expect((await stat(agentDir)).mode & 0o777).toBe(0o711);
      const attempts = [
        `mkdir ${agentDir}/evil`,
        `ls ${agentDir}`,
        `mv ${agentDir}/checkouts ${agentDir}/gone`,
        `ln -sfn /tmp ${join(base, 'app')}`,
        `echo pwned > ${release}/index.html`,
        `echo pwned > ${release}.json`,
      ];
      for (const attempt of attempts) {
        const result = await asNobody(attempt);
        expect(result.code, attempt).not.toBe(0);
        expect(result.stderr, attempt).toMatch(/Permission denied|cannot open directory/);
      }
      // Deployed files stay readable by other users (releases are made as the umask says).
      expect(await asNobody(`cat ${join(base, 'app', 'index.html')} > /dev/null`)).toEqual({ code: 0, stderr: '' });
      expect(await readFile(join(base, 'app', 'index.html'), 'utf8')).toBe('v1\n');
      expect((await h.status('swap-1', '/sec/swap'))?.state).toBe('ok');
    });

    it('refuses a base dir under a parent another user owns (they could rename it away and put theirs in its place)', async () => {
      const box = await sandbox('parent');
      await mkdir(join(box, 'theirs', 'base'), { recursive: true, mode: 0o755 });
      await chown(join(box, 'theirs'), NOBODY, NOBODY);
      const { code, output } = await refusedStart(h, 'parent-1', join(box, 'theirs', 'base'));
      expect(code).toBe(2);
      expect(output).toMatch(/theirs, a parent of base dir .* is owned by uid 65534, not by the agent's user \(uid 0\) or root: that user could replace the base dir/);
      expect(await readdir(join(box, 'theirs', 'base'))).toEqual([]);
    });
  });

  if (!asRoot) it.skip('second-local-user replays need root (to chown to uid 65534 and run a process as it)', () => undefined);

  it('replay: a smart-HTTP server stalls mid-pack; the fetch fails by the low-speed limit, far before --git-timeout, and the next publish deploys', async () => {
    const server = await stallingGitServer(repo.bare);
    try {
      await h.agent({ host: 'stall-1', app: '/sec/stall', args: ['--git-low-speed-time', '2', '--git-timeout', '120'] });
      const published = Date.now();
      const version = await h.publish({ url: server.url, commitId: v1, relativePath: 'app' }, '/sec/stall');
      const failed = await h.waitStatus('stall-1', 'failed by the low-speed limit', (r) => r.configVersion === version && r.state === 'failed', 40_000, '/sec/stall');
      const tookMs = Date.now() - published;
      expect(server.packRequests()).toBeGreaterThan(0); // it got as far as asking for the pack
      expect(failed.error?.message).toMatch(/git fetch failed \(exit 128\): error: RPC failed; curl 28 Operation too slow\. Less than 1000 bytes\/sec transferred the last 2 seconds\n/);
      expect(tookMs).toBeLessThan(30_000); // the 120 s git timeout never came into it
      const corrected = await h.publish({ url: repo.url, commitId: v1, relativePath: 'app' }, '/sec/stall');
      await h.waitOk('stall-1', v1, corrected, 30_000, '/sec/stall');
    } finally {
      await server.close();
    }
  });

  it('replay: a tiny repository whose commit names more files than --max-tree-files is failed (stalling) with the figure, nothing checked out', async () => {
    const box = await sandbox('tree');
    const many = await manyFilesRepo(box, 3000, 600);
    const base = join(box, 'base');
    await h.agent({ host: 'tree-1', baseDir: base, app: '/sec/tree', args: ['--max-tree-files', '1000'] });
    const version = await h.publish({ url: many.url, commitId: many.commit, relativePath: 'app' }, '/sec/tree');
    const record = await h.waitStatus('tree-1', 'failed by the tree limit', (r) => r.configVersion === version && r.state === 'failed', 30_000, '/sec/tree');
    expect(record.error).toMatchObject({ code: 'ERR_TREE_TOO_LARGE', class: 'stalling' });
    expect(record.error?.message).toMatch(new RegExp(`commit ${many.commit} has (more than )?[\\d,]+ files, over this agent's limit of 1,000 \\(--max-tree-files\\); nothing was checked out`));
    expect(await lstat(join(base, 'app')).catch(() => null)).toBeNull();
    // No release holds any of those files.
    const checkouts = join(base, '.zkdeploy', 'checkouts');
    for (const store of await readdir(checkouts)) {
      for (const release of await readdir(join(checkouts, store, 'releases')).catch(() => [] as string[])) {
        expect(await readdir(join(checkouts, store, 'releases', release)).catch(() => [])).not.toContain('d0');
      }
    }
    // A commit within the limit deploys.
    const fine = await h.publish({ url: repo.url, commitId: v1, relativePath: 'app' }, '/sec/tree');
    await h.waitOk('tree-1', v1, fine, 30_000, '/sec/tree');
  });

  it('a release with more directories than --max-drift-watches: drift in an unwatched directory is still reported by the resync git status, and its undoing too', async () => {
    const files: Record<string, string> = { 'index.html': 'v1\n' };
    for (let i = 0; i < 12; i++) files[`d${i}/sub/conf.ini`] = `n=${i}\n`;
    const wide = await h.repo.commit(files, 'twelve directories');
    const base = await mkdtemp(join(tmpdir(), 'zkdeploy-sec-watch-'));
    const resyncS = 2;
    const agent = await h.agent({ host: 'watch-1', baseDir: base, app: '/sec/watch', args: ['--max-drift-watches', '3', '--resync', String(resyncS)] });
    const version = await h.publish({ url: repo.url, commitId: wide, relativePath: 'app' }, '/sec/watch');
    await h.waitOk('watch-1', wide, version, 30_000, '/sec/watch');
    await eventually('cap reported in the log', async () => agent.output.includes('more directories than --max-drift-watches') || undefined);
    // The root and two of the twelve top directories are watched: no d*/sub is.
    const file = join(base, 'app', 'd7', 'sub', 'conf.ini');
    const edited = Date.now();
    await writeFile(file, 'n=tampered\n');
    const drifted = await h.waitStatus('watch-1', 'drifted', (r) => r.state === 'drifted', 15_000, '/sec/watch');
    // Documented: within one resync (jittered +20%), plus the git status that finds it and the status write.
    expect(Date.now() - edited).toBeLessThan(resyncS * 1200 + 2000);
    expect(drifted.error).toMatchObject({ code: 'ERR_DRIFTED', paths: ['d7/sub/conf.ini'] });
    await writeFile(file, 'n=7\n');
    await h.waitOk('watch-1', wide, version, 15_000, '/sec/watch');
  });
});
