/**
 * The harness's record of a failed test (test-support failure-logs.ts, run
 * by test/setup/agent-logs-on-failure.ts): every agent process the file
 * started has its whole output saved to a file and its last lines printed.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { AgentProcess, eventually, saveAgentLogs } from '@zkdeploy/test-support';

describe('agent logs of a failed test', () => {
  const agents: AgentProcess[] = [];
  afterAll(async () => {
    for (const agent of agents) await agent.stop();
  });

  it('saves every agent started in the file, whole, and prints the last lines of each', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zkdeploy-test-logs-'));
    vi.stubEnv('ZKDEPLOY_TEST_LOGS', dir);
    const printed = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      // No ZooKeeper at that address: the agents log their attempts to connect, and nothing else is needed.
      agents.push(await AgentProcess.start({ zk: '127.0.0.1:9', host: 'logs-1', app: '/app/logs' }));
      agents.push(await AgentProcess.start({ zk: '127.0.0.1:9', host: 'logs-2', app: '/app/logs' }));
      await eventually('both agents to log', () => agents.every((a) => a.output.trim().length > 0), 20_000);
      const saved = await saveAgentLogs('a failed test');
      expect(saved).not.toBeNull();
      expect((await readdir(saved as string)).sort()).toEqual(agents.map((a) => `${a.spec.host}-${a.pid}.log`).sort());
      for (const agent of agents) {
        const content = await readFile(join(saved as string, `${agent.spec.host}-${agent.pid}.log`), 'utf8');
        expect(content.length).toBeGreaterThan(0);
        expect(agent.output.startsWith(content)).toBe(true);
      }
      const report = printed.mock.calls.map((c) => String(c[0])).join('\n');
      expect(report).toContain(saved as string);
      for (const agent of agents) expect(report).toContain(`--- ${agent.spec.host} (pid ${agent.pid}, running`);
      // Once every agent has exited and its output has been saved, a later failure of the file has nothing new to save.
      for (const agent of agents) await agent.stop();
      expect(await saveAgentLogs('a later failure')).not.toBeNull();
      expect(await saveAgentLogs('a failure after that')).toBeNull();
    } finally {
      printed.mockRestore();
      vi.unstubAllEnvs();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
