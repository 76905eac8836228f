/**
 * Ensemble faults at the wrapper level: killing the leader, and stopping and
 * restarting single members, while three clients hold registrations and
 * watch a config that keeps being published. Every client must end with its
 * registration in place and the last config seen, and no call may outlive
 * its deadline while the ensemble elects. The leader kill runs on a TLS-only
 * ensemble too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataWatch, EphemeralNode, ZkClient, retryIdempotent, type ZkStat } from '@zkdeploy/shared';
import { EventRecorder, ZkCluster } from '@zkdeploy/test-support';

const OP_MS = 1500;

describe.each([{ tls: false }, { tls: true }])('ensemble member and leader failures (tls: $tls)', ({ tls }) => {
  let cluster: ZkCluster;
  let publisher: ZkClient;
  const members: { zk: ZkClient; seen: EventRecorder<string | null>; versions: number[]; node: EphemeralNode; watch: DataWatch }[] = [];
  const durations: number[] = [];

  /** Publishes with retries of the idempotent (unconditional, same data) write, timing every attempt. */
  async function publish(value: string): Promise<void> {
    await retryIdempotent(
      async () => {
        const started = Date.now();
        try {
          await publisher.set('/ens/config', Buffer.from(value));
        } finally {
          durations.push(Date.now() - started);
        }
      },
      { attempts: 40, baseDelayMs: 100, maxDelayMs: 500 },
    );
  }

  async function allSee(value: string): Promise<void> {
    await Promise.all(members.map((m, i) => m.seen.next((d) => d === value, 30_000, `client ${i} seeing ${value}`)));
  }

  async function registrationsHeld(): Promise<void> {
    for (const [i, m] of members.entries()) {
      // A client may still be between servers after an election; its session id is known once it is connected again.
      await m.zk.whenConnected(10_000);
      const stat = (await retryIdempotent(() => publisher.exists(`/ens/agents/a${i}`), { attempts: 20 })) as ZkStat;
      expect(stat.ephemeralOwner).toBe(m.zk.sessionId);
    }
  }

  beforeAll(async () => {
    cluster = await ZkCluster.start({ nodes: 3, tls });
    publisher = await ZkClient.connect({ connectString: cluster.connectString(), sessionTimeoutMs: 6000, operationTimeoutMs: OP_MS, tls: cluster.clientTls });
    await publisher.ensurePath('/ens/agents');
    await publisher.ensurePath('/ens/config');
    for (let i = 0; i < 3; i++) {
      const zk = await ZkClient.connect({ connectString: cluster.connectString(), sessionTimeoutMs: 6000, operationTimeoutMs: OP_MS, tls: cluster.clientTls });
      const seen = new EventRecorder<string | null>();
      const versions: number[] = [];
      const watch = new DataWatch(zk, '/ens/config', (data, stat) => {
        if (stat) versions.push(stat.version);
        seen.record(data?.toString() ?? null);
      });
      const node = await EphemeralNode.register(zk, `/ens/agents/a${i}`, Buffer.from(`a${i}`));
      members.push({ zk, seen, versions, node, watch });
    }
  });
  afterAll(async () => {
    for (const m of members) m.watch.stop();
    await Promise.all(members.map((m) => m.zk.close()));
    await publisher?.close();
    await cluster?.stop();
  });

  it('killing the leader while publishing: every client ends at the last config, registrations intact', async () => {
    await publish('c1');
    await allSee('c1');
    const publishing = (async () => {
      for (const v of ['c2', 'c3', 'c4', 'c5']) await publish(v);
    })();
    const killed = await cluster.killLeader();
    try {
      await publishing;
      const leader = await cluster.waitForLeader();
      expect(leader).not.toBe(killed);
      await allSee('c5');
      await registrationsHeld();
      // A DataWatch calls back only on real changes: never the same version twice.
      // (A retried write whose first answer was lost is a real change: a new version.)
      for (const m of members) expect(m.versions).toEqual([...new Set(m.versions)].sort((a, b) => a - b));
    } finally {
      await cluster.startMember(killed);
    }
  });

  if (!tls) it('stopping and restarting each member in turn keeps the clients serving', async () => {
    for (const member of cluster.members) {
      await cluster.stopMember(member.id);
      try {
        await publish(`m${member.id}`);
        await allSee(`m${member.id}`);
      } finally {
        await cluster.startMember(member.id);
      }
    }
    await registrationsHeld();
  });

  it('no call outlived its deadline during the elections', () => {
    expect(durations.length).toBeGreaterThan(0);
    expect(Math.max(...durations)).toBeLessThan(OP_MS + 250);
  });
});
