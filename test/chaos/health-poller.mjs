/**
 * Checker 4 on the agents: every running agent's /healthz must answer (any
 * status: 503 while ZooKeeper is away is an answer) within the deadline, and
 * the event-loop delay its /metrics reports stays bounded. A frozen or
 * killed agent is excused; a restarted one until it first answered. A stall
 * of the whole machine is not the agent's: the runner measures its own
 * event-loop delay over the same stretch and only the excess counts.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';

const ANSWER_MS = 5000;
export const MAX_LOOP_DELAY_S = 2;

async function get(port, path) {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(ANSWER_MS) });
  return { status: res.status, text: await res.text() };
}

/** The largest event-loop delay figure in a Prometheus text (seconds), or null. */
export function loopDelayMax(text) {
  let max = null;
  for (const line of text.split('\n')) {
    const m = /^(\S*event_?loop\S*(?:max|p99)\S*)\s+([0-9.eE+-]+)$/.exec(line);
    if (m) max = Math.max(max ?? 0, Number(m[2]));
  }
  return max;
}

export class HealthPoller {
  polls = 0;
  maxLoopDelayS = 0;
  #stop = false;

  constructor(agents, history) {
    this.agents = agents;
    this.history = history;
  }

  async pollOne(agent, state) {
    const since = agent.startedAt;
    if (agent.state !== 'running') return;
    try {
      await get(agent.metricsPort, '/healthz');
      if (state.answered !== since) state.scrapedAt = undefined;
      state.answered = since;
      state.failures = 0;
      if (this.polls % 10 === 0) {
        const delay = loopDelayMax((await get(agent.metricsPort, '/metrics')).text);
        // The figure is the longest delay since the last scrape: a process frozen meanwhile measured its own freeze.
        const excused = this.history.frozenSince(agent.host, state.scrapedAt ?? 0) || state.scrapedAt === undefined || agent.startedAt !== since;
        state.scrapedAt = Date.now();
        if (delay !== null && !excused) {
          this.maxLoopDelayS = Math.max(this.maxLoopDelayS, delay);
          const machine = state.runnerMaxS ?? 0;
          if (delay - machine > MAX_LOOP_DELAY_S) this.history.violate(4, `${agent.host}: event-loop delay ${delay.toFixed(2)} s (the runner's own: ${machine.toFixed(2)} s)`);
        }
      }
    } catch (err) {
      // Only a process that ran, unfrozen, for the whole attempt and had answered since its start counts.
      if (agent.state !== 'running' || agent.startedAt !== since || state.answered !== since) return;
      if (this.history.frozenSince(agent.host, Date.now() - ANSWER_MS)) return;
      state.failures++;
      if (state.failures >= 2) {
        this.history.violate(4, `${agent.host}: /healthz did not answer twice in a row (${err.name}: ${err.message})`);
        state.failures = 0;
      }
    }
  }

  start() {
    this.done = (async () => {
      const states = new Map(this.agents.map((a) => [a, { answered: null, failures: 0 }]));
      const runnerDelay = monitorEventLoopDelay({ resolution: 20 });
      runnerDelay.enable();
      while (!this.#stop) {
        if (this.polls % 10 === 0) {
          // The runner's longest stall since the previous scrape round, beside the agents' own.
          const runnerMaxS = runnerDelay.max / 1e9;
          for (const state of states.values()) state.runnerMaxS = runnerMaxS;
          this.runnerMaxS = Math.max(this.runnerMaxS ?? 0, runnerMaxS);
          runnerDelay.reset();
        }
        await Promise.all(this.agents.map((a) => this.pollOne(a, states.get(a))));
        this.polls++;
        await new Promise((r) => setTimeout(r, 1000));
      }
    })();
  }

  async stop() {
    this.#stop = true;
    await this.done;
  }
}
