#!/usr/bin/env node
/**
 * One worker process of the fleet-scale bench: many live agents in this one
 * process, each started with startAgent (its own ZooKeeper session, base dir,
 * release stores and status). Driven over IPC by bench/lib/agent-pool.mjs:
 *
 *   {id, cmd: 'start', agents: [{host, args}]}   start them all at once
 *   {id, cmd: 'stats'}                            how many are healthy, sessions lost, memory
 *   {id, cmd: 'stop'}                             stop them all at once
 *
 * and answers `{id, ok, value}` or `{id, ok: false, error}`. Exits when its
 * parent goes away.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseAgentOptions, startAgent } from '@zkdeploy/agent';
import { createLogger } from '@zkdeploy/shared';

// ZKDEPLOY_FLEET_LOG=<level> logs every agent to stderr, for finding out why one misbehaved.
const level = process.env.ZKDEPLOY_FLEET_LOG;
const log = level ? createLogger({ level, fd: 2, pretty: false, name: 'fleet-worker' }) : undefined;

let handles = [];
// How long the agents of this process waited for their event loop: a stall near 2/3 of the session timeout drops connections.
const loopDelay = monitorEventLoopDelay({ resolution: 20 });
loopDelay.enable();

let restarts = 0;

/**
 * Starts one agent the way a supervisor (systemd's Restart=on-failure) runs
 * the bin: a startup that fails (a ZooKeeper timeout while a thousand agents
 * register at once) is started again after a pause, and counted.
 */
async function startSupervised(a) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await startAgent(parseAgentOptions(a.args), { log: log?.child({ host: a.host }) });
    } catch (err) {
      if (attempt >= 20) throw err;
      restarts++;
      await new Promise((r) => setTimeout(r, 1000 + Math.random() * 2000));
    }
  }
}

async function start(agents) {
  const t0 = performance.now();
  const started = await Promise.all(agents.map(startSupervised));
  handles.push(...started);
  return { ms: performance.now() - t0, rss: process.memoryUsage().rss };
}

function stats() {
  const m = process.memoryUsage();
  return {
    agents: handles.length,
    healthy: handles.filter((h) => h.healthy).length,
    sessionsLost: handles.reduce((n, h) => n + h.sessionsLost, 0),
    restarts,
    rss: m.rss,
    heapUsed: m.heapUsed,
    loopDelayMaxMs: loopDelay.max / 1e6,
  };
}

async function stop() {
  const t0 = performance.now();
  const all = handles;
  handles = [];
  await Promise.all(all.map((h) => h.stop()));
  return { ms: performance.now() - t0 };
}

const COMMANDS = { start: (m) => start(m.agents), stats, stop };

process.on('message', (m) => {
  Promise.resolve()
    .then(() => COMMANDS[m.cmd](m))
    .then(
      (value) => process.send({ id: m.id, ok: true, value }),
      (err) => process.send({ id: m.id, ok: false, error: String(err?.stack ?? err) }),
    );
});
process.on('disconnect', () => process.exit(0));
process.send({ ready: true });
