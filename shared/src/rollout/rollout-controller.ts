/**
 * The rollout controller: `zkdeploy controller` and `zkdeploy-agent
 * --controller` run this same class. Several may run; one leads, by the
 * LeaderElection recipe on `B/controllers`. The leader plans a new rollout
 * (assigns the live hosts to waves), then on every tick and every change of
 * `B/rollout` evaluates the gate (rollout-gate.ts) and writes what it
 * decided: a bake timer, the next wave, a manual gate, a halt, completion.
 *
 * Every write is fenced (fenced-write.ts): it names the record version the
 * decision was made on and the leader's own election node, so a deposed or
 * frozen leader's write is refused by ZooKeeper. A leader whose write comes
 * back `deposed` stops leading at once and joins the line again.
 *
 * The controller keeps no state that matters outside ZooKeeper: a new leader
 * continues from the record (the current wave, its bake timer, its start
 * time for the deadline), so a crash neither skips nor repeats a wave.
 */
import type { Logger } from 'pino';
import { QUIET_LOG, type ComponentLog } from '../component-log.js';
import { ErrorCode } from '../errors.js';
import { encodePayload } from '../payload/index.js';
import { DataWatch, LeaderElection } from '../recipes/index.js';
import { parseStatus, type StatusRecord } from '../status-record.js';
import { hasZkCode } from '../zk/index.js';
import type { ZkClient, ZkOp } from '../zk/zk-client.js';
import type { ZkAcl } from '../zk/zk-acl.js';
import { ZnodeLayout } from '../znode-layout.js';
import { fencedWrite, type Fence, type FenceVerdict } from './fenced-write.js';
import { evaluateGate, type GateDecision } from './rollout-gate.js';
import { assignmentBatches, liveHostsWithLabels, readWaveMembers } from './rollout-hosts.js';
import { outcomeOf, encodeOutcome } from './rollout-outcome.js';
import { candidateVersion, encodeRollout, isActive, parseGateTimer, parseRollout, withGateTimer, type RolloutRecord } from './rollout-record.js';
import { WavePlanError, assignWaves } from './wave-assignment.js';
import { CoalescingRunner } from '../recipes/coalescing-runner.js';
import { ChildrenWatch } from '../recipes/children-watch.js';
import { TaskAssigner } from '../tasks/task-assigner.js';
import { beforeWaveTaskId, encodeTask, parseTask } from '../tasks/task-record.js';

export interface RolloutControllerOptions {
  app: string;
  /** How often the leader evaluates the gate without a change of `B/rollout` (status changes are polled). */
  tickMs?: number;
  /** The election member's data (who runs it). */
  memberData?: Buffer;
  logger?: Logger;
  /** Finished tasks kept under `B/tasks` (older ones are pruned); default 100. */
  keepTasks?: number;
}

export class RolloutController {
  private readonly layout: ZnodeLayout;
  private election: LeaderElection | null = null;
  private readonly runner = new CoalescingRunner(() => this.step());
  private readonly log: ComponentLog;
  private timer: NodeJS.Timeout | null = null;
  private watch: DataWatch | null = null;
  private taskWatch: ChildrenWatch | null = null;
  private readonly tasks: TaskAssigner;
  private leading = false;
  private members: { id: string; waves: string[][] } | null = null;
  private acl: ZkAcl[] | null = null;
  /** Records of the writes this controller made (record versions), for logs and tests. */
  writes = 0;

  constructor(
    private readonly zk: ZkClient,
    private readonly options: RolloutControllerOptions,
  ) {
    this.layout = new ZnodeLayout(options.app);
    this.log = options.logger?.child({ component: 'rollout-controller', app: options.app }) ?? QUIET_LOG;
    this.tasks = new TaskAssigner(zk, { app: options.app, keepTasks: options.keepTasks, log: this.log });
  }

  get isLeader(): boolean {
    return this.leading && (this.election?.isLeader ?? false);
  }

