/**
 * Hostile peers (issue 23, finding 5), the hostile-input table's rows for
 * znodes rather than payloads: a host holding its own identity (`host-web-2`)
 * tries to change another host's records in an app in per-host mode. Each
 * attempt must be refused by ZooKeeper (NO_AUTH) or, where ZooKeeper's ACLs
 * cannot stop it (any name may be created under a container one may create
 * in), be flagged by the readers and never counted. web-1 is played by a
 * client with web-1's identity that anchors its session as the agent does;
 * test/e2e/security-host-identity.test.ts replays the same with real agents.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode, OPEN_ACL, ZkClient, agentNodeAcl, ensureMemberContainer } from '@zkdeploy/shared';
import { runCli, ZkCluster } from '@zkdeploy/test-support';

const APP = '/hostile/peers';
const S = `${APP}/status`;
const json = (value: unknown): Buffer => Buffer.from(JSON.stringify(value));
const OK = json({ host: 'web-1', state: 'ok', commitId: 'a'.repeat(40), desiredCommitId: 'a'.repeat(40), configVersion: 0, error: null });

type Cli = (...args: string[]) => Promise<Record<string, unknown>>;
/** [name, attack with web-2's client, what the readers must then show (for attacks ZooKeeper cannot refuse)]. */
type Forgery = [string, (web2: ZkClient) => Promise<unknown>, ((cli: Cli) => Promise<void>)?];

export const HOST_FORGERIES: Forgery[] = [
  ["overwrite another host's status with ok", (z) => z.set(`${S}/web-1`, OK)],
  ["delete another host's status", (z) => z.delete(`${S}/web-1`)],
  ["re-ACL another host's status to world-writable", (z) => z.setAcl(`${S}/web-1`, OPEN_ACL)],
  ['create a status node for an unprovisioned host', (z) => z.create(`${S}/web-9`, OK, 'persistent', OPEN_ACL)],
  ['create a world-writable subtree under B/status', (z) => z.create(`${S}/evil`, Buffer.alloc(0), 'persistent', OPEN_ACL)],
  ['create a child under its own status node', (z) => z.create(`${S}/web-2/x`, Buffer.alloc(0), 'persistent', OPEN_ACL)],
  ["re-ACL its own status node (handing it to others)", (z) => z.setAcl(`${S}/web-2`, OPEN_ACL)],
  ["delete another host's live registration", (z) => z.delete(`${APP}/agents/web-1`)],
  ["overwrite another host's live registration", (z) => z.set(`${APP}/agents/web-1`, json({ host: 'web-1', pid: 666 }))],
  ["overwrite another host's service endpoint", (z) => z.set(`${APP}/services/api/web-1`, json({ host: '203.0.113.9', port: 6666 }))],
  ["rewrite the app's identity record", (z) => z.set(APP, json({ hostIdentities: { perHost: false } }))],
  ['rewrite the ACL of B/agents', (z) => z.setAcl(`${APP}/agents`, OPEN_ACL)],
  [
    'register a dead host as live',
    (z) => z.create(`${APP}/agents/web-3`, json({ host: 'web-3' }), 'ephemeral', OPEN_ACL),
    async (cli) => {
      const status = (await cli('status')) as { hosts: { host: string; live: boolean; verified: boolean }[] };
      expect(status.hosts.find((h) => h.host === 'web-3')).toMatchObject({ live: false, verified: false });
    },
  ],
  [
    'register a fake service endpoint',
    (z) => z.create(`${APP}/services/api/web-3`, json({ host: '203.0.113.9', port: 6666 }), 'ephemeral', OPEN_ACL),
    async (cli) => {
      const view = (await cli('services', 'api')) as { endpoints: { node: string }[]; unverified: { node: string }[] };
      expect(view.endpoints.map((e) => e.node)).toEqual(['web-1']);
      expect(view.unverified.map((e) => e.node)).toEqual(['web-3']);
    },
  ],
  [
    "join a group as another host",
    (z) => z.create(`${APP}/groups/sched/m-`, json({ host: 'web-1', pid: 1 }), 'ephemeral_sequential', OPEN_ACL),
    async (cli) => {
      const { groups } = (await cli('groups', 'sched')) as { groups: { primary: { host: string } | null; unverified: { host: string }[] }[] };
      expect(groups[0]?.primary?.host).toBe('web-1');
      expect(groups[0]?.unverified.map((m) => m.host)).toEqual(['web-1']);
    },
  ],
];

/** Runs every forgery against a per-host app on its own ensemble. */
export function describeHostForgeries(): void {
  describe('hostile peers: one host identity against another host’s records', () => {
    let cluster: ZkCluster;
    let web1: ZkClient;
    let web2: ZkClient;
    let cli: Cli;

    beforeAll(async () => {
      cluster = await ZkCluster.start();
      const dir = await mkdtemp(join(tmpdir(), 'zkdeploy-peers-'));
      await writeFile(join(dir, 'pub.auth'), 'publisher:pub-secret\n', { mode: 0o600 });
      const run = (...args: string[]) => runCli(['--zk', cluster.connectString(), '--app', APP, '--auth-file', join(dir, 'pub.auth'), ...args]);
      cli = async (...args) => JSON.parse((await run(...args, '--json')).stdout) as Record<string, unknown>;
      expect((await run('init', '--host-identities')).code).toBe(0);
      for (const host of ['web-1', 'web-2', 'web-3']) expect((await run('host', 'add', host, '--secret-file', join(dir, host))).code).toBe(0);
      const auth = async (host: string) => (await readFile(join(dir, host), 'utf8')).trim();
      const connect = async (host: string) => ZkClient.connect({ connectString: cluster.connectString(), auth: await auth(host) });
      [web1, web2] = [await connect('web-1'), await connect('web-2')];
      // web-1 as its agent does it: the session anchor first, then its live nodes with its node ACL.
      const acl = agentNodeAcl(await auth('web-1'));
      await web1.set(`${S}/web-1`, json({ ...JSON.parse(OK.toString()), session: web1.sessionId }));
      await web1.create(`${APP}/agents/web-1`, json({ host: 'web-1' }), 'ephemeral', acl);
      await ensureMemberContainer(web1, APP, `${APP}/services/api`, acl);
      await web1.create(`${APP}/services/api/web-1`, json({ host: '127.0.0.1', port: 8080 }), 'ephemeral', acl);
      await ensureMemberContainer(web1, APP, `${APP}/groups/sched`, acl);
      await web1.create(`${APP}/groups/sched/m-`, json({ host: 'web-1', pid: 2 }), 'ephemeral_sequential', acl);
    });
    afterAll(async () => {
      await web1?.close();
      await web2?.close();
      await cluster?.stop();
    });

    it.each(HOST_FORGERIES)('%s → refused or flagged', async (_name, attack, flagged) => {
      const outcome = await attack(web2).then(
        () => 'done',
        (err: { code?: string }) => err.code,
      );
      if (!flagged) return expect(outcome).toBe(ErrorCode.ZK_NO_AUTH);
      expect(outcome).toBe('done');
      await flagged(cli);
    });
  });
}
