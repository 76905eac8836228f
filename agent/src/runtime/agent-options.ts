/**
 * Agent configuration from flags, `ZKDEPLOY_*` environment variables and a
 * JSON config file. Precedence: flag > environment > config file > default.
 * Config file keys are the flags in camelCase (`baseDir`, `selfHeal`,
 * `execTimeout`…); repeatable flags take arrays (`apps`, `allowUrls`,
 * `trustKeys`). Git credentials come only from the environment
 * (`ZKDEPLOY_GIT_USERNAME`, `ZKDEPLOY_GIT_PASSWORD` or
 * `ZKDEPLOY_GIT_PASSWORD_FILE`), never from argv where `ps` shows them.
 */
import { addRolloutOptions, parseRolloutOptions, type RolloutAgentOptions } from './rollout-options.js';
import { addTaskOptions, parseTaskOptions, type TaskAgentOptions } from '../tasks/task-options.js';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { DEFAULT_APP, UsageError, isValidAppPath, isValidNodeName, readAuthFile, ZK_TLS_FLAGS, zkTlsFromFlags, type ZkTlsOptions } from '@zkdeploy/shared';
import { AGENT_VERSION } from './version.js';
import { checkAllowUrls } from '../reconcile/url-policy.js';
import { gitCredentialHosts } from '../store/git-credentials.js';
import { addGroupServiceOptions, parseGroupServiceOptions, type GroupServiceOptions } from '../membership/group-and-service-options.js';
import { addResourceLimitOptions, parseResourceLimitOptions, type ResourceLimitOptions } from './resource-limit-options.js';

export interface AgentOptions extends GroupServiceOptions, ResourceLimitOptions, RolloutAgentOptions, TaskAgentOptions {
  zk: string;
  apps: string[];
  baseDir: string;
  host: string;
  auth: string | undefined;
  /** TLS to ZooKeeper (--zk-tls and its files), or undefined for a plain connection. */
  zkTls?: ZkTlsOptions | undefined;
  /** --run-as: the user operator commands run as (resolved to uid/gid by main). */
  runAs: string | undefined;
  allowUrls: string[];
  logLevel: string;
  sessionTimeoutMs: number;
  resyncMs: number;
  gitTimeoutMs: number;
  // ---- deploy behaviour, commands, security, operability (issue 5) ----
  exec: string | undefined;
  check: string | undefined;
  execTimeoutMs: number;
  selfHeal: boolean;
  driftWatch: boolean;
  splayMs: number;
  keepReleases: number;
  deployingAfterMs: number;
  metricsPort: number | undefined;
  metricsHost: string;
  trustKeys: string[];
  sshKey: string | undefined;
  knownHosts: string | undefined;
  gitUsername: string | undefined;
  gitPassword: string | undefined;
  /** `host:port` of the https servers the git credentials may go to (issue 23). */
  gitCredentialHosts: string[];
}

/**
 * Seconds a deploy runs before it writes `deploying`. A deploy done sooner
 * (most updates) reports `ok` alone: one ZooKeeper write per host instead of
 * two, half the write burst a publish sends the ensemble's leader
 * (bench/FINDINGS.md, "Status writes per deploy"). Long enough for an update
 * of a 100-host fleet on a loaded machine; short enough that a slow deploy (a
 * first clone, a large change, a --check) still shows `deploying` while it runs.
 */