  /**
   * Joins the election. Member nodes (and `B/controllers`) get `B/history`'s
   * ACL, as every node the controller makes: in an app with ACLs only the
   * publisher's identity may stand in line, so a host's identity cannot join
   * ahead of the real controllers and hold the lead it cannot use.
   */
  async start(): Promise<void> {
    await this.zk.ensurePath(this.layout.history).catch(() => undefined); // an agent identity may not create it; then it exists or nothing works
    this.acl = await this.zk.getAcl(this.layout.history).catch(() => null);
    this.election = new LeaderElection(this.zk, this.layout.controllers, (leader, reason) => this.onLeadership(leader, reason), {
      data: this.options.memberData,
      logger: this.options.logger,
      acl: this.acl ?? undefined,
    });
    this.election.start();
    this.timer = setInterval(() => void this.runner.trigger(), this.options.tickMs ?? 500);
    this.watch = new DataWatch(this.zk, this.layout.rollout, () => void this.runner.trigger());
    // A new task is assigned at once, not at the next tick.
    this.taskWatch = new ChildrenWatch(this.zk, this.layout.tasks, () => void this.runner.trigger());
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.watch?.stop();
    this.taskWatch?.stop();
    await this.runner.idle();
    await this.election?.close();
  }

  private onLeadership(leader: boolean, reason: string): void {
    this.leading = leader;
    this.members = null; // a new term reads the assignments afresh
    this.tasks.reset();
    this.log.info({ leader, reason, member: this.election?.memberName }, leader ? 'leading the rollout controllers' : 'not leading the rollout controllers');
    if (leader) void this.runner.trigger();
  }

  private async step(): Promise<void> {
    if (!this.isLeader || !this.zk.isConnected) return;
    await this.rolloutStep();
    await this.taskStep();
  }

  /** Assigns and follows tasks (tasks/task-assigner.ts), with this controller's fence. */
  private async taskStep(): Promise<void> {
    const member = this.election?.memberName;
    if (!member || !this.isLeader) return;
    try {
      if (!this.acl) this.acl = await this.zk.getAcl(this.layout.history);
      await this.tasks.step(`${this.layout.controllers}/${member}`, this.acl, (fence, ops) => this.write(fence, ops));
    } catch (err) {
      this.log.warn({ err }, 'task step failed; the next tick tries again');
    }
  }

  private async rolloutStep(): Promise<void> {
    try {
      const node = await this.zk.get(this.layout.rollout);
      const record = parseRollout(node?.data);
      if (!node || !record || !isActive(record)) return;
      const member = this.election?.memberName;
      if (!member || !this.isLeader) return;
      const fence: Fence = { memberPath: `${this.layout.controllers}/${member}`, rolloutPath: this.layout.rollout, rolloutVersion: node.stat.version };
      if (!this.acl) {
        await this.zk.ensurePath(this.layout.history);
        this.acl = await this.zk.getAcl(this.layout.history);
      }
      if (!record.planned) {
        if (record.state === 'progressing' && (await this.beforeWaveDone(record, fence))) await this.plan(record, fence);
        return;
      }
      await this.advance(record, fence);
    } catch (err) {
      this.log.warn({ err }, 'rollout step failed; the next tick tries again');
    }
  }

