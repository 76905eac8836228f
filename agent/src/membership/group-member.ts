/**
 * This agent's place in an active/standby group: a LeaderElection under
 * `B/groups/<group>` whose outcome runs --on-primary or --on-standby. On stop
 * a primary runs --on-standby to completion before its member node goes, so
 * the next primary never starts while this one still acts.
 */
import { LeaderElection, ZnodeLayout, encodeMemberRecord, ensureMemberContainer, type Logger, type ZkAcl, type ZkClient } from '@zkdeploy/shared';
import { RoleCommandRunner } from './role-command-runner.js';

export interface GroupMemberOptions {
  app: string;
  group: string;
  host: string;
  onPrimary: string | undefined;
  onStandby: string | undefined;
  commandTimeoutMs: number;
  cwd: string;
  acl?: ZkAcl[] | undefined;
  log: Logger;
}

export class GroupMember {
  private readonly election: LeaderElection;
  private readonly runner: RoleCommandRunner;
  private readonly log: Logger;
  /** Makes the group node with the ACL every member needs (per-host identities) before the election would make it with its own. */
  private readonly ensureGroup: () => Promise<void>;

  constructor(zk: ZkClient, o: GroupMemberOptions) {
    const groupPath = new ZnodeLayout(o.app).group(o.group);
    this.ensureGroup = () => ensureMemberContainer(zk, o.app, groupPath, o.acl);
    this.log = o.log.child({ component: 'group', group: o.group, app: o.app });
    this.runner = new RoleCommandRunner({
      onPrimary: o.onPrimary,
      onStandby: o.onStandby,
      timeoutMs: o.commandTimeoutMs,
      cwd: o.cwd,
      env: { ZKDEPLOY_GROUP: o.group, ZKDEPLOY_HOST: o.host, ZKDEPLOY_APP: o.app },
      log: this.log,
    });
    const data = encodeMemberRecord({ host: o.host, pid: process.pid, since: new Date().toISOString() });
    this.election = new LeaderElection(
      zk,
      new ZnodeLayout(o.app).group(o.group),
      (leader, reason) => this.runner.enter(leader ? 'primary' : 'standby', reason),
      { data, acl: o.acl, logger: this.log },
    );
  }

  /** Joins the group. */
  start(): void {
    // An election closed meanwhile does not start (LeaderElection.start after close is a no-op).
    void this.ensureGroup()
      .catch((err: unknown) => this.log.warn({ err }, 'could not create the group node; the election retries it'))
      .finally(() => this.election.start());
  }

  /** True while this agent is the group's primary. */
  get isPrimary(): boolean {
    return this.election.isLeader;
  }

  /** Steps down (running --on-standby if primary), leaves the group, and waits for any role command. */
  async stop(): Promise<void> {
    await this.election.close();
    await this.runner.idle();
  }
}
