/**
 * Issue 23, findings 1 and 2, replayed against real agents and real git
 * servers (smart HTTP, https, git daemon): the URL allowlist bypasses (a
 * user part posing as the allowed host, another port of the allowed host,
 * `..` and `%2e%2e` segments over http and file://) and the https password
 * sent to any host or over plain http. Each attack's URL is first shown to
 * work with plain git (so the attack is real and the test can fail); the
 * agent must refuse it.
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENT_BIN, AgentHarness, checkoutState, git, GitDaemon, gitHomeTrusting, GitHttpServer, selfSignedCertificate, tempBaseDir } from '@zkdeploy/test-support';

const PASSWORD = 'very-secret-token';
const CREDENTIALS = { ZKDEPLOY_GIT_USERNAME: 'deploy', ZKDEPLOY_GIT_PASSWORD: PASSWORD };

function runAgent(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('ZKDEPLOY_')));
    const child = spawn(process.execPath, [AGENT_BIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...clean, ...env } });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

/** Everything in a base dir but the agent's own bookkeeping under `.zkdeploy`. */
async function deployedFiles(dir: string): Promise<string[]> {
  const all = (await readdir(dir, { recursive: true })) as string[];
  return all.filter((p) => p !== '.zkdeploy' && !p.startsWith('.zkdeploy/')).sort();
}