  /**
   * The rollout's before-wave task (`publish --before-wave <task>`): created
   * once as a `--once` task in the same fenced multi that records its id, so
   * a controller failover neither loses nor doubles it. True once it
   * succeeded (or there is none); its failure halts the rollout before any
   * host was planned into a wave, so no host moves.
   */
  private async beforeWaveDone(record: RolloutRecord, fence: Fence): Promise<boolean> {
    const hook = record['beforeWave'] as { task?: unknown } | undefined;
    if (!hook || typeof hook.task !== 'string') return true;
    const id = beforeWaveTaskId(record.id);
    const node = await this.zk.get(this.layout.task(id));
    if (!node) {
      await this.zk.ensurePath(this.layout.tasks, this.acl ?? undefined);
      const task = { id, name: hook.task, mode: 'once' as const, selector: null, args: {}, timeoutS: Math.max(1, Math.round(record.plan.waveTimeoutMs / 1000)), createdAt: new Date().toISOString(), state: 'pending' as const, reason: null, runs: [], rollout: record.id };
      if (parseTask(id, encodeTask(task)) === null) {
        await this.finish(record, fence, { kind: 'halt', reason: `the before-wave task ${JSON.stringify(hook.task)} is not a valid task name` });
        return false;
      }
      // The task node takes B/agents' ACL, as `task run` gives it: hosts may add their claims and results under it.
      const acl = await this.zk.getAcl(this.layout.agents).catch(() => this.acl ?? undefined);
      const waiting = { ...record, reason: `running the before-wave task ${hook.task} (${id}) before planning the waves` };
      if ((await this.setRecord(fence, waiting, [{ op: 'create', path: this.layout.task(id), data: encodeTask(task), acl }])) === 'written') {
        this.log.info({ rollout: record.id, task: id, name: hook.task }, 'before-wave task created');
      }
      return false;
    }
    const task = parseTask(id, node.data);
    if (task?.state === 'succeeded') return true;
    if (!task || task.state === 'failed') {
      await this.finish(record, fence, { kind: 'halt', reason: `the before-wave task ${hook.task} (${id}) failed${task?.reason ? `: ${task.reason}` : ''}; no host was moved` });
    }
    return false;
  }

  /** Assigns the live hosts to waves, writes the assignments, then starts the first wave. */
  private async plan(record: RolloutRecord, fence: Fence): Promise<void> {
    const hosts = await liveHostsWithLabels(this.zk, this.options.app);
    let waves: string[][];
    try {
      waves = assignWaves(record.id, record.plan.waves, hosts);
    } catch (err) {
      if (!(err instanceof WavePlanError)) throw err;
      await this.finish(record, fence, { kind: 'halt', reason: `cannot plan the rollout: ${err.message}` });
      return;
    }
    for (const batch of await assignmentBatches(this.zk, this.options.app, record, waves, this.acl ?? [])) {
      if ((await this.write(fence, batch)) !== 'written') return;
    }
    const now = new Date().toISOString();
    const next: RolloutRecord = {
      ...record,
      planned: true,
      current: 0,
      reason: null, // the before-wave task's note is done with
      waves: record.waves.map((w, i) => ({ ...w, size: waves[i]?.length ?? 0, startedAt: i === 0 ? now : null })),
    };
    if ((await this.setRecord(fence, next)) === 'written') {
      this.members = { id: record.id, waves };
      this.log.info({ rollout: record.id, sizes: waves.map((w) => w.length) }, 'planned the rollout; wave 1 started');
    }
  }

  /** Evaluates the gate and writes its decision. */
  private async advance(record: RolloutRecord, fence: Fence): Promise<void> {
    if (this.members?.id !== record.id) this.members = { id: record.id, waves: await readWaveMembers(this.zk, this.options.app, record) };
    const waves = this.members.waves;
    const started = waves.slice(0, record.current + 1).flat();
    const statuses = new Map<string, StatusRecord | null>(
      await Promise.all(started.map(async (h) => [h, parseStatus((await this.zk.get(this.layout.hostStatus(h)).catch(() => null))?.data, h)] as const)),
    );
    const timer = parseGateTimer((await this.zk.get(this.layout.rolloutGate).catch(() => null))?.data);
    const decision = evaluateGate({ record: withGateTimer(record, timer), waves, statuses, nowMs: Date.now() });
    if (decision.kind === 'wait') return;
    if (decision.kind === 'halt' || decision.kind === 'complete') {
      await this.finish(record, fence, decision);
      return;
    }
    const now = new Date().toISOString();
    const waveList = record.waves.map((w) => ({ ...w }));
    const cur = waveList[record.current]!;
    let next: RolloutRecord;
    if (decision.kind === 'bake') {
      await this.writeGateTimer(record, fence, decision.goodSince);
      return;
    }
    if (decision.kind === 'manual-gate') {
      cur.passedAt = now;
      next = { ...record, waves: waveList, state: 'paused', reason: `manual gate: waiting for \`rollout resume\` before wave ${record.current + 2}` };
    } else {
      cur.passedAt ??= now;
      waveList[record.current + 1]!.startedAt = now;
      next = { ...record, waves: waveList, current: record.current + 1, reason: null };
    }
    if ((await this.setRecord(fence, next)) === 'written' && decision.kind === 'advance') {
      this.log.info({ rollout: record.id, wave: next.current + 1 }, 'wave started');
    }
  }

