/**
 * The fleet-scale bench, reduced (issue 18): 120 live agents in three worker
 * processes (startAgent) against a 3-node ensemble and a git daemon, so the
 * harness keeps working between full runs. What the full run promises holds
 * here too: every host ok after an update, no session lost, status and wait
 * over the live fleet, the leader killed with every agent back within the
 * session timeout + 5 s and no status record lost, and a restart of all
 * agents at once.
 */
import { describe, expect, it } from 'vitest';
import { fleetScale } from '@zkdeploy/bench/fleet-scale';

const AGENTS = 120;
const SESSION_TIMEOUT_MS = 10_000;

describe('fleet scale (reduced)', () => {
  it(`${AGENTS} live agents converge, survive a leader kill and a restart storm`, async () => {
    const [row] = await fleetScale({
      sizes: [AGENTS],
      perWorker: 50,
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
    expect(row.gitNoSplay.fetchesPerDeploy).toBeGreaterThanOrEqual(AGENTS);
    expect(row.status).toMatchObject({ tableCode: 0, jsonHosts: AGENTS });
    expect(row.wait?.code).toBe(0);
    expect(row.leaderKill).toMatchObject({ withinTimeoutPlus5s: true, sessionsLost: 0, statusLost: 0, statusOk: AGENTS });
    expect(row.storm?.allRegisteredMs).toBeGreaterThan(0);
    expect(row.splay?.fetchesPerDeploy).toBeGreaterThanOrEqual(AGENTS);
  }, 120_000);
});
