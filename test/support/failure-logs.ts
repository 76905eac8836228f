/**
 * The agents' own account of a failed test: their output (debug-level
 * logs) is kept in memory by AgentProcess and would otherwise be lost with
 * the test's temp dirs, which is all a CI log would show of an agent that
 * never converged. `saveAgentLogs` writes every agent's full output under
 * ZKDEPLOY_TEST_LOGS (default: `<tmp>/zkdeploy-test-logs`) and prints the
 * last lines of each, so the CI output alone says what the agents were
 * doing. Called by test/setup/agent-logs-on-failure.ts.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { agentsStarted, type AgentProcess } from './processes.js';

/** Lines of each agent's output printed with the failure (the whole output is in the file). */
const TAIL_LINES = 40;
/** What each agent's output was when it was last saved: a later failure of the same file saves only agents with more. */
const savedLength = new WeakMap<AgentProcess, number>();

/** Saves the output of every agent the test file started (those with new output since the last save); resolves with the directory, null when there was nothing to save. */
export async function saveAgentLogs(label: string): Promise<string | null> {
  const agents = agentsStarted().filter((a) => a.output.length > (savedLength.get(a) ?? -1));
  if (agents.length === 0) return null;
  const dir = join(process.env['ZKDEPLOY_TEST_LOGS'] ?? join(tmpdir(), 'zkdeploy-test-logs'), `${label.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 120)}-${Date.now()}`);
  await mkdir(dir, { recursive: true });
  const report = [`agent logs of "${label}": ${dir}`];
  for (const agent of agents) {
    savedLength.set(agent, agent.output.length);
    const file = join(dir, `${agent.spec.host}-${agent.pid}.log`);
    await writeFile(file, agent.output);
    const lines = agent.output.trimEnd().split('\n');
    const state = agent.running ? 'running' : `exited ${agent.child.exitCode ?? agent.child.signalCode}`;
    report.push(`--- ${agent.spec.host} (pid ${agent.pid}, ${state}, ${lines.length} lines, last ${Math.min(TAIL_LINES, lines.length)}): ${file}`, ...lines.slice(-TAIL_LINES));
  }
  console.error(report.join('\n'));
  return dir;
}
