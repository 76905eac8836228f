/**
 * The ZooKeeper faults, seen from real agents: an agent whose connection was
 * black-holed, or whose process was frozen past its session timeout, loses
 * its session; it must re-register and converge to a config published
 * meanwhile. And killing the ensemble leader during a rollout to three agents
 * must still end with all three converged.
 */
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ZkClient, parseStatus, type ZkStat } from '@zkdeploy/shared';
import { AgentProcess, EventRecorder, eventually, FaultProxy, freezeUntil, GitRepo, headOf, runCli, ZkCluster } from '@zkdeploy/test-support';

const APP = '/app/business';
const SESSION_MS = 2000;
const agentArgs = ['--session-timeout', String(SESSION_MS), '--resync', '1'];

/** Test helpers bound to one ensemble. */
function fleet(cluster: () => ZkCluster, admin: () => ZkClient, repo: () => GitRepo) {
  const publish = async (content: string): Promise<string> => {
    const commit = await repo().commit({ 'app.txt': content }, `deploy ${content.trim()}`);
    // The publisher's own connection may land on a member that is between leaders: retry the CLI, not the assertion.
    await eventually('publish accepted', async () => {
      const result = await runCli(['--zk', cluster().connectString(), 'publish', '--url', repo().url, '--commit', commit, '--path', 'srv/app']);
      return result.code === 0;
    }, 30_000, 200);
    return commit;
  };
  const converged = async (agents: AgentProcess[], commit: string, timeoutMs = 30_000): Promise<void> => {
    try {
      await eventually(`${agents.map((a) => a.spec.host).join(',')} ok at ${commit.slice(0, 8)}`, async () => {
        for (const agent of agents) {
          const status = parseStatus((await admin().get(`${APP}/status/${agent.spec.host}`))?.data, agent.spec.host);
          if (status?.state !== 'ok' || status.commitId !== commit) return false;
          if ((await headOf(join(agent.spec.baseDir, 'srv/app'))) !== commit) return false;
        }
        return true;
      }, timeoutMs);
    } catch (err) {
      // Say where each agent got stuck: its status record and the end of its log.
      const report = await Promise.all(
        agents.map(async (a) => `${a.spec.host}: ${(await admin().get(`${APP}/status/${a.spec.host}`).catch(() => null))?.data.toString() ?? 'no status'}\n${a.output.split('\n').slice(-15).join('\n')}`),
      );
      throw new Error(`${(err as Error).message}\n${report.join('\n')}`);
    }
  };
  /** Resolves on the next deletion or creation of `path`, seen by the admin client. */
  const nodeEvent = async (path: string, type: 'deleted' | 'created', timeoutMs = 10 * SESSION_MS): Promise<void> => {
    const events = new EventRecorder<string>();
    const stat = await admin().exists(path, { watch: (e) => events.record(e.type) });
    if ((type === 'created') === (stat !== null)) return;
    await events.next((t) => t === type, timeoutMs, `${path} ${type}`);
  };
  return { publish, converged, nodeEvent };
}

describe('an agent that lost its session re-registers and converges', () => {
  let cluster: ZkCluster;
  let admin: ZkClient;
  let repo: GitRepo;
  const agents: AgentProcess[] = [];
  const f = fleet(() => cluster, () => admin, () => repo);

  beforeAll(async () => {
    cluster = await ZkCluster.start();
    admin = await ZkClient.connect({ connectString: cluster.connectString() });
    repo = await GitRepo.create({ files: { 'app.txt': 'v0\n' } });
  });
  afterEach(async () => {
    await Promise.all(agents.splice(0).map((a) => a.stop()));
  });
  afterAll(async () => {
    await admin?.close();
    await cluster?.stop();
    await repo?.remove();
  });

  it('after its connection was black-holed past the session timeout', async () => {
    const proxy = await FaultProxy.start(cluster.member(1).clientPort);
    try {
      const agent = await AgentProcess.start({ zk: proxy.address, host: 'bh-1', args: agentArgs });
      agents.push(agent);
      await f.nodeEvent(`${APP}/agents/bh-1`, 'created');
      const first = await f.publish('v1\n');
      await f.converged([agent], first);
      const before = (await admin.exists(`${APP}/agents/bh-1`)) as ZkStat;

      proxy.setMode('blackhole');
      await f.nodeEvent(`${APP}/agents/bh-1`, 'deleted');
      const second = await f.publish('v2\n');
      proxy.setMode('pass');

      await f.nodeEvent(`${APP}/agents/bh-1`, 'created');
      await f.converged([agent], second);
      const after = (await admin.exists(`${APP}/agents/bh-1`)) as ZkStat;
      expect(after.ephemeralOwner).not.toBe(before.ephemeralOwner);
      expect(agent.output).toMatch(/session lost/);
    } finally {
      await proxy.stop();
    }
  });

  it('after its process was frozen (SIGSTOP) past the session timeout', async () => {
    const agent = await AgentProcess.start({ zk: cluster.connectString(), host: 'frozen-1', args: agentArgs });
    agents.push(agent);
    await f.nodeEvent(`${APP}/agents/frozen-1`, 'created');
    const first = await f.publish('v3\n');
    await f.converged([agent], first);

    let second = '';
    await freezeUntil(
      agent.pid,
      f.nodeEvent(`${APP}/agents/frozen-1`, 'deleted').then(async () => {
        second = await f.publish('v4\n');
      }),
    );
    await f.nodeEvent(`${APP}/agents/frozen-1`, 'created');
    await f.converged([agent], second);
  });
});