  /** Halts, or completes (the candidate becomes `B/config`, with its history entry), and records the outcome. */
  private async finish(record: RolloutRecord, fence: Fence, decision: Extract<GateDecision, { kind: 'halt' | 'complete' }>): Promise<void> {
    const now = new Date().toISOString();
    const ops: ZkOp[] = [];
    let next: RolloutRecord;
    if (decision.kind === 'complete') {
      const config = await this.zk.exists(this.layout.config);
      if ((config?.version ?? -1) !== record.stableVersion) {
        await this.finish(record, fence, { kind: 'halt', reason: `${this.layout.config} was changed by another publish (now version ${config?.version ?? 'none'}); the candidate was not made stable` });
        return;
      }
      const waves = record.waves.map((w, i) => (i === record.current ? { ...w, passedAt: w.passedAt ?? now } : w));
      next = { ...record, waves, state: 'completed', reason: null };
      const data = encodePayload(record.candidate);
      ops.push(config ? { op: 'set', path: this.layout.config, data, version: record.stableVersion } : { op: 'create', path: this.layout.config, data, acl: this.acl ?? undefined });
      ops.push({ op: 'create', path: this.layout.historyEntry(candidateVersion(record)), data, acl: this.acl ?? undefined });
    } else {
      next = { ...record, state: 'halted', reason: decision.reason };
    }
    await this.zk.ensurePath(this.layout.rollouts, this.acl ?? undefined);
    ops.push({ op: 'create', path: this.layout.rolloutOutcome(record.id), data: encodeOutcome(outcomeOf(next, now)), acl: this.acl ?? undefined });
    if ((await this.setRecord(fence, next, ops)) === 'written') {
      this.log.info({ rollout: record.id, state: next.state, reason: next.reason }, decision.kind === 'complete' ? 'rollout completed' : 'rollout halted');
    }
  }

  /**
   * The bake timer goes to its own node: every agent watches the record, and
   * a timer started or reset there would cost each of them a read that moves
   * nothing. Fenced like every write (the record's version is checked).
   */
  private async writeGateTimer(record: RolloutRecord, fence: Fence, goodSince: string | null): Promise<void> {
    const data = Buffer.from(JSON.stringify({ id: record.id, wave: record.current, goodSince }));
    const exists = await this.zk.exists(this.layout.rolloutGate);
    await this.write(fence, [exists ? { op: 'set', path: this.layout.rolloutGate, data, version: exists.version } : { op: 'create', path: this.layout.rolloutGate, data, acl: this.acl ?? undefined }]);
  }

  private setRecord(fence: Fence, record: RolloutRecord, extra: ZkOp[] = []): Promise<FenceVerdict> {
    const data = encodeRollout({ ...record, updatedAt: new Date().toISOString(), writer: this.election?.memberName ?? null });
    return this.write(fence, [...extra, { op: 'set', path: fence.rolloutPath, data, version: fence.rolloutVersion }]);
  }

  private async write(fence: Fence, ops: ZkOp[]): Promise<FenceVerdict> {
    if (!this.isLeader) return 'deposed';
    let verdict: FenceVerdict;
    try {
      verdict = await fencedWrite(this.zk, fence, ops);
    } catch (err) {
      if (hasZkCode(err, ErrorCode.ZK_SESSION_EXPIRED)) verdict = 'deposed';
      else throw err;
    }
    if (verdict === 'written') this.writes++;
    if (verdict === 'deposed') {
      this.log.warn({ member: fence.memberPath }, 'ZooKeeper refused a fenced write: this controller was deposed; stepping down');
      this.leading = false;
      void this.election?.trigger();
    }
    if (verdict === 'stale') this.log.debug('the rollout changed under the decision; deciding again');
    return verdict;
  }
}