const DEFAULT_DEPLOYING_AFTER_S = 2;

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
    .addOption(new Option('--auth-file <file>', 'file holding the ZooKeeper user:password (mode 0600)').env('ZKDEPLOY_AUTH_FILE'))
    .addOption(new Option('--run-as <user>', 'run --check, --exec and role commands as this user (agent must be root)').env('ZKDEPLOY_RUN_AS'))
    .addOption(new Option('--allow-url <prefix>', 'allowed URL prefix (repeatable)').argParser(collect).env('ZKDEPLOY_ALLOW_URL'))
    .addOption(new Option('--log-level <level>', 'trace, debug, info, warn, error').env('ZKDEPLOY_LOG_LEVEL'))
    .addOption(new Option('--session-timeout <ms>', 'ZooKeeper session timeout').env('ZKDEPLOY_SESSION_TIMEOUT'))
    .addOption(new Option('--resync <seconds>', 'periodic resync interval').env('ZKDEPLOY_RESYNC'))
    .addOption(new Option('--git-timeout <seconds>', 'timeout of one git command').env('ZKDEPLOY_GIT_TIMEOUT'))
    // ---- deploy behaviour, commands, security, operability (issue 5) ----
    .addOption(new Option('--exec <command>', 'shell command run in the checkout after activation').env('ZKDEPLOY_EXEC'))
    .addOption(new Option('--check <command>', 'shell command run in the new release before activation').env('ZKDEPLOY_CHECK'))
    .addOption(new Option('--exec-timeout <seconds>', 'timeout of --exec and --check').env('ZKDEPLOY_EXEC_TIMEOUT'))
    .addOption(new Option('--self-heal [bool]', 'restore drifted checkouts').env('ZKDEPLOY_SELF_HEAL'))
    .addOption(new Option('--no-drift-watch', 'do not watch the checkout for local changes'))
    .addOption(new Option('--splay <ms>', 'random delay up to <ms> before fetching').env('ZKDEPLOY_SPLAY'))
    .addOption(new Option('--deploying-after <s>', 'write the deploying status only for a deploy still running after <s> (default 2; 0: at once)').env('ZKDEPLOY_DEPLOYING_AFTER'))
    .addOption(new Option('--keep-releases <n>', 'releases kept per path for instant rollback (active included)').env('ZKDEPLOY_KEEP_RELEASES'))
    .addOption(new Option('--metrics-port <port>', 'serve /metrics and /healthz on this port').env('ZKDEPLOY_METRICS_PORT'))
    .addOption(new Option('--metrics-host <host>', 'address of the metrics server').env('ZKDEPLOY_METRICS_HOST'))
    .addOption(new Option('--trust-key <pem file>', 'accept only payloads signed by this ed25519 key (repeatable)').argParser(collect).env('ZKDEPLOY_TRUST_KEY'))
    .addOption(new Option('--ssh-key <file>', 'private key for ssh git URLs').env('ZKDEPLOY_SSH_KEY'))
    .addOption(new Option('--known-hosts <file>', 'known_hosts file for ssh git URLs').env('ZKDEPLOY_KNOWN_HOSTS'))
    .addOption(new Option('--git-credential-host <host[:port]>', 'the only https hosts that get the git credentials (repeatable; default: every https --allow-url host)').argParser(collect).env('ZKDEPLOY_GIT_CREDENTIAL_HOST'))
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

function nonNegativeInteger(value: unknown, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`${flag} must be a whole number of 0 or more, got ${JSON.stringify(value)}`);
  return n;
}

function bool(value: unknown, flag: string): boolean {
  if (value === undefined || value === true || value === false) return value === true;
  const text = String(value).toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(text)) return true;
  if (['0', 'false', 'no', 'off', ''].includes(text)) return false;
  throw new UsageError(`${flag} must be true or false, got ${JSON.stringify(value)}`);
}