describe('security: --allow-url cannot be bypassed', () => {
  let h: AgentHarness;
  let served: string;
  let server: GitHttpServer;
  let daemon: GitDaemon;
  let guardedBase: string;
  let attackerCommit: string;

  beforeAll(async () => {
    h = await AgentHarness.start();
    // A served root holding the allowed organisation and, beside it, the attacker's repository.
    served = await tempBaseDir('served');
    await mkdir(join(served, 'myorg'));
    await git(served, ['clone', '-q', '--bare', h.repo.bare, join(served, 'myorg', 'app.git')]);
    attackerCommit = await h.repo.commit({ 'app.txt': 'attacker\n' }, 'attacker content');
    await git(served, ['clone', '-q', '--bare', h.repo.bare, join(served, 'attacker', 'repo.git')]);
    server = await GitHttpServer.serve(served);
    daemon = await GitDaemon.start(join(served, 'attacker', 'repo.git'));
    guardedBase = await tempBaseDir('guarded');
    // `git://127.0.0.1` names the default port (9418): the daemon on another port is not allowed.
    const allow = ['http://git.example.com', 'git://127.0.0.1', server.url('myorg/'), `file://${served}/myorg/`];
    await h.agent({ host: 'guarded', baseDir: guardedBase, args: allow.flatMap((u) => ['--allow-url', u]) });
  });
  afterAll(async () => {
    await server?.stop();
    await daemon?.halt();
    await h?.stop();
  });

  it('still deploys from an allowed URL (the entries admit what they name)', async () => {
    const commit = await git(served, ['--git-dir', join(served, 'myorg', 'app.git'), 'rev-parse', 'HEAD']);
    const version = await h.publish({ url: server.url('myorg/app.git'), commitId: commit, relativePath: 'srv/app' });
    await h.waitOk('guarded', commit, version);
  });

  it.each([
    ['a user part posing as the allowed host', () => `http://git.example.com:x@127.0.0.1:${server.port}/attacker/repo.git`, 'ERR_PAYLOAD_NOT_ALLOWED', /is not allowed by this agent's --allow-url list/],
    ['another port of the allowed host over git://', () => daemon.urlOf('repo.git'), 'ERR_PAYLOAD_NOT_ALLOWED', /is not allowed by this agent's --allow-url list/],
    ['a .. segment over http', () => server.url('myorg/../attacker/repo.git'), 'ERR_PAYLOAD_INVALID', /its path has a "\.\." segment/],
    ['a %2e%2e segment over http', () => server.url('myorg/%2e%2e/attacker/repo.git'), 'ERR_PAYLOAD_INVALID', /its path contains "%2e"/],
    ['a .. segment in a file URL', () => `file://${served}/myorg/../attacker/repo.git`, 'ERR_PAYLOAD_INVALID', /its path has a "\.\." segment/],
  ])('refuses %s, which git itself resolves to the attacker repository', async (_name, attackUrl, code, message) => {
    const url = attackUrl();
    // The attack is real: plain git reaches the attacker's repository through this URL.
    expect(await git(served, ['ls-remote', url, 'refs/heads/main'])).toContain(attackerCommit);
    const before = await deployedFiles(guardedBase);
    const requests = server.requests.length;
    const version = await h.publish({ url, commitId: attackerCommit, relativePath: 'srv/attacked' });
    const record = await h.waitStatus('guarded', `rejected at ${version}`, (r) => r.configVersion === version && r.state !== 'deploying');
    expect(record.state).toBe('rejected');
    expect(record.error?.code).toBe(code);
    expect(record.error?.message).toMatch(message);
    expect(await deployedFiles(guardedBase)).toEqual(before);
    expect(server.requests.length).toBe(requests); // refused before any network access
  });

  it('refuses an unsafe --allow-url entry at startup with exit 2', async () => {
    const dots = await runAgent(['--zk', h.connectString, '--allow-url', 'file:///srv/git/../../']);
    expect(dots.code).toBe(2);
    expect(dots.stderr).toMatch(/--allow-url file:\/\/\/srv\/git\/\.\.\/\.\.\/ cannot be used: its path has a "\.\." segment/);
    const bare = await runAgent(['--zk', h.connectString, '--allow-url', 'git.example.com']);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toMatch(/--allow-url git\.example\.com cannot be used: it is neither a URL/);
  });
});

describe('security: the https git password stays with its hosts', () => {
  let h: AgentHarness;
  let secure: GitHttpServer;
  let plainAttacker: GitHttpServer;
  let tlsAttacker: GitHttpServer;
  let base: string;

  beforeAll(async () => {
    h = await AgentHarness.start();
    const tls = await selfSignedCertificate();
    secure = await GitHttpServer.start(h.repo.bare, 'deploy', PASSWORD, { tls });
    // Attackers that demand Basic auth and record whatever Authorization header they get.
    plainAttacker = await GitHttpServer.serve(dirname(h.repo.bare), { auth: { user: 'attacker', password: 'wants-yours' } });
    tlsAttacker = await GitHttpServer.serve(dirname(h.repo.bare), { auth: { user: 'attacker', password: 'wants-yours' }, tls });
    base = await tempBaseDir('creds');
    const allow = [secure.url(''), plainAttacker.url(''), tlsAttacker.url('')];
    await h.agent({
      host: 'creds',
      baseDir: base,
      args: [...allow.flatMap((u) => ['--allow-url', u]), '--git-credential-host', `127.0.0.1:${secure.port}`],
      env: { ...CREDENTIALS, HOME: await gitHomeTrusting(tls.certFile) },
    });
  });
  afterAll(async () => {
    await Promise.all([secure, plainAttacker, tlsAttacker].map((s) => s?.stop()));
    await h?.stop();
  });

  it('sends the credentials to their https host: the private repository deploys', async () => {
    const commit = await h.repo.commit({ 'app.txt': 'private\n' }, 'private');
    const version = await h.publish({ url: secure.urlOf(h.repo.bare), commitId: commit, relativePath: 'private/app' });
    await h.waitOk('creds', commit, version);
    expect((await checkoutState(join(base, 'private/app'))).head).toBe(commit);
    expect(secure.credentialsReceived()).toContain(`deploy:${PASSWORD}`);
  });

  it.each([
    ['plain http, even to an allowed URL', () => plainAttacker],
    ['an https host the credentials are not scoped to', () => tlsAttacker],
  ])('withholds them over %s: the deploy fails to authenticate, the server gets no password', async (_name, attacker) => {
    const server = attacker();
    const commit = await h.repo.head();
    const version = await h.publish({ url: server.urlOf(h.repo.bare), commitId: commit, relativePath: 'stolen/app' });
    const record = await h.waitStatus('creds', `failed at ${version}`, (r) => r.configVersion === version && r.state === 'failed', 30_000);
    expect(record.error?.code).toMatch(/^ERR_GIT_/);
    expect(record.error?.message).toContain('git credentials withheld: they are sent only over https to');
    expect(server.refused).toBeGreaterThan(0); // git did ask: the server demanded credentials
    expect(server.credentialsReceived()).toEqual([]);
    expect(JSON.stringify(record)).not.toContain(PASSWORD);
  });

  it('refuses to start with credentials but no --allow-url (every URL would get them), exit 2 naming the fix', async () => {
    const none = await runAgent(['--zk', h.connectString], CREDENTIALS);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/git credentials \(ZKDEPLOY_GIT_USERNAME\) need --allow-url: .*add --allow-url https:\/\/<your git host>\//);
    const plainOnly = await runAgent(['--zk', h.connectString, '--allow-url', plainAttacker.url('')], CREDENTIALS);
    expect(plainOnly.code).toBe(2);
    expect(plainOnly.stderr).toMatch(/sent only over https, and no --allow-url entry is an https URL/);
    for (const run of [none, plainOnly]) expect(run.stderr).not.toContain(PASSWORD);
  });
});
