import { readFile, stat } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Perm, ZkClient, digestId, encodePayload, loadPublicKeys, parsePayload, verifyPayloadSignature } from '@zkdeploy/shared';
import { AgentProcess, eventually, GitRepo, runCli, ZkCluster } from '@zkdeploy/test-support';

const APP = '/t/secure';
const PUBLISHER = 'publisher:pub-secret';
const AGENT = 'agent:agent-secret';

describe('zkdeploy init --auth (digest ACLs) and signed payloads', () => {
  let cluster: ZkCluster;
  let anonymous: ZkClient;
  let repo: GitRepo;
  let keys: string;
  const agents: AgentProcess[] = [];
  const cli = (...args: string[]) => runCli(['--zk', cluster.connectString(), '--app', APP, ...args]);
  const publishArgs = (commit: string) => ['publish', '--url', repo.url, '--commit', commit, '--path', 'srv/app'];

  beforeAll(async () => {
    cluster = await ZkCluster.start();
    anonymous = await ZkClient.connect({ connectString: cluster.connectString() });
    repo = await GitRepo.create({ files: { 'app.txt': 'v1\n' } });
    keys = await mkdtemp(join(tmpdir(), 'zkdeploy-keys-'));
  });
  afterAll(async () => {
    await Promise.all(agents.map((a) => a.stop()));
    await anonymous?.close();
    await cluster?.stop();
    await repo?.remove();
  });

  it('init --auth sets world-read, publisher-write and agent-create ACLs, and is idempotent', async () => {
    const first = await cli('--auth', PUBLISHER, 'init', '--agent-auth', AGENT);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/created {5}\/t\/secure\/status/);
    // ZooKeeper shows digest ids only to clients with admin rights on the node.
    const admin = await ZkClient.connect({ connectString: cluster.connectString(), auth: PUBLISHER });
    const acl = await admin.getAcl(`${APP}/status`);
    await admin.close();
    expect(acl).toEqual(
      expect.arrayContaining([
        { perms: Perm.READ, scheme: 'world', id: 'anyone' },
        { perms: Perm.ALL, scheme: 'digest', id: digestId(PUBLISHER) },
        { perms: Perm.CREATE | Perm.DELETE, scheme: 'digest', id: digestId(AGENT) },
      ]),
    );
    expect(await anonymous.getAcl(`${APP}/history`)).toHaveLength(2);
    const again = await cli('--auth', PUBLISHER, 'init', '--agent-auth', AGENT, '--json');
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).nodes.every((n: { action: string }) => n.action === 'exists')).toBe(true);
    const missingAgent = await cli('--auth', PUBLISHER, 'init');
    expect(missingAgent.code).toBe(2);
    expect(missingAgent.stderr).toContain("init --auth also needs the agents' identity");
  });

  it('the publisher publishes and authenticated agents converge; an unauthenticated publish fails with exit 1 and changes nothing', async () => {
    for (const host of ['web-1', 'web-2']) {
      agents.push(await AgentProcess.start({ zk: cluster.connectString(), host, app: APP, args: ['--auth', AGENT] }));
    }
    const commit = await repo.head();
    const ok = await cli('--auth', PUBLISHER, ...publishArgs(commit), '--wait', '--timeout', '40');
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    const before = await anonymous.get(`${APP}/config`);
    expect(await anonymous.getAcl(`${APP}/config`)).toHaveLength(2);

    const denied = await cli(...publishArgs('b'.repeat(40)));
    expect(denied.code).toBe(1);
    expect(denied.stderr).toMatch(/permission denied by the znode ACL/);
    expect(denied.stderr).toMatch(/hint: authenticate with --auth/);
    const wrongUser = await runCli(['--zk', cluster.connectString(), '--app', APP, '--auth', AGENT, ...publishArgs('b'.repeat(40))]);
    expect(wrongUser.code).toBe(1);
    const after = await anonymous.get(`${APP}/config`);
    expect(after?.stat.version).toBe(before?.stat.version);
    expect(after?.data.equals(before?.data ?? Buffer.alloc(0))).toBe(true);
    expect(await anonymous.children(`${APP}/history`)).toEqual(['v-0000000000']);
    await expect(anonymous.set(`${APP}/config`, Buffer.from('{}'))).rejects.toMatchObject({ code: 'ERR_ZK_NO_AUTH' });
    // Re-running init once agents have made their own nodes still succeeds and changes nothing of theirs.
    const again = await cli('--auth', PUBLISHER, 'init', '--agent-auth', AGENT);
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
  });

  it('keygen writes a 0600 private key; publish --sign-key adds a signature that verifies, and a forged payload does not', async () => {
    const gen = await runCli(['keygen', '--out', join(keys, 'deploy')]);
    expect(gen.code).toBe(0);
    expect((await stat(join(keys, 'deploy.key'))).mode & 0o777).toBe(0o600);
    const again = await runCli(['keygen', '--out', join(keys, 'deploy')]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists; nothing was written');

    const commit = await repo.commit({ 'app.txt': 'signed\n' }, 'signed');
    const signed = await cli('--auth', PUBLISHER, ...publishArgs(commit), '--sign-key', join(keys, 'deploy.key'));
    expect(signed.code).toBe(0);
    expect(signed.stdout).toContain('(signed)');
    const trusted = loadPublicKeys([await readFile(join(keys, 'deploy.pub'), 'utf8')]);
    const payload = parsePayload((await anonymous.get(`${APP}/config`))?.data);
    expect(payload.signature).toMatch(/^v2:ed25519:/);
    expect(payload).toMatchObject({ app: APP, sequence: expect.any(Number), expiresAt: expect.any(String) });
    expect(() => verifyPayloadSignature(payload, trusted, APP)).not.toThrow();
    const forged = { ...payload, commitId: 'c'.repeat(40) };
    expect(() => verifyPayloadSignature(parsePayload(encodePayload(forged)), trusted, APP)).toThrow(/does not verify/);

    const badKey = await cli('--auth', PUBLISHER, ...publishArgs(commit), '--sign-key', join(keys, 'deploy.pub'));
    expect(badKey.code).toBe(2);
    expect(badKey.stderr).toContain('is not an ed25519 private key in PEM form');
  });

  // Changed on purpose (issue 23, finding 4): republishing a signed entry unchanged was a replay that agents now refuse.
  it('rollback never re-uses an old signature: without a key it refuses a signed app, with --sign-key it re-signs with a new sequence', async () => {
    const commit = await repo.commit({ 'app.txt': 'later\n' }, 'later');
    expect((await cli('--auth', PUBLISHER, ...publishArgs(commit))).code).toBe(0);
    const before = await anonymous.get(`${APP}/config`);
    const refused = await cli('--auth', PUBLISHER, 'rollback');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('a rollback without --sign-key would publish it unsigned');
    expect((await anonymous.get(`${APP}/config`))?.stat.version).toBe(before?.stat.version);
    const r = await cli('--auth', PUBLISHER, 'rollback', '--sign-key', join(keys, 'deploy.key'));
    expect(r.code).toBe(0);
    const target = Number(/back to version (\d+) .*re-signed with sequence \d+/.exec(r.stdout)?.[1]);
    const entry = parsePayload((await anonymous.get(`${APP}/history/v-${String(target).padStart(10, '0')}`))?.data);
    const trusted = loadPublicKeys([await readFile(join(keys, 'deploy.pub'), 'utf8')]);
    const payload = parsePayload((await anonymous.get(`${APP}/config`))?.data);
    expect(payload.commitId).toBe(entry.commitId);
    expect(payload.signature).not.toBe(entry.signature);
    expect(payload.sequence).toBeGreaterThan(entry.sequence ?? Number.POSITIVE_INFINITY);
    expect(() => verifyPayloadSignature(payload, trusted, APP)).not.toThrow();
    await eventually('agents ok on the rolled back commit', async () => JSON.parse((await cli('status', '--json')).stdout).converged);
  });

  it('an agent with --trust-key deploys what publish --sign-key signed and rejects a payload signed with another key', async () => {
    const guard = await AgentProcess.start({
      zk: cluster.connectString(),
      host: 'guarded',
      app: APP,
      args: ['--auth', AGENT, '--trust-key', join(keys, 'deploy.pub')],
    });
    agents.push(guard);
    const statusOf = async () => JSON.parse((await cli('status', '--json')).stdout).hosts.find((h: { host: string }) => h.host === 'guarded');
    const good = await repo.commit({ 'app.txt': 'trusted\n' }, 'trusted');
    expect((await cli('--auth', PUBLISHER, ...publishArgs(good), '--sign-key', join(keys, 'deploy.key'))).code).toBe(0);
    await eventually('guarded agent deploys the signed payload', async () => (await statusOf())?.state === 'ok' && (await statusOf())?.commitId === good);

    expect((await runCli(['keygen', '--out', join(keys, 'intruder')])).code).toBe(0);
    const evil = await repo.commit({ 'app.txt': 'intruder\n' }, 'intruder');
    const forged = await cli('--auth', PUBLISHER, ...publishArgs(evil), '--sign-key', join(keys, 'intruder.key'));
    expect(forged.code).toBe(0);
    const rejected = await eventually('forged payload rejected', async () => {
      const h = await statusOf();
      return h?.state === 'rejected' ? h : undefined;
    });
    expect(rejected.error.code).toBe('ERR_PAYLOAD_NOT_ALLOWED');
    expect(rejected.error.message).toMatch(/does not verify/);
    expect(rejected.commitId).toBe(good); // nothing on disk changed
  });

  it('ACLs: an unauthenticated client cannot change history or a host status; the agent identity cannot write the config', async () => {
    const stranger = anonymous;
    const history = (await stranger.children(`${APP}/history`)) ?? [];
    await expect(stranger.set(`${APP}/history/${history[0]}`, Buffer.from('{}'))).rejects.toMatchObject({ code: 'ERR_ZK_NO_AUTH' });
    await expect(stranger.delete(`${APP}/history/${history[0]}`)).rejects.toMatchObject({ code: 'ERR_ZK_NO_AUTH' });
    await expect(stranger.create(`${APP}/history/v-9999999999`, Buffer.from('{}'))).rejects.toMatchObject({ code: 'ERR_ZK_NO_AUTH' });
    const statusBefore = await stranger.get(`${APP}/status/web-1`);
    await expect(stranger.set(`${APP}/status/web-1`, Buffer.from('{"state":"ok"}'))).rejects.toMatchObject({ code: 'ERR_ZK_NO_AUTH' });
    await expect(stranger.delete(`${APP}/status/web-1`)).rejects.toMatchObject({ code: 'ERR_ZK_NO_AUTH' });
    await expect(stranger.create(`${APP}/status/intruder`, Buffer.from('{}'))).rejects.toMatchObject({ code: 'ERR_ZK_NO_AUTH' });
    expect((await stranger.get(`${APP}/status/web-1`))?.stat.version).toBe(statusBefore?.stat.version);
    const agentId = await ZkClient.connect({ connectString: cluster.connectString(), auth: AGENT });
    try {
      await expect(agentId.set(`${APP}/config`, Buffer.from('{}'))).rejects.toMatchObject({ code: 'ERR_ZK_NO_AUTH' });
      await expect(agentId.create(`${APP}/history/v-9999999999`, Buffer.from('{}'))).rejects.toMatchObject({ code: 'ERR_ZK_NO_AUTH' });
    } finally {
      await agentId.close();
    }
  });
});
