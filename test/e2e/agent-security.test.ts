import { spawn } from 'node:child_process';
import { mkdir, readdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSigningKeyPair, signPayload } from '@zkdeploy/shared';
import { AGENT_BIN, AgentHarness, checkoutState, gitHomeTrusting, GitHttpServer, selfSignedCertificate, tempBaseDir } from '@zkdeploy/test-support';

function runAgent(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [AGENT_BIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

/** Everything in a base dir but the agent's own bookkeeping (its lock, instance and registration session files). */
async function contentsBesidesLock(dir: string): Promise<string[]> {
  const all = (await readdir(dir, { recursive: true })) as string[];
  return all.filter((p) => p !== '.zkdeploy' && p !== '.zkdeploy/agent.lock' && p !== '.zkdeploy/instance' && !/^\.zkdeploy\/registration_[^/]*\.json$/.test(p)).sort();
}

describe('agent: security policy', () => {
  let h: AgentHarness;
  const trusted = generateSigningKeyPair();
  const bases: Record<string, string> = {};

  beforeAll(async () => {
    h = await AgentHarness.start();
    const keyDir = await tempBaseDir('keys');
    await writeFile(join(keyDir, 'trusted.pem'), trusted.publicKeyPem);
    const specs: Record<string, string[]> = {
      allowlist: ['--allow-url', 'https://git.example.com/'],
      signed: ['--trust-key', join(keyDir, 'trusted.pem')],
      plain: [],
    };
    for (const [host, args] of Object.entries(specs)) {
      bases[host] = await tempBaseDir(host);
      // Git credentials need an allowlist (issue 23): only the allowlisted agent carries them.
      const env: Record<string, string> = host === 'allowlist' ? { ZKDEPLOY_GIT_USERNAME: 'deploy', ZKDEPLOY_GIT_PASSWORD: 'very-secret-token' } : {};
      await h.agent({ host, baseDir: bases[host], args, env });
    }
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('rejects a URL outside --allow-url and touches nothing on disk', async () => {
    const version = await h.publishCommit(await h.repo.head());
    const record = await h.waitStatus('allowlist', 'rejected', (r) => r.state === 'rejected' && r.configVersion === version);
    expect(record.error?.code).toBe('ERR_PAYLOAD_NOT_ALLOWED');
    expect(record.error?.message).toContain('is not allowed by this agent\'s --allow-url list');
    expect(await contentsBesidesLock(bases['allowlist']!)).toEqual([]);
    await h.waitOk('plain', await h.repo.head(), version);
  });

  it('with --trust-key rejects unsigned and forged payloads and deploys a correctly signed one', async () => {
    const commit = await h.repo.commit({ 'app.txt': 'signed\n' }, 'signed');
    const payload = { url: h.repo.url, commitId: commit, relativePath: 'srv/app' };
    // v2 signatures bind the app, a sequence and an expiry (issue 23, finding 4).
    const fields = { app: '/app/business', sequence: Date.now(), expiresAt: new Date(Date.now() + 3_600_000).toISOString() };
    let version = await h.publish(payload);
    let record = await h.waitStatus('signed', 'rejected (unsigned)', (r) => r.state === 'rejected' && r.configVersion === version);
    expect(record.error?.message).toMatch(/not signed/);
    expect(await contentsBesidesLock(bases['signed']!)).toEqual([]);

    const forged = { ...signPayload(payload, trusted.privateKeyPem, fields), commitId: await h.repo.commit({ 'app.txt': 'evil\n' }, 'evil') };
    version = await h.publish(forged);
    record = await h.waitStatus('signed', 'rejected (forged)', (r) => r.state === 'rejected' && r.configVersion === version);
    expect(record.error?.message).toMatch(/does not verify/);
    const foreign = signPayload(payload, generateSigningKeyPair().privateKeyPem, fields);
    version = await h.publish(foreign);
    record = await h.waitStatus('signed', 'rejected (foreign key)', (r) => r.state === 'rejected' && r.configVersion === version);
    expect(record.error?.code).toBe('ERR_PAYLOAD_NOT_ALLOWED');
    expect(await contentsBesidesLock(bases['signed']!)).toEqual([]);

    version = await h.publish(signPayload(payload, trusted.privateKeyPem, fields));
    await h.waitOk('signed', commit, version);
    expect((await checkoutState(join(bases['signed']!, 'srv/app'))).head).toBe(commit);
  });

  it('rejects paths that leave the base dir through a symlinked parent or use the reserved directory', async () => {
    const outside = await tempBaseDir('outside');
    await symlink(outside, join(bases['plain']!, 'escape'));
    let version = await h.publishCommit(await h.repo.head(), 'escape/app');
    let record = await h.waitStatus('plain', 'rejected (symlinked parent)', (r) => r.state === 'rejected' && r.configVersion === version);
    expect(record.error?.code).toBe('ERR_PATH_OUTSIDE_BASE');
    expect(await readdir(outside)).toEqual([]);

    version = await h.publishCommit(await h.repo.head(), '.zkdeploy/checkouts');
    record = await h.waitStatus('plain', 'rejected (reserved)', (r) => r.state === 'rejected' && r.configVersion === version);
    expect(record.error?.message).toMatch(/reserved directory/);

    await mkdir(join(bases['plain']!, 'srv/data'), { recursive: true });
    await writeFile(join(bases['plain']!, 'srv/data/keep.txt'), 'not a checkout\n');
    version = await h.publishCommit(await h.repo.head(), 'srv/data');
    record = await h.waitStatus('plain', 'failed (not a checkout)', (r) => r.state === 'failed' && r.configVersion === version);
    expect(record.error?.code).toBe('ERR_TARGET_NOT_A_CHECKOUT');
  });

  it('never shows credentials: neither the environment password nor one embedded in a URL', async () => {
    const version = await h.publish({ url: 'https://deploy:pw-in-url@127.0.0.1:9/app.git', commitId: 'a'.repeat(40), relativePath: 'srv/other' });
    const record = await h.waitStatus('plain', 'failed (unreachable)', (r) => r.state === 'failed' && r.configVersion === version, 15_000);
    expect(record.error?.code).toBe('ERR_GIT_FAILED');
    expect(JSON.stringify(record)).not.toContain('pw-in-url');
    for (const agent of h.agents) {
      expect(agent.output).not.toContain('pw-in-url');
      expect(agent.output).not.toContain('very-secret-token');
    }
  });

  it('reaches a private https repository with credentials from the environment, and fails clearly without them', async () => {
    const tls = await selfSignedCertificate();
    const server = await GitHttpServer.start(h.repo.bare, 'deploy', 'very-secret-token', { tls });
    try {
      const url = server.urlOf(h.repo.bare);
      // Credentials go only over https to an allowlisted host (issue 23); git trusts the test CA through HOME.
      const base = await tempBaseDir('private');
      const home = await gitHomeTrusting(tls.certFile);
      const env = { ZKDEPLOY_GIT_USERNAME: 'deploy', ZKDEPLOY_GIT_PASSWORD: 'very-secret-token', HOME: home };
      await h.agent({ host: 'private', baseDir: base, args: ['--allow-url', server.url('')], env });
      await h.agent({ host: 'anonymous', baseDir: await tempBaseDir('anonymous'), env: { HOME: home } });
      const commit = await h.repo.commit({ 'app.txt': 'private\n' }, 'private');
      const version = await h.publish({ url, commitId: commit, relativePath: 'private/app' });
      await h.waitOk('private', commit, version);
      expect((await checkoutState(join(base, 'private/app'))).head).toBe(commit);
      // Without credentials: refused by the server, failed with a git error, nothing activated, no prompt hangs.
      const refused = await h.waitStatus('anonymous', 'failed without credentials', (r) => r.state === 'failed' && r.configVersion === version);
      expect(refused.error?.code).toMatch(/^ERR_GIT_/);
      expect(server.refused).toBeGreaterThan(0);
      expect(JSON.stringify(await h.status('private'))).not.toContain('very-secret-token');
    } finally {
      await server.stop();
    }
  });

  it('refuses bad flags with exit 2 and one sentence', async () => {
    const keyFile = join(await tempBaseDir('badkey'), 'bad.pem');
    await writeFile(keyFile, 'not a key\n');
    const bad = await runAgent(['--zk', h.connectString, '--trust-key', keyFile]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--trust-key .*bad\.pem is not an ed25519 public key/);
    const missing = await runAgent(['--zk', h.connectString, '--ssh-key', '/nonexistent/key']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--ssh-key \/nonexistent\/key cannot be read \(ENOENT\)/);
    const keep = await runAgent(['--keep-releases', '1']);
    expect(keep.code).toBe(2);
    expect(keep.stderr).toMatch(/--keep-releases must be at least 2/);
  });
});
