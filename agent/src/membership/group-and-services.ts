/**
 * The agent's group membership and service registrations, built from the
 * options and started/stopped as one. They live under the first --app.
 */
import { agentNodeAcl, type Logger, type ZkClient } from '@zkdeploy/shared';
import type { ActivationHooks } from '../reconcile/activation-hooks.js';
import type { GroupServiceOptions } from './group-and-service-options.js';
import { GroupMember } from './group-member.js';
import { AgentServices } from './agent-services.js';

export interface GroupAndServicesContext extends GroupServiceOptions {
  apps: string[];
  host: string;
  baseDir: string;
  /** The agent's ZooKeeper identity: its nodes get world-read plus full rights for it (shared/src/zk/app-acl.ts). */
  auth: string | undefined;
  /** TLS to ZooKeeper: with a client certificate, its subject is (part of) the agent's identity. */
  zkTls?: { cert?: string | undefined } | undefined;
}

export class GroupAndServices {
  private readonly member: GroupMember | null;
  private readonly services: AgentServices | null;

  constructor(zk: ZkClient, o: GroupAndServicesContext, log: Logger) {
    const app = o.apps[0] as string;
    const acl = agentNodeAcl(o.auth, Boolean(o.zkTls?.cert));
    this.member = o.group
      ? new GroupMember(zk, {
          app,
          group: o.group,
          host: o.host,
          onPrimary: o.onPrimary,
          onStandby: o.onStandby,
          commandTimeoutMs: o.roleCommandTimeoutMs,
          cwd: o.baseDir,
          acl,
          log,
        })
      : null;
    this.services =
      o.services.length > 0
        ? new AgentServices(zk, { app, agentHost: o.host, services: o.services, intervalMs: o.healthIntervalMs, acl, log })
        : null;
    this.activationHooks = o.drainDuringDeploy && this.services ? this.services : undefined;
  }

  /** What the reconcilers call around a checkout; set only with --drain-during-deploy. */
  readonly activationHooks: ActivationHooks | undefined;

  /** The services' health for rollouts: null without services; the first failing check names its service. */
  serviceHealth(): { healthy: boolean; reason: string } | null {
    if (!this.services) return null;
    const failing = this.services.registrations.find((r) => r.lastCheck?.healthy === false);
    if (failing) return { healthy: false, reason: `service ${failing.path}: ${failing.lastCheck?.detail ?? ''}` };
    return { healthy: true, reason: 'service health checks pass' };
  }

  start(): void {
    this.member?.start();
    this.services?.start();
  }

  /** A primary steps down first (its --on-standby finishes before it leaves), then endpoints are deregistered. */
  async stop(): Promise<void> {
    await this.member?.stop();
    await this.services?.stop();
  }
}
