/**
 * Tasks at 1,000 hosts against a real ZooKeeper (issue 24, "Scale"): the
 * master side (TaskAssigner, as the elected controller runs it) assigns an
 * `--all` task to 1,000 live registrations in one fenced multi, each host's
 * assignment node stays one small entry, and the finished task leaves every
 * assignment empty again. The hosts here are registrations made by one
 * client, not agent processes: what is measured is the layout.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TaskAssigner, ZkClient, ZnodeLayout, encodeResult, encodeTask, fencedWrite, parseHostTasks, parseTask, runNode, type ZkOp } from '@zkdeploy/shared';
import { ZkCluster } from '@zkdeploy/test-support';

const APP = '/t/task-scale';
const N = 1000;
const hosts = Array.from({ length: N }, (_, i) => `host-${String(i).padStart(4, '0')}`);

async function inBatches(zk: ZkClient, ops: ZkOp[]): Promise<void> {
  for (let i = 0; i < ops.length; i += 200) await zk.multi(ops.slice(i, i + 200));
}

describe('tasks at 1,000 hosts', () => {
  let cluster: ZkCluster;
  let zk: ZkClient;
  const layout = new ZnodeLayout(APP);

  beforeAll(async () => {
    cluster = await ZkCluster.start();
    zk = await ZkClient.connect({ connectString: cluster.connectString() });
    for (const p of [layout.agents, layout.status, layout.tasks, layout.controllers]) await zk.ensurePath(p);
    await inBatches(zk, hosts.map((host): ZkOp => ({ op: 'create', path: layout.agent(host), data: Buffer.from(JSON.stringify({ host, tasks: ['warm'] })), mode: 'ephemeral' })));
  });
  afterAll(async () => {
    await zk?.close();
    await cluster?.stop();
  });

  it('assigns an --all task to 1,000 hosts in one fenced write; each assignment is one small node; finishing empties them', async () => {
    const member = await zk.create(`${layout.controllers}/m-`, Buffer.alloc(0), 'ephemeral_sequential');
    const id = (await zk.create(`${layout.tasks}/t-`, encodeTask({ name: 'warm', mode: 'all', selector: null, args: { BATCH: '500' }, timeoutS: 60, createdAt: new Date().toISOString(), state: 'pending', reason: null, runs: [] }), 'persistent_sequential')).split('/').pop()!;
    const assigner = new TaskAssigner(zk, { app: APP, log: { debug() {}, info() {}, warn() {}, error() {} } });
    let writes = 0;
    const write = async (fence: Parameters<typeof fencedWrite>[1], ops: ZkOp[]) => {
      writes++;
      return fencedWrite(zk, fence, ops);
    };
    await assigner.step(member, [], write);
    const task = parseTask(id, (await zk.get(layout.task(id)))!.data)!;
    expect([task.state, task.runs.length, writes]).toEqual(['assigned', N, 1]);
    const sizes = await Promise.all(hosts.map(async (h) => (await zk.get(layout.taskHost(h)))!.data));
    expect(sizes.every((d) => parseHostTasks(d).length === 1 && d.length < 200)).toBe(true);

    // Every host's result, as its worker writes it; the next step finishes the task.
    await inBatches(zk, hosts.map((host): ZkOp => ({ op: 'create', path: `${layout.task(id)}/${runNode.result({ host, attempt: 1 })}`, data: encodeResult({ host, attempt: 1, exitCode: 0, durationMs: 1, output: '', finishedAt: new Date().toISOString() }) })));
    await assigner.step(member, [], write);
    expect(parseTask(id, (await zk.get(layout.task(id)))!.data)!.state).toBe('succeeded');
    const left = await Promise.all(hosts.map(async (h) => parseHostTasks((await zk.get(layout.taskHost(h)))!.data).length));
    expect(left.every((n) => n === 0)).toBe(true);
    expect(writes).toBe(2);
  });
});
