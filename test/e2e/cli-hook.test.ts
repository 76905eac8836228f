import { access, constants, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZkClient, parsePayload } from '@zkdeploy/shared';
import { AgentProcess, eventually, git, GitRepo, headOf, runCli, ZkCluster } from '@zkdeploy/test-support';

const APP = '/t/hook';

describe('zkdeploy install-hook and hook post-receive: real git pushes to a bare repository', () => {
  let cluster: ZkCluster;
  let zk: ZkClient;
  let repo: GitRepo;
  const agents: AgentProcess[] = [];
  const cli = (args: string[], input?: string) => runCli(['--zk', cluster.connectString(), '--app', APP, ...args], { input });
  const config = async () => {
    const node = await zk.get(`${APP}/config`);
    return node ? { version: node.stat.version, payload: parsePayload(node.data) } : null;
  };
  /** Pushes from the work tree; returns git's combined output (hook output arrives as "remote:" lines). */
  const push = async (...args: string[]): Promise<string> => {
    const { execFile } = await import('node:child_process');
    return new Promise((resolve, reject) => {
      const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_') && !k.startsWith('ZKDEPLOY_')));
      execFile('git', ['push', ...args], { cwd: repo.work, env }, (err, stdout, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout + stderr)));
    });
  };
  const commitLocal = async (file: string, content: string, message: string): Promise<string> => {
    await writeFile(join(repo.work, file), content);
    await git(repo.work, ['add', '-A']);
    await git(repo.work, ['commit', '-q', '-m', message]);
    return git(repo.work, ['rev-parse', 'HEAD']);
  };

  beforeAll(async () => {
    cluster = await ZkCluster.start();
    zk = await ZkClient.connect({ connectString: cluster.connectString() });
    repo = await GitRepo.create({ files: { 'app.txt': 'v1\n' } });
    for (const host of ['web-1', 'web-2']) agents.push(await AgentProcess.start({ zk: cluster.connectString(), host, app: APP }));
    await eventually('two live agents', async () => ((await zk.children(`${APP}/agents`)) ?? []).length === 2);
  });
  afterAll(async () => {
    await Promise.all(agents.map((a) => a.stop()));
    await zk?.close();
    await cluster?.stop();
    await repo?.remove();
  });

  it('installs an executable hook; a push to main publishes and --wait in the hook reports the fleet converged', async () => {
    const installed = await cli(['install-hook', '--repo', repo.bare, '--url', repo.url, '--path', 'srv/app', '--wait', '--timeout', '40']);
    expect(installed.stderr).toBe('');
    expect(installed.code).toBe(0);
    const hook = join(repo.bare, 'hooks', 'post-receive');
    await access(hook, constants.X_OK);
    expect(await readFile(hook, 'utf8')).toContain(`'--app' '${APP}'`);

    const commit = await commitLocal('app.txt', 'v2\n', 'second version');
    const output = await push('origin', 'HEAD:main');
    expect(output).toContain(`remote: zkdeploy: published ${commit} (refs/heads/main) to ${APP} as version 0`);
    expect(output).toMatch(/remote: converged: 2\/2 ok/);
    expect(await config()).toMatchObject({ version: 0, payload: { commitId: commit, ref: 'refs/heads/main', message: 'second version' } });
    for (const a of agents) expect(await headOf(join(a.spec.baseDir, 'srv/app'))).toBe(commit);
  });

  it('ignores pushes of other branches and deletions; handles several refs in one push', async () => {
    const before = await config();
    const feature = await commitLocal('app.txt', 'feature\n', 'feature work');
    const out = await push('origin', 'HEAD:refs/heads/feature');
    expect(out).toContain('remote: zkdeploy: no update to refs/heads/main in this push; nothing published');
    const deleted = await push('origin', '--delete', 'feature');
    expect(deleted).toContain('remote: zkdeploy: no update to refs/heads/main');
    expect((await config())?.version).toBe(before?.version);

    // main and another branch in one push: only main is published.
    const both = await push('origin', `${feature}:refs/heads/main`, `${feature}:refs/heads/other`);
    expect(both).toContain(`remote: zkdeploy: published ${feature} (refs/heads/main)`);
    expect(await config()).toMatchObject({ version: (before?.version ?? 0) + 1, payload: { commitId: feature } });

    // Deleting main itself never unpublishes.
    const r = await cli(['hook', 'post-receive', '--url', repo.url, '--path', 'srv/app', '--git-dir', repo.bare], `${feature} ${'0'.repeat(40)} refs/heads/main\n`);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('refs/heads/main was deleted; the fleet keeps its current config; nothing published');
    expect((await config())?.version).toBe((before?.version ?? 0) + 1);
  });

  it('refuses a pushed commit that does not descend from the published one (racing pushes), unless --force', async () => {
    const published = await config();
    // A commit on a side line that lacks the published commit, as a slower racing push would bring.
    const base = await git(repo.work, ['rev-parse', `${published?.payload.commitId}~1`]);
    await git(repo.work, ['checkout', '-q', '-b', 'stale', base]);
    const stale = await commitLocal('app.txt', 'stale\n', 'stale line');
    const out = await push('--force', 'origin', 'HEAD:main');
    expect(out).toContain(`remote: zkdeploy: refusing to publish ${stale.slice(0, 12)} from refs/heads/main: it does not descend from ${published?.payload.commitId.slice(0, 12)}`);
    expect(out).toContain('nothing was written');
    expect((await config())?.version).toBe(published?.version);

    const forced = await cli(['hook', 'post-receive', '--url', repo.url, '--path', 'srv/app', '--git-dir', repo.bare, '--force'], `${published?.payload.commitId} ${stale} refs/heads/main\n`);
    expect(forced.code).toBe(0);
    expect(await config()).toMatchObject({ version: (published?.version ?? 0) + 1, payload: { commitId: stale } });
  });

  it('refuses a commit when the published one from the same URL is unknown to the repository; malformed input is exit 2', async () => {
    const current = await config();
    const unknown = 'a'.repeat(40);
    const set = await cli(['publish', '--url', repo.url, '--commit', unknown, '--path', 'srv/app']);
    expect(set.code).toBe(0);
    const head = await git(repo.bare, ['rev-parse', 'main']);
    const r = await cli(['hook', 'post-receive', '--url', repo.url, '--path', 'srv/app', '--git-dir', repo.bare], `${head} ${head} refs/heads/main\n`);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('this repository does not contain aaaaaaaaaaaa');
    expect((await config())?.version).toBe((current?.version ?? 0) + 1);

    const bad = await cli(['hook', 'post-receive', '--url', repo.url, '--path', 'srv/app', '--git-dir', repo.bare], 'not a ref line\n');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('post-receive input line 1 is not "<old-sha> <new-sha> <refname>"');
  });

  it('install-hook refuses to overwrite a foreign hook unless --force, and refuses a path that is not a repository', async () => {
    const hook = join(repo.bare, 'hooks', 'post-receive');
    await writeFile(hook, '#!/bin/sh\necho mine\n', { mode: 0o755 });
    const r = await cli(['install-hook', '--repo', repo.bare, '--url', repo.url, '--path', 'srv/app']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('already exists and was not written by zkdeploy; nothing was changed');
    expect(await readFile(hook, 'utf8')).toBe('#!/bin/sh\necho mine\n');
    const forced = await cli(['install-hook', '--repo', repo.bare, '--url', repo.url, '--path', 'srv/app', '--force']);
    expect(forced.code).toBe(0);
    expect(await readFile(hook, 'utf8')).toContain('zkdeploy-hook');
    const notRepo = await cli(['install-hook', '--repo', repo.root, '--url', repo.url, '--path', 'srv/app']);
    expect(notRepo.code).toBe(2);
    expect(notRepo.stderr).toContain('is not a git repository');
  });
});
