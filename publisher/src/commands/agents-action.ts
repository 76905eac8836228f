import type { Command } from 'commander';
import { ExitCode } from '@zkdeploy/shared/errors';
import { parseAgentRecord, type AgentRecord } from '@zkdeploy/shared/records';
import type { ZkClient } from '@zkdeploy/shared/zk';
import { ZnodeLayout } from '@zkdeploy/shared/znode-layout';
import { globalOptions, withZk } from '../global-options.js';
import { HostVerifier } from '../host-verifier.js';

/** Live registrations; in per-host mode each marked `verified` (host-verifier.ts: the node name's host owns it). */
async function readAgents(zk: ZkClient, app: string): Promise<AgentRecord[]> {
  const layout = new ZnodeLayout(app);
  const names = ((await zk.children(layout.agents)) ?? []).sort();
  const [nodes, verifier] = await Promise.all([Promise.all(names.map((n) => zk.get(layout.agent(n)))), HostVerifier.load(zk, app)]);
  const agents = await Promise.all(
    names.map(async (name, i) => {
      const node = nodes[i];
      if (!node) return [];
      const record = parseAgentRecord(node.data, name) ?? { host: name, pid: 0, version: '', startedAt: '', baseDir: '' };
      return verifier ? [{ ...record, host: name, verified: await verifier.owns(name, node.stat.ephemeralOwner) }] : [record];
    }),
  );
  return agents.flat();
}

/** Runs `zkdeploy agents`. */
export async function run(this: Command): Promise<void> {
  const global = globalOptions(this);
  const agents = await withZk(global, (zk) => readAgents(zk, global.app));
  if (global.json) {
    process.stdout.write(`${JSON.stringify(agents)}\n`);
  } else if (agents.length === 0) {
    process.stdout.write(`no live agents for ${global.app}\n`);
  } else {
    const { renderAgents } = await import('../agents-table.js');
    process.stdout.write(renderAgents(agents, Boolean(process.stdout.isTTY)));
  }
  process.exitCode = ExitCode.OK;
}
