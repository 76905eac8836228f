/**
 * Decides which payload this host should run — the stable `B/config` or a
 * rollout's candidate — and hands it to the reconciler. The agent enforces
 * the plan itself: it takes the candidate only when the rollout record says
 * its wave has started, and never on its own initiative otherwise. When a
 * rollout is halted with rollback or aborted, or when the host has no wave in
 * it (it joined after the plan), the stable payload is desired again; the
 * release store still holds it, so going back is a symlink swap, no fetch.
 *
 * Cost per host: the record is watched (one read of a small znode per
 * change, so per wave advance); the host's own assignment is read once per
 * rollout. No list of hosts is ever read here.
 *
 * A candidate is deployed as config version `stableVersion + 1`, the version
 * completing the rollout gives it in `B/config`, so the records a host wrote
 * for the candidate already answer the completed config and nothing is
 * redeployed at completion.
 */
import {
  ZnodeLayout,
  candidateVersion,
  encodePayload,
  hostTakesCandidate,
  parseAssignment,
  parseRollout,
  type Logger,
  type RolloutRecord,
  type WaveAssignment,
  type ZkClient,
  type ZkStat,
} from '@zkdeploy/shared';

export interface DesiredSink {
  setDesired(data: Buffer | null, stat: ZkStat | null): Promise<void>;
}

/** What this host runs and why, for logs and tests. */
export interface DesiredChoice {
  data: Buffer | null;
  stat: ZkStat | null;
  candidate: boolean;
}

export class DesiredSource {
  /** undefined until `B/config` was read once. */
  private stable: { data: Buffer; stat: ZkStat } | null | undefined = undefined;
  private rollout: RolloutRecord | null = null;
  /** The assignment read for `assignmentFor` (null: this host has no wave in that rollout). */
  private assignment: WaveAssignment | null = null;
  private assignmentFor: string | null = null;
  private candidateData: Buffer | null = null;
  private readonly layout: ZnodeLayout;

  constructor(
    private readonly zk: ZkClient,
    app: string,
    private readonly host: string,
    private readonly sink: DesiredSink,
    private readonly log: Logger,
  ) {
    this.layout = new ZnodeLayout(app);
  }

  /** The stable config changed (watch or resync). */
  onConfig(data: Buffer | null, stat: ZkStat | null): Promise<void> {
    this.stable = stat && data ? { data, stat } : null;
    return this.apply();
  }

  /** The rollout record changed (watch or resync); reads this host's assignment once per planned rollout. */
  async onRollout(data: Buffer | null): Promise<void> {
    const record = parseRollout(data);
    if (data && data.length > 0 && !record) this.log.warn('ignoring a rollout record that is not valid; following the stable config');
    if (record?.planned && this.assignmentFor !== record.id) {
      try {
        const node = await this.zk.get(this.layout.rolloutHost(this.host));
        const assignment = parseAssignment(node?.data);
        this.assignment = assignment?.id === record.id ? assignment : null;
        this.assignmentFor = record.id;
      } catch (err) {
        this.log.warn({ err }, 'could not read this host\'s rollout wave; staying on what it runs until the next change');
        return;
      }
    }
    this.rollout = record;
    return this.apply();
  }

  /** True when `data` is the candidate this source handed out (admitted by the candidate's rules). */
  isCandidate(data: Buffer | null): boolean {
    return data !== null && this.candidateData !== null && data.equals(this.candidateData);
  }

  /** This host's wave in the current rollout, or null. */
  get wave(): number | null {
    return this.rollout && this.assignment?.id === this.rollout.id ? this.assignment.wave : null;
  }

  /** What this host should run now. */
  choose(): DesiredChoice | null {
    const stable = this.stable;
    if (stable === undefined) return null;
    const record = this.rollout;
    if (record && stable?.stat.version === record.stableVersion) {
      const completed = record.state === 'completed';
      if (completed || hostTakesCandidate(record, this.assignment)) {
        this.candidateData ??= encodePayload(record.candidate);
        if (!this.candidateData.equals(encodePayload(record.candidate))) this.candidateData = encodePayload(record.candidate);
        return { data: this.candidateData, stat: { ...stable.stat, version: candidateVersion(record) }, candidate: true };
      }
    }
    return { data: stable?.data ?? null, stat: stable?.stat ?? null, candidate: false };
  }

  private apply(): Promise<void> {
    const choice = this.choose();
    if (!choice) return Promise.resolve();
    return this.sink.setDesired(choice.data, choice.stat);
  }
}
