import { Command } from 'commander';
import { ExitCode, ZnodeLayout, parseAgentRecord, type AgentRecord } from '@zkdeploy/shared';
import { addGlobalOptions, globalOptions, withZk } from '../global-options.js';

async function readAgents(zk: import('@zkdeploy/shared').ZkClient, app: string): Promise<AgentRecord[]> {
  const layout = new ZnodeLayout(app);
  const names = ((await zk.children(layout.agents)) ?? []).sort();
  const nodes = await Promise.all(names.map((n) => zk.get(layout.agent(n))));
  return names.flatMap((name, i) => {
    const node = nodes[i];
    if (!node) return [];
    return [parseAgentRecord(node.data, name) ?? { host: name, pid: 0, version: '', startedAt: '', baseDir: '' }];
  });
}

/** `zkdeploy agents`: the live agents (ephemeral registrations). */
export function agentsCommand(): Command {
  return addGlobalOptions(new Command('agents'))
    .description('list the live agents: host, agent version, pid, uptime, base dir')
    .addHelpText('after', '\nExamples:\n  zkdeploy agents\n  zkdeploy agents --json | jq -r ".[].host"\n')
    .action(async function (this: Command) {
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
    });
}
