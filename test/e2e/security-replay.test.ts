/**
 * Issue 23, finding 4: an old signed payload written back into B/config made
 * a --trust-key agent deploy the old commit (TUF's rollback attack). Each
 * case replays the attack against a real ZooKeeper and real agent processes,
 * with payloads signed by the real CLI, and shows that it now fails.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZkClient, encodePayload, parsePayload, parseStatus, signPayloadV1, type StatusRecord } from '@zkdeploy/shared';
import { AgentProcess, checkoutState, eventually, GitRepo, runCli, tempBaseDir, ZkCluster } from '@zkdeploy/test-support';

const APP = '/t/replay';
const OTHER_APP = '/t/replay-other';
const HOSTS = ['web-1', 'web-2'] as const;

describe('signed payloads cannot be replayed (issue 23, finding 4)', () => {
  let cluster: ZkCluster;
  let zk: ZkClient;
  let repo: GitRepo;
  let keyDir: string;
  let key: string;
  const bases: Record<string, string> = {};
  const agents: Record<string, AgentProcess> = {};
  const commits: Record<string, string> = {};

  const cli = (...args: string[]) => runCli(['--zk', cluster.connectString(), '--app', APP, ...args]);
  const publishSigned = (commit: string, ...extra: string[]) =>
    cli('publish', '--url', repo.url, '--commit', commit, '--path', 'srv/app', '--sign-key', key, ...extra);
  const startAgent = async (host: string): Promise<AgentProcess> => {
    bases[host] ??= await tempBaseDir(host);
    const args = ['--trust-key', join(keyDir, 'deploy.pub'), '--session-timeout', '2000'];
    agents[host] = await AgentProcess.start({ zk: cluster.connectString(), host, app: APP, baseDir: bases[host], args });
    return agents[host];
  };
  const statusOf = async (host: string): Promise<StatusRecord | null> => {
    const node = await zk.get(`${APP}/status/${host}`);
    return node ? parseStatus(node.data, host) : null;
  };
  const waitStatus = (host: string, what: string, predicate: (r: StatusRecord) => boolean) =>
    eventually(`${host} ${what}`, async () => {
      const r = await statusOf(host);
      return r && predicate(r) ? r : undefined;
    });
  const waitOk = (host: string, commit: string, version: number) =>
    waitStatus(host, `ok at ${commit.slice(0, 8)} (v${version})`, (r) => r.state === 'ok' && r.commitId === commit && r.configVersion === version);
  const deployedHead = async (host: string) => (await checkoutState(join(bases[host]!, 'srv/app'))).head;
  const configVersion = async () => (await zk.get(`${APP}/config`))!.stat.version;
  /** The attack: raw bytes written over B/config by anyone who can write it. */
  const writeConfig = async (data: Buffer): Promise<number> => {
    const current = await zk.get(`${APP}/config`);
    return (await zk.set(`${APP}/config`, data, current!.stat.version)).version;
  };

  beforeAll(async () => {
    cluster = await ZkCluster.start();
    zk = await ZkClient.connect({ connectString: cluster.connectString() });
    repo = await GitRepo.create({ files: { 'app.txt': 'v1\n' } });
    keyDir = await tempBaseDir('replay-keys');
    key = join(keyDir, 'deploy.key');
    expect((await runCli(['keygen', '--out', join(keyDir, 'deploy')])).code).toBe(0);
    for (const host of HOSTS) await startAgent(host);
  });
  afterAll(async () => {
    await Promise.all(Object.values(agents).map((a) => a.stop()));
    await zk?.close();
    await cluster?.stop();
    await repo?.remove();
  });

  it('an old signed history entry written back into B/config is rejected naming the sequences; the newer commit stays deployed', async () => {
    commits['old'] = await repo.head();
    expect((await publishSigned(commits['old'])).code).toBe(0);
    for (const host of HOSTS) await waitOk(host, commits['old'], 0);
    commits['new'] = await repo.commit({ 'app.txt': 'v2\n' }, 'v2');
    const published = await publishSigned(commits['new']);
    expect(published.stderr).toBe('');
    expect(published.stdout).toMatch(/as version 1 \(signed\) with sequence \d+, expiring 20\d\d-/);
    for (const host of HOSTS) await waitOk(host, commits['new'], 1);

    const oldEntry = (await zk.get(`${APP}/history/v-0000000000`))!.data;
    const oldSequence = parsePayload(oldEntry).sequence;
    const newSequence = parsePayload((await zk.get(`${APP}/config`))!.data).sequence;
    expect(oldSequence).toBeLessThan(newSequence!);
    const version = await writeConfig(oldEntry);
    for (const host of HOSTS) {
      const record = await waitStatus(host, 'rejects the replay', (r) => r.configVersion === version && r.state !== 'deploying');
      expect(record.state).toBe('rejected');
      expect(record.error?.code).toBe('ERR_PAYLOAD_NOT_ALLOWED');
      expect(record.error?.message).toContain(`payload sequence ${oldSequence} is lower than sequence ${newSequence} (commit ${commits['new']})`);
      expect(record.error?.hint).toMatch(/--sign-key/);
      expect(record.commitId).toBe(commits['new']);
      expect(await deployedHead(host)).toBe(commits['new']);
    }
    // What the agent remembers lives in its own directory, readable by it alone.
    const memory = join(bases['web-1']!, '.zkdeploy', 'accepted.t+replay.json');
    expect((await stat(memory)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(memory, 'utf8'))).toMatchObject({ app: APP, sequence: newSequence, commitId: commits['new'] });
  });

  it('a payload signed by the same key for another app, or in the old v1 format, is rejected', async () => {
    const elsewhere = await repo.commit({ 'app.txt': 'other app\n' }, 'other app');
    const other = await runCli(['--zk', cluster.connectString(), '--app', OTHER_APP, 'publish', '--url', repo.url, '--commit', elsewhere, '--path', 'srv/app', '--sign-key', key]);
    expect(other.code).toBe(0);
    // Signed later, so its sequence is higher than anything this app accepted: only the app binding stops it.
    let version = await writeConfig((await zk.get(`${OTHER_APP}/config`))!.data);
    for (const host of HOSTS) {
      const record = await waitStatus(host, 'rejects the other app', (r) => r.configVersion === version && r.state !== 'deploying');
      expect(record.state).toBe('rejected');
      expect(record.error?.message).toContain(`payload is signed for app ${OTHER_APP}, not ${APP}`);
      expect(await deployedHead(host)).toBe(commits['new']);
    }

    // A v1 signature made with the trusted key verifies, and is still refused: it carries nothing to order it by.
    const v1 = signPayloadV1({ url: repo.url, commitId: elsewhere, relativePath: 'srv/app' }, await readFile(key, 'utf8'));
    version = await writeConfig(encodePayload(v1));
    for (const host of HOSTS) {
      const record = await waitStatus(host, 'rejects v1', (r) => r.configVersion === version && r.state !== 'deploying');
      expect(record.state).toBe('rejected');
      expect(record.error?.message).toMatch(/signed in the old format \(v1: no app, sequence or expiry\)/);
      expect(await deployedHead(host)).toBe(commits['new']);
    }
  });

  it('the memory survives a restart: killed, then started again, the agent still rejects the replay', async () => {
    const agent = agents['web-1']!;
    agent.signal('SIGKILL');
    await agent.exit();
    const oldEntry = (await zk.get(`${APP}/history/v-0000000000`))!.data;
    const version = await writeConfig(oldEntry);
    await startAgent('web-1');
    const record = await waitStatus('web-1', 'rejects the replay after a restart', (r) => r.configVersion === version && r.state !== 'deploying');
    expect(record.state).toBe('rejected');
    expect(record.error?.message).toContain(`payload sequence ${parsePayload(oldEntry).sequence} is lower than sequence`);
    expect(await deployedHead('web-1')).toBe(commits['new']);
  });

  it('rollback re-signs the old payload with a new sequence and the fleet follows; without a key it is refused', async () => {
    commits['latest'] = await repo.commit({ 'app.txt': 'v3\n' }, 'v3');
    expect((await publishSigned(commits['latest'])).code).toBe(0);
    const latest = await configVersion();
    for (const host of HOSTS) await waitOk(host, commits['latest'], latest);

    const unsigned = await cli('rollback');
    expect(unsigned.code).toBe(2);
    expect(unsigned.stderr).toMatch(/is signed, and a rollback without --sign-key would publish it unsigned/);
    expect(await configVersion()).toBe(latest);

    const rolled = await cli('rollback', '--sign-key', key, '--wait', '--timeout', '45');
    expect(rolled.stderr).toBe('');
    expect(rolled.code).toBe(0);
    expect(rolled.stdout).toMatch(/rolled \/t\/replay back to version 1 .* re-signed with sequence \d+/);
    const config = parsePayload((await zk.get(`${APP}/config`))!.data);
    const entry = parsePayload((await zk.get(`${APP}/history/v-0000000001`))!.data);
    expect(config.commitId).toBe(commits['new']);
    expect(config.signature).not.toBe(entry.signature);
    expect(config.sequence).toBeGreaterThan(parsePayload((await zk.get(`${APP}/history/v-${String(latest).padStart(10, '0')}`))!.data).sequence!);
    for (const host of HOSTS) {
      await waitOk(host, commits['new'], await configVersion());
      expect(await deployedHead(host)).toBe(commits['new']);
    }
  });

  it('an expired payload is rejected by a host that never accepted it, hosts that did keep serving it, and resign lets the new host in', async () => {
    commits['short'] = await repo.commit({ 'app.txt': 'v4\n' }, 'v4');
    expect((await publishSigned(commits['short'], '--sign-ttl', '15s')).code).toBe(0);
    const version = await configVersion();
    for (const host of HOSTS) await waitOk(host, commits['short'], version);
    const expiresAt = Date.parse(parsePayload((await zk.get(`${APP}/config`))!.data).expiresAt!);
    await eventually('the signature expired', () => Date.now() > expiresAt, 30_000, 100);

    // An agent that accepted it keeps serving it after a restart.
    await agents['web-2']!.stop();
    const restartedAt = new Date().toISOString();
    await startAgent('web-2');
    const kept = await waitStatus('web-2', 'reports again after the restart', (r) => r.updatedAt > restartedAt && r.configVersion === version);
    expect(kept.state).toBe('ok');
    expect(await deployedHead('web-2')).toBe(commits['short']);

    // A host that never saw it (new, or reinstalled) does not take it.
    await startAgent('late');
    const late = await waitStatus('late', 'rejects the expired payload', (r) => r.configVersion === version && r.state !== 'deploying');
    expect(late.state).toBe('rejected');
    expect(late.error?.message).toMatch(/^payload sequence \d+ expired at /);
    expect(late.error?.hint).toMatch(/zkdeploy resign --sign-key/);

    const resigned = await cli('resign', '--sign-key', key);
    expect(resigned.stderr).toBe('');
    expect(resigned.code).toBe(0);
    expect(resigned.stdout).toMatch(new RegExp(`re-signed version ${version} of /t/replay \\(${commits['short']}\\) as version ${version + 1} with sequence`));
    for (const host of [...HOSTS, 'late']) await waitOk(host, commits['short'], version + 1);
    expect(await deployedHead('late')).toBe(commits['short']);
  });

  it('the post-receive hook signs with --sign-key: a sequence above the replaced config, and the fleet deploys it', async () => {
    const before = await repo.head();
    const pushed = await repo.commit({ 'app.txt': 'v5\n' }, 'v5');
    const previous = parsePayload((await zk.get(`${APP}/config`))!.data).sequence!;
    const args = ['hook', 'post-receive', '--url', repo.url, '--path', 'srv/app', '--sign-key', key, '--git-dir', repo.bare, '--wait', '--timeout', '45'];
    const hook = await runCli(['--zk', cluster.connectString(), '--app', APP, ...args], { input: `${before} ${pushed} refs/heads/main\n` });
    expect(hook.stderr).toBe('');
    expect(hook.code).toBe(0);
    const config = parsePayload((await zk.get(`${APP}/config`))!.data);
    expect(config).toMatchObject({ commitId: pushed, app: APP, signature: expect.stringMatching(/^v2:ed25519:/) });
    expect(config.sequence).toBeGreaterThan(previous);
    for (const host of [...HOSTS, 'late']) expect(await deployedHead(host)).toBe(pushed);
  });

  it('resign refuses a config this key did not sign', async () => {
    const unsignedVersion = await writeConfig(encodePayload({ url: repo.url, commitId: commits['old']!, relativePath: 'srv/app' }));
    const refused = await cli('resign', '--sign-key', key);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/the current config of \/t\/replay \(version \d+\) is not signed, so it is not re-signed/);
    expect(refused.stderr).toContain(`hint: publish it explicitly instead: zkdeploy publish --url ${repo.url} --commit ${commits['old']}`);
    expect(await configVersion()).toBe(unsignedVersion);
  });
});