describe('two agents with the same host name', () => {
  let cluster: ZkCluster;
  const agents: AgentProcess[] = [];

  beforeAll(async () => {
    cluster = await ZkCluster.start();
  });
  afterAll(async () => {
    await Promise.all(agents.splice(0).map((a) => a.stop()));
    await cluster?.stop();
  });

  it('the second refuses to start with ERR_HOST_CONFLICT while the first is live', async () => {
    const admin = await ZkClient.connect({ connectString: cluster.connectString() });
    try {
      const f = fleet(() => cluster, () => admin, () => null as unknown as GitRepo);
      const first = await AgentProcess.start({ zk: cluster.connectString(), host: 'dup-1', args: agentArgs });
      agents.push(first);
      await f.nodeEvent(`${APP}/agents/dup-1`, 'created');
      const second = await AgentProcess.start({ zk: cluster.connectString(), host: 'dup-1', args: agentArgs });
      agents.push(second);
      expect(await second.exit()).toBe(1);
      expect(second.output).toMatch(/ERR_HOST_CONFLICT|another live ZooKeeper session/);
      // The first agent keeps its registration.
      const stat = (await admin.exists(`${APP}/agents/dup-1`)) as ZkStat;
      expect(stat.ephemeralOwner).not.toBeNull();
      expect(first.child.exitCode).toBeNull();
    } finally {
      await admin.close();
    }
  });
});

describe('killing the ensemble leader during a rollout', () => {
  let cluster: ZkCluster;
  let admin: ZkClient;
  let repo: GitRepo;
  const agents: AgentProcess[] = [];
  const f = fleet(() => cluster, () => admin, () => repo);

  beforeAll(async () => {
    cluster = await ZkCluster.start({ nodes: 3 });
    admin = await ZkClient.connect({ connectString: cluster.connectString(), sessionTimeoutMs: 10_000 });
    repo = await GitRepo.create({ files: { 'app.txt': 'v0\n' } });
  });
  afterAll(async () => {
    await Promise.all(agents.splice(0).map((a) => a.stop()));
    await admin?.close();
    await cluster?.stop();
    await repo?.remove();
  });

  it('ends with all three agents converged', async () => {
    for (const host of ['lk-1', 'lk-2', 'lk-3']) {
      agents.push(await AgentProcess.start({ zk: cluster.connectString(), host, args: ['--session-timeout', '6000', '--resync', '1'] }));
    }
    await Promise.all(agents.map((a) => f.nodeEvent(`${APP}/agents/${a.spec.host}`, 'created')));
    const first = await f.publish('l1\n');
    const killed = await cluster.killLeader();
    const newLeader = await cluster.waitForLeader();
    expect(newLeader).not.toBe(killed);
    await f.converged(agents, first, 45_000);
    // And a publish after the election reaches all three as well.
    const second = await f.publish('l2\n');
    await f.converged(agents, second, 45_000);
    expect((await admin.children(`${APP}/agents`))?.sort()).toEqual(['lk-1', 'lk-2', 'lk-3']);
  });
});