function readableFile(path: unknown, flag: string): string | undefined {
  if (path === undefined) return undefined;
  const full = resolve(String(path));
  try {
    readFileSync(full);
  } catch (err) {
    throw new UsageError(`${flag} ${full} cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  return full;
}

function gitPassword(env: NodeJS.ProcessEnv): string | undefined {
  if (env['ZKDEPLOY_GIT_PASSWORD']) return env['ZKDEPLOY_GIT_PASSWORD'];
  const file = env['ZKDEPLOY_GIT_PASSWORD_FILE'];
  if (!file) return undefined;
  try {
    return readFileSync(file, 'utf8').trim();
  } catch (err) {
    throw new UsageError(`ZKDEPLOY_GIT_PASSWORD_FILE ${file} cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** The options of issue 5, kept in one block so other flag groups merge cleanly. */
function productionOptions(pick: (key: string, fileKey?: string) => unknown, asList: (v: unknown) => string[]) {
  const metricsPort = pick('metricsPort');
  const port = metricsPort === undefined ? undefined : nonNegativeInteger(metricsPort, '--metrics-port');
  if (port !== undefined && port > 65_535) throw new UsageError(`--metrics-port must be at most 65535, got ${port}`);
  const keep = nonNegativeInteger(pick('keepReleases') ?? 2, '--keep-releases');
  if (keep < 2) throw new UsageError(`--keep-releases must be at least 2 (the active release and one to prepare), got ${keep}`);
  const username = process.env['ZKDEPLOY_GIT_USERNAME'] || undefined;
  const password = gitPassword(process.env);
  if ((username === undefined) !== (password === undefined)) {
    throw new UsageError('ZKDEPLOY_GIT_USERNAME and ZKDEPLOY_GIT_PASSWORD (or ZKDEPLOY_GIT_PASSWORD_FILE) must be set together');
  }
  return {
    exec: (pick('exec') as string | undefined) || undefined,
    check: (pick('check') as string | undefined) || undefined,
    execTimeoutMs: positiveNumber(pick('execTimeout') ?? 300, '--exec-timeout') * 1000,
    selfHeal: bool(pick('selfHeal'), '--self-heal'),
    driftWatch: bool(pick('driftWatch') ?? true, '--drift-watch'),
    splayMs: nonNegativeInteger(pick('splay') ?? 0, '--splay'),
    keepReleases: keep,
    deployingAfterMs: nonNegativeNumber(pick('deployingAfter') ?? DEFAULT_DEPLOYING_AFTER_S, '--deploying-after') * 1000,
    metricsPort: port,
    metricsHost: String(pick('metricsHost') ?? '127.0.0.1'),
    trustKeys: asList(pick('trustKey', 'trustKeys')).map((f) => readableFile(f, '--trust-key') as string),
    sshKey: readableFile(pick('sshKey'), '--ssh-key'),
    knownHosts: readableFile(pick('knownHosts'), '--known-hosts'),
    gitUsername: username,
    gitPassword: password,
    gitCredentialHosts: gitCredentialHosts(checkAllowUrls(asList(pick('allowUrl', 'allowUrls'))), asList(pick('gitCredentialHost', 'gitCredentialHosts')), username !== undefined),
  };
}

function nonNegativeNumber(value: unknown, flag: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`${flag} must be a number of seconds, 0 or more, got ${JSON.stringify(value)}`);
  return n;
}

function positiveNumber(value: unknown, flag: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${flag} must be a positive number, got ${JSON.stringify(value)}`);
  return n;
}

/** --auth or the contents of --auth-file (never both): a password in a file stays out of `ps`. */
function zkAuth(pick: (key: string) => unknown): string | undefined {
  const auth = pick('auth') as string | undefined;
  const file = pick('authFile') as string | undefined;
  if (auth !== undefined && file !== undefined) throw new UsageError('give the ZooKeeper identity once: --auth or --auth-file, not both');
  return file !== undefined ? readAuthFile(String(file), '--auth-file') : auth;
}

/** Parses argv (without node and script) into validated options; throws UsageError on bad input. */
export function parseAgentOptions(argv: string[]): AgentOptions {
  const cmd = addTaskOptions(addRolloutOptions(addResourceLimitOptions(addGroupServiceOptions(command()))));
  for (const t of ZK_TLS_FLAGS) cmd.addOption(new Option(t.flag, t.help).env(t.env));
  cmd.parse(argv, { from: 'user' });
  const flags = cmd.opts<Record<string, unknown>>();
  const file = readConfigFile(flags['config'] as string | undefined);
  const fromFlag = (key: string): unknown => (cmd.getOptionValueSource(key) === 'default' ? undefined : flags[key]);
  const pick = (key: string, fileKey = key): unknown => fromFlag(key) ?? file[fileKey];
  const asList = (v: unknown): string[] => (Array.isArray(v) ? v.flatMap((x) => list(String(x))) : v ? list(String(v)) : []);
  const apps = asList(pick('app', 'apps') ?? pick('app'));
  const options: AgentOptions = {
    zk: String(pick('zk') ?? '127.0.0.1:2181'),
    apps: apps.length > 0 ? apps : [DEFAULT_APP],
    baseDir: resolve(String(pick('baseDir') ?? process.cwd())),
    host: String(pick('host') ?? hostname()),
    auth: zkAuth(pick),
    zkTls: zkTlsFromFlags({ zkTls: pick('zkTls'), zkTlsCa: pick('zkTlsCa'), zkTlsCert: pick('zkTlsCert'), zkTlsKey: pick('zkTlsKey'), zkTlsServername: pick('zkTlsServername') }),
    runAs: (pick('runAs') as string | undefined) || undefined,
    allowUrls: checkAllowUrls(asList(pick('allowUrl', 'allowUrls'))),
    logLevel: String(pick('logLevel') ?? 'info'),
    sessionTimeoutMs: positiveNumber(pick('sessionTimeout') ?? 10_000, '--session-timeout'),
    resyncMs: positiveNumber(pick('resync') ?? 300, '--resync') * 1000,
    gitTimeoutMs: positiveNumber(pick('gitTimeout') ?? 300, '--git-timeout') * 1000,
    ...parseGroupServiceOptions(pick),
    ...parseResourceLimitOptions(pick),
    ...productionOptions(pick, asList),
    ...parseRolloutOptions(pick, asList),
    ...parseTaskOptions(pick),
  };
  for (const app of options.apps) {
    if (!isValidAppPath(app)) throw new UsageError(`--app ${JSON.stringify(app)} is not an absolute znode path like /app/business`);
  }
  if (!isValidNodeName(options.host)) throw new UsageError(`--host ${JSON.stringify(options.host)} is not a valid host name (letters, digits, . _ -)`);
  if (options.auth !== undefined && !/^[^:]+:.+$/.test(options.auth)) throw new UsageError('--auth must be user:password');
  return options;
}
