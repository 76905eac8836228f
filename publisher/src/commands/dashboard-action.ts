import type { Command } from 'commander';
import { ExitCode, UsageError } from '@zkdeploy/shared/errors';
import { createLogger } from '@zkdeploy/shared/logger';
import { isValidAppPath } from '@zkdeploy/shared/znode-layout';
import { DashboardHub } from '../dashboard/dashboard-hub.js';
import { DashboardServer } from '../dashboard/dashboard-server.js';
import { parseListen } from '../dashboard/listen-address.js';
import { readTokenFile } from '../dashboard/token-file.js';
import { connect, globalOptions } from '../global-options.js';
import { watchRollout } from '../rollout-view.js';

interface Flags {
  app?: string[] | string;
  listen: string;
  allowActions?: boolean;
  tokenFile?: string;
}

function appsOf(cmd: Command, flags: Flags): string[] {
  const own = Array.isArray(flags.app) ? flags.app : [];
  for (const app of own) if (!isValidAppPath(app)) throw new UsageError(`--app ${JSON.stringify(app)} is not an absolute znode path like /app/business`);
  // globalOptions reads one --app; give it the first, so its other checks run as for every command.
  if (own.length > 0) cmd.setOptionValue('app', own[0]);
  return own;
}

/** Runs `zkdeploy dashboard` until SIGINT or SIGTERM. */
export async function run(this: Command, flags: Flags): Promise<void> {
  const own = appsOf(this, flags);
  const global = globalOptions(this);
  const apps = [...new Set(own.length > 0 ? own : [global.app])];
  const listen = parseListen(flags.listen);
  if (flags.allowActions && !flags.tokenFile) throw new UsageError('--allow-actions needs --token-file <file>', { hint: 'actions are refused without a bearer token' });
  if (flags.tokenFile && !flags.allowActions) throw new UsageError('--token-file is only used with --allow-actions');
  const tokens = flags.allowActions && flags.tokenFile ? readTokenFile(flags.tokenFile) : undefined;
  const log = createLogger({ fd: 2, name: 'zkdeploy-dashboard' });
  const zk = await connect(global);
  const hub = new DashboardHub(zk, apps, log, tokens !== undefined, { rollout: watchRollout });
  const server = new DashboardServer({ zk, hub, log, host: listen.host, port: listen.port, tokens });
  try {
    await server.listen();
    const shown = listen.host.includes(':') ? `[${listen.host}]` : listen.host;
    process.stdout.write(`zkdeploy dashboard: http://${shown}:${server.port}/ (${apps.join(', ')}; actions ${tokens ? 'on' : 'off'})\n`);
    if (!listen.loopback) log.warn({ listen: flags.listen }, 'dashboard: listening beyond loopback; anyone who reaches this address can read the fleet');
    await new Promise<void>((resolve) => {
      const stop = (): void => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolve();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
  } finally {
    hub.stop();
    await server.close().catch(() => undefined);
    await zk.close();
  }
  process.exitCode = ExitCode.OK;
}
