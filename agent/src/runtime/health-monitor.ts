/**
 * Health after activation (`--health-cmd`, `--health-url`): every
 * `--health-interval` while this host's last record is `ok`, the check runs
 * and its verdict goes into the status record (`health`, `healthReason`)
 * through the one status writer, which writes only when the verdict
 * changes. A command runs like --exec: `sh -c` in the base dir, with the
 * allowlisted environment and the deploy's facts, as the --run-as user, its
 * output tail redacted (release-command.ts); a URL must answer 2xx.
 */
import type { Logger } from '@zkdeploy/shared';
import { runHealthCheck } from '../membership/health-check.js';
import { runReleaseCommand } from '../reconcile/release-command.js';
import type { StatusWriter } from '../reconcile/status-writer.js';

export interface HealthMonitorOptions {
  app: string;
  host: string;
  baseDir: string;
  cmd: string | undefined;
  url: string | undefined;
  intervalMs: number;
  /** The health of this host's service endpoints (null: no services); a failing service check makes the host unhealthy. */
  services?: (() => HealthVerdict | null) | undefined;
  writer: StatusWriter;
  log: Logger;
  signal: AbortSignal;
}

export interface HealthVerdict {
  healthy: boolean;
  reason: string;
}

export class HealthMonitor {
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(private readonly o: HealthMonitorOptions) {}

  start(): void {
    this.o.writer.trackHealth();
    this.timer = setInterval(() => void this.tick(), this.o.intervalMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private async tick(): Promise<void> {
    const record = this.o.writer.current;
    if (this.running || !record || record.state !== 'ok' || !record.commitId || this.o.signal.aborted) return;
    this.running = true;
    try {
      const verdict = await this.check(record.commitId, record.configVersion ?? 0);
      if (this.o.signal.aborted) return;
      const changed = await this.o.writer.setHealth(verdict.healthy ? 'healthy' : 'unhealthy', verdict.reason, record.commitId);
      if (changed) this.o.log[verdict.healthy ? 'info' : 'warn']({ reason: verdict.reason }, verdict.healthy ? 'healthy' : 'unhealthy');
    } finally {
      this.running = false;
    }
  }

  /** Runs the command, then the URL, then looks at the services: the first failure is the verdict. */
  async check(commit: string, configVersion: number): Promise<HealthVerdict> {
    const timeoutMs = Math.max(1000, Math.min(this.o.intervalMs * 3, 30_000));
    if (this.o.cmd) {
      try {
        const facts = { commit, path: this.o.baseDir, app: this.o.app, host: this.o.host, configVersion };
        await runReleaseCommand({ kind: 'exec', command: this.o.cmd, cwd: this.o.baseDir, facts, timeoutMs, signal: this.o.signal });
      } catch (err) {
        return { healthy: false, reason: `--health-cmd ${(err as Error).message.replace(/^--exec command /, '')}` };
      }
    }
    if (this.o.url) {
      const result = await runHealthCheck({ kind: 'http', url: this.o.url }, '', 0, timeoutMs);
      if (!result.ok) return { healthy: false, reason: `--health-url ${result.detail}` };
    }
    const services = this.o.services?.();
    if (services && !services.healthy) return services;
    return { healthy: true, reason: this.o.cmd || this.o.url ? 'health checks pass' : 'service health checks pass' };
  }
}
