/**
 * `publish --wait` for a rollout: follows the rollout record, printing a line
 * per wave started and per state change, until it ends. Exit 0 when it
 * completed; 3 when it halted, was aborted or superseded, or --timeout passed.
 */
import { ExitCode } from '@zkdeploy/shared/errors';
import { parseRollout } from '@zkdeploy/shared/rollout';
import type { ZkClient } from '@zkdeploy/shared/zk';
import { ZnodeLayout } from '@zkdeploy/shared/znode-layout';
import { displayText } from '@zkdeploy/shared/display-text';

export async function followRollout(zk: ZkClient, app: string, id: string, timeoutMs: number | undefined, json: boolean): Promise<number> {
  const layout = new ZnodeLayout(app);
  const deadline = timeoutMs === undefined ? Number.POSITIVE_INFINITY : Date.now() + timeoutMs;
  const out = json ? process.stderr : process.stdout;
  let said = '';
  for (;;) {
    const record = parseRollout((await zk.get(layout.rollout))?.data);
    if (!record || record.id !== id) {
      out.write(`rollout ${id} was superseded by another publish\n`);
      return ExitCode.NOT_CONVERGED;
    }
    const where = record.planned
      ? `, wave ${record.current + 1}/${record.waves.length} (${record.waves[record.current]?.select ?? '-'})`
      : record.state === 'progressing' ? ', waiting for a controller to plan it' : '';
    const line = `rollout ${id}: ${record.state}${where}${record.reason ? ` — ${record.reason}` : ''}`;
    if (line !== said) out.write(`${displayText(line)}\n`);
    said = line;
    if (json && ['completed', 'halted', 'aborted'].includes(record.state)) process.stdout.write(`${JSON.stringify({ app, rollout: { id, state: record.state, reason: record.reason } })}\n`);
    if (record.state === 'completed') return ExitCode.OK;
    if (record.state === 'halted' || record.state === 'aborted') return ExitCode.NOT_CONVERGED;
    if (Date.now() > deadline) {
      out.write(`rollout ${id} did not complete within --timeout; it goes on (see \`zkdeploy rollout status\`)\n`);
      return ExitCode.NOT_CONVERGED;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
