/**
 * Checkers 6 and 3 (controllers) on the rollout record, sampled throughout:
 * a host running a rollout's candidate must hold an assignment to that
 * rollout in a started wave (read between two reads of the same record
 * version, so a wave that started meanwhile is not mistaken for a jump);
 * and controller writes come from non-decreasing election members (the
 * leader is the lowest member alive, so terms only move up: a lower member
 * writing after a higher one is a deposed controller's write accepted).
 */
import { parseAssignment, parseRollout, parseStatus } from '@zkdeploy/shared';

const memberSeq = (writer) => (writer ? Number(/(\d+)$/.exec(writer)?.[1] ?? NaN) : null);

export class RolloutWatch {
  samples = 0;
  /** Hosts found on a running rollout's candidate and judged against their wave. */
  candidateChecks = 0;
  rollouts = new Set();
  #stop = false;
  #lastWriter = null;

  constructor(zk, app, hosts, history) {
    Object.assign(this, { zk, app, hosts, history });
  }

  async sample() {
    const first = await this.zk.get(`${this.app}/rollout`);
    const record = parseRollout(first?.data);
    if (!record) return;
    this.rollouts.add(record.id);
    this.checkWriter(record, first.stat.mzxid);
    if (!record.planned || !['progressing', 'paused', 'halted'].includes(record.state)) return;
    const hosts = await Promise.all(this.hosts.map(async (host) => ({
      host,
      status: parseStatus((await this.zk.get(`${this.app}/status/${host}`))?.data ?? null, host),
      assignment: parseAssignment((await this.zk.get(`${this.app}/rollout-hosts/${host}`))?.data),
    })));
    const again = await this.zk.get(`${this.app}/rollout`);
    if (again?.stat.version !== first.stat.version) return;
    for (const { host, status, assignment } of hosts) {
      if (!status || status.commitId !== record.candidate.commitId || status.configVersion !== record.stableVersion + 1) continue;
      this.candidateChecks++;
      const wave = assignment?.id === record.id ? record.waves.find((w) => w.index === assignment.wave) : undefined;
      if (!wave?.startedAt) {
        this.history.violate(6, `${host} runs candidate ${record.candidate.commitId.slice(0, 10)} of rollout ${record.id} (${record.state}, current ${record.current}) but its assignment is ${JSON.stringify(assignment)}`);
      }
    }
  }

  checkWriter(record, version) {
    const seq = memberSeq(record.writer);
    if (seq === null || Number.isNaN(seq)) return;
    const last = this.#lastWriter;
    if (last && version > last.version && seq < last.seq) {
      this.history.violate(3, `rollout record (zxid ${version}) written by ${record.writer} after ${last.writer}'s write (zxid ${last.version}): a deposed controller's write was accepted`);
    }
    if (!last || version > last.version) this.#lastWriter = { seq, version, writer: record.writer };
  }

  start() {
    this.done = (async () => {
      while (!this.#stop) {
        await this.sample().catch(() => undefined);
        this.samples++;
        await new Promise((r) => setTimeout(r, 400));
      }
    })();
  }

  async stop() {
    this.#stop = true;
    await this.done;
  }
}
