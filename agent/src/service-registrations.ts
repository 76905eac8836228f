/**
 * Every --service of this agent, started and stopped together; as
 * ActivationHooks they drain all endpoints around a deploy
 * (--drain-during-deploy).
 */
import type { Logger, ZkAcl, ZkClient } from '@zkdeploy/shared';
import type { ActivationHooks } from './activation-hooks.js';
import type { ServiceSpec } from './group-service-options.js';
import { ServiceRegistration } from './service-registration.js';

export interface ServiceRegistrationsOptions {
  app: string;
  agentHost: string;
  services: ServiceSpec[];
  intervalMs: number;
  acl?: ZkAcl[] | undefined;
  log: Logger;
}

export class ServiceRegistrations implements ActivationHooks {
  readonly registrations: ServiceRegistration[];

  constructor(zk: ZkClient, o: ServiceRegistrationsOptions) {
    this.registrations = o.services.map(
      (service) => new ServiceRegistration(zk, { app: o.app, agentHost: o.agentHost, service, intervalMs: o.intervalMs, acl: o.acl, log: o.log }),
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
