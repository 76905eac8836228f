/**
 * Every --service of this agent, started and stopped together; as
 * ActivationHooks they drain all endpoints around a deploy
 * (--drain-during-deploy).
 */
import type { Logger, ZkAcl, ZkClient } from '@zkdeploy/shared';
import type { ActivationHooks } from '../reconcile/activation-hooks.js';
import type { ServiceSpec } from './group-and-service-options.js';
import { EndpointRegistration } from './endpoint-registration.js';

export interface AgentServicesOptions {
  app: string;
  agentHost: string;
  services: ServiceSpec[];
  intervalMs: number;
  acl?: ZkAcl[] | undefined;
  log: Logger;
}

export class AgentServices implements ActivationHooks {
  readonly registrations: EndpointRegistration[];

  constructor(zk: ZkClient, o: AgentServicesOptions) {
    this.registrations = o.services.map(
      (service) => new EndpointRegistration(zk, { app: o.app, agentHost: o.agentHost, service, intervalMs: o.intervalMs, acl: o.acl, log: o.log }),
    );
  }

  /** Starts every health-check loop. */
  start(): void {
    for (const r of this.registrations) r.start();
  }

  /** Deregisters every endpoint and stops checking. */
  async stop(): Promise<void> {
    await Promise.all(this.registrations.map((r) => r.stop()));
  }

  async drain(): Promise<void> {
    await Promise.all(this.registrations.map((r) => r.drain()));
  }

  async restore(): Promise<void> {
    await Promise.all(this.registrations.map((r) => r.restore()));
  }
}
