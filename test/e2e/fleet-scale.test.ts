/**
 * The fleet-scale bench, reduced (issue 18): 120 live agents in three worker
 * processes (startAgent) against a 3-node ensemble and a git daemon, so the
 * harness keeps working between full runs. What the full run promises holds
 * here too: every host ok after an update, no session lost, status and wait
 * over the live fleet, the leader killed with every agent back within the
 * session timeout + 5 s and no status record lost, and a restart of all
 * agents at once. And lists of hosts over the server's jute.maxbuffer (which
 * ZooKeeper checks on what it receives, not on what it sends) are read by
 * status and wait without the connection dropping.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZkClient, ZnodeLayout } from '@zkdeploy/shared';
import { fleetScale } from '@zkdeploy/bench/fleet-scale';
import { initApp, publish } from '@zkdeploy/bench/publish';
import { runCli, ZkCluster } from '@zkdeploy/test-support';

const AGENTS = 120;
const SESSION_TIMEOUT_MS = 10_000;
/** jute.maxbuffer of the second test's server, bytes. */
const LIMIT = 50_000;
/** Hosts whose names alone make a getChildren reply of more than twice LIMIT. */
const HOSTS = 2000;

describe('fleet scale (reduced)', () => {
  it(`${AGENTS} live agents converge, survive a leader kill and a restart storm`, async () => {
    const [row] = await fleetScale({
      sizes: [AGENTS],
      workers: 3,
      warmupRounds: 1,
      updateRounds: 2,
      quietWaitMs: 2000,
      sessionTimeoutMs: SESSION_TIMEOUT_MS,
      splayMs: 500,
      timeoutMs: 40_000,
      cliRuns: 1,
      jvm: 'test',
    });
    if (!row) throw new Error('no row measured');
    expect(row.okAfterUpdate).toBe(AGENTS);
    expect(row.sessionsLost).toBe(0);
    expect(row.update.last).toBeGreaterThan(0);
    expect(row.update.lasts).toHaveLength(2);
    expect(row.gitNoSplay.fetchesPerDeploy).toBeGreaterThanOrEqual(AGENTS);
    expect(row.status).toMatchObject({ tableCode: 0, jsonHosts: AGENTS });
    expect(row.wait?.code).toBe(0);
    expect(row.leaderKill).toMatchObject({ withinTimeoutPlus5s: true, sessionsLost: 0, statusLost: 0, statusOk: AGENTS });
    expect(row.storm?.allRegisteredMs).toBeGreaterThan(0);
    expect(row.splay?.fetchesPerDeploy).toBeGreaterThanOrEqual(AGENTS);
  }, 120_000);
});

describe('replies over jute.maxbuffer', () => {
  let cluster: ZkCluster;
  let zk: ZkClient;
  beforeAll(async () => {
    // A server limit a twentieth of the default, so that a few thousand hosts' lists exceed it.
    cluster = await ZkCluster.start({ systemProperties: { 'jute.maxbuffer': String(LIMIT) } });
    zk = await ZkClient.connect({ connectString: cluster.connectString(), sessionTimeoutMs: 10_000 });
  });
  afterAll(async () => {
    await zk?.close();
    await cluster?.stop();
  });

  it('status and wait read host lists larger than the server\'s jute.maxbuffer, and the connection stays up', async () => {
    const app = '/big';
    const layout = new ZnodeLayout(app);
    await initApp(zk, app);
    const { version } = await publish(zk, app, { url: 'git://127.0.0.1:9/repo.git', commitId: 'a'.repeat(40), relativePath: 'srv/app' });
    const hosts = Array.from({ length: HOSTS }, (_, i) => `a-rather-long-host-name-${String(i).padStart(5, '0')}.rack-12.example.internal`);
    expect(hosts.reduce((n, h) => n + 4 + h.length, 0)).toBeGreaterThan(2 * LIMIT);
    const ok = (host: string): Buffer =>
      Buffer.from(JSON.stringify({ host, state: 'ok', commitId: 'a'.repeat(40), desiredCommitId: 'a'.repeat(40), configVersion: version, error: null, updatedAt: new Date().toISOString(), durationMs: 1, attempts: 1, agentVersion: '0.1.0' }));
    for (let i = 0; i < hosts.length; i += 500) {
      await Promise.all(hosts.slice(i, i + 500).flatMap((h) => [zk.create(layout.agent(h), Buffer.from('{}'), 'ephemeral'), zk.create(layout.hostStatus(h), ok(h))]));
    }
    const status = await runCli(['--zk', cluster.connectString(), '--app', app, 'status', '--json']);
    expect(status.code, status.stderr).toBe(0);
    expect(JSON.parse(status.stdout)).toMatchObject({ converged: true, summary: { total: HOSTS, ok: HOSTS } });
    const wait = await runCli(['--zk', cluster.connectString(), '--app', app, 'wait', '--timeout', '20']);
    expect(wait.code, wait.stderr).toBe(0);
    expect(zk.isConnected).toBe(true);
  }, 60_000);
});
