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
import { untilInterrupted } from '../until-interrupted.js';

interface Flags {
  listen: string;
  allowActions?: boolean;
  tokenFile?: string;
}

/**
 * Every --app of the command line, in order. Commander keeps one value per
 * option, and the root command takes --app wherever it stands, so the
 * repeated flag is read from the arguments as given.
 */
function appsOf(cmd: Command): string[] {
  let root = cmd;
  while (root.parent) root = root.parent;
  // rawArgs: the arguments as given to parse (commander keeps them on the command it parsed with).
  const raw = (root as Command & { rawArgs?: unknown }).rawArgs;
  const args = Array.isArray(raw) ? raw.filter((a): a is string => typeof a === 'string') : [];
  const apps: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') break;
    if (arg === '--app' && i + 1 < args.length) apps.push(args[++i] as string);
    else if (arg.startsWith('--app=')) apps.push(arg.slice('--app='.length));
  }
  for (const app of apps) if (!isValidAppPath(app)) throw new UsageError(`--app ${JSON.stringify(app)} is not an absolute znode path like /app/business`);
  return apps;
}

/** Runs `zkdeploy dashboard` until SIGINT or SIGTERM. */
export async function run(this: Command, flags: Flags): Promise<void> {
  const own = appsOf(this);
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
    await untilInterrupted();
  } finally {
    hub.stop();
    await server.close().catch(() => undefined);
    await zk.close();
  }
  process.exitCode = ExitCode.OK;
}
