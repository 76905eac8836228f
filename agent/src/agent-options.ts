/**
 * Agent configuration from flags, `ZKDEPLOY_*` environment variables and a
 * JSON config file. Precedence: flag > environment > config file > default.
 */
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { DEFAULT_APP, UsageError, isValidAppPath, isValidNodeName } from '@zkdeploy/shared';
import { AGENT_VERSION } from './version.js';
import { addGroupServiceOptions, parseGroupServiceOptions, type GroupServiceOptions } from './group-service-options.js';

export interface AgentOptions extends GroupServiceOptions {
  zk: string;
  apps: string[];
  baseDir: string;
  host: string;
  auth: string | undefined;
  allowUrls: string[];
  logLevel: string;
  sessionTimeoutMs: number;
  resyncMs: number;
  gitTimeoutMs: number;
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];
const list = (value: string): string[] => value.split(',').map((s) => s.trim()).filter(Boolean);

function command(): Command {
  return new Command('zkdeploy-agent')
    .description('Watches the zkdeploy config znode and checks out exactly the published commit.')
    .version(AGENT_VERSION)
    .addOption(new Option('--config <file>', 'JSON config file').env('ZKDEPLOY_CONFIG'))
    .addOption(new Option('--zk <hosts>', 'ZooKeeper connect string').env('ZKDEPLOY_ZK'))
    .addOption(new Option('--app <znode>', 'app base znode (repeatable)').argParser(collect).env('ZKDEPLOY_APP'))
    .addOption(new Option('--base-dir <dir>', 'where checkouts live').env('ZKDEPLOY_BASE_DIR'))
    .addOption(new Option('--host <name>', 'this host name in ZooKeeper').env('ZKDEPLOY_HOST'))
    .addOption(new Option('--auth <user:password>', 'ZooKeeper digest auth').env('ZKDEPLOY_AUTH'))
    .addOption(new Option('--allow-url <prefix>', 'allowed URL prefix (repeatable)').argParser(collect).env('ZKDEPLOY_ALLOW_URL'))
    .addOption(new Option('--log-level <level>', 'trace, debug, info, warn, error').env('ZKDEPLOY_LOG_LEVEL'))
    .addOption(new Option('--session-timeout <ms>', 'ZooKeeper session timeout').env('ZKDEPLOY_SESSION_TIMEOUT'))
    .addOption(new Option('--resync <seconds>', 'periodic resync interval').env('ZKDEPLOY_RESYNC'))
    .addOption(new Option('--git-timeout <seconds>', 'timeout of one git command').env('ZKDEPLOY_GIT_TIMEOUT'))
    .exitOverride()
    .configureOutput({ writeErr: () => undefined });
}

function readConfigFile(path: string | undefined): Record<string, unknown> {
  if (!path) return {};
  try {
    const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not a JSON object');
    return value as Record<string, unknown>;
  } catch (err) {
    throw new UsageError(`config file ${path} could not be read: ${(err as Error).message}`);
  }
}

function positiveNumber(value: unknown, flag: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${flag} must be a positive number, got ${JSON.stringify(value)}`);
  return n;
}

/** Parses argv (without node and script) into validated options; throws UsageError on bad input. */
export function parseAgentOptions(argv: string[]): AgentOptions {
  const cmd = addGroupServiceOptions(command());
  cmd.parse(argv, { from: 'user' });
  const flags = cmd.opts<Record<string, unknown>>();
  const file = readConfigFile(flags['config'] as string | undefined);
  const pick = (key: string, fileKey = key): unknown => flags[key] ?? file[fileKey];
  const asList = (v: unknown): string[] => (Array.isArray(v) ? v.flatMap((x) => list(String(x))) : v ? list(String(v)) : []);
  const apps = asList(pick('app', 'apps') ?? pick('app'));
  const options: AgentOptions = {
    zk: String(pick('zk') ?? '127.0.0.1:2181'),
    apps: apps.length > 0 ? apps : [DEFAULT_APP],
    baseDir: resolve(String(pick('baseDir') ?? process.cwd())),
    host: String(pick('host') ?? hostname()),
    auth: pick('auth') as string | undefined,
    allowUrls: asList(pick('allowUrl', 'allowUrls')),
    logLevel: String(pick('logLevel') ?? 'info'),
    sessionTimeoutMs: positiveNumber(pick('sessionTimeout') ?? 10_000, '--session-timeout'),
    resyncMs: positiveNumber(pick('resync') ?? 300, '--resync') * 1000,
    gitTimeoutMs: positiveNumber(pick('gitTimeout') ?? 300, '--git-timeout') * 1000,
    ...parseGroupServiceOptions(pick),
  };
  for (const app of options.apps) {
    if (!isValidAppPath(app)) throw new UsageError(`--app ${JSON.stringify(app)} is not an absolute znode path like /app/business`);
  }
  if (!isValidNodeName(options.host)) throw new UsageError(`--host ${JSON.stringify(options.host)} is not a valid host name (letters, digits, . _ -)`);
  if (options.auth !== undefined && !/^[^:]+:.+$/.test(options.auth)) throw new UsageError('--auth must be user:password');
  return options;
}
