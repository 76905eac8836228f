/**
 * Agent flags for active/standby groups and service registration, kept apart
 * from the deploy flags: `--group`, `--on-primary`, `--on-standby`,
 * `--role-command-timeout`, `--service`, `--health`, `--health-interval`,
 * `--drain-during-deploy` (each also from a `ZKDEPLOY_*` variable or the
 * config file).
 */
import { Option, type Command } from 'commander';
import { UsageError, isValidEndpointHost, isValidNodeName } from '@zkdeploy/shared';
import { parseHealthCheck, type HealthCheckSpec } from './health-check.js';

export interface ServiceSpec {
  name: string;
  host: string;
  port: number;
  health: HealthCheckSpec;
}

export interface GroupServiceOptions {
  group: string | undefined;
  onPrimary: string | undefined;
  onStandby: string | undefined;
  roleCommandTimeoutMs: number;
  services: ServiceSpec[];
  healthIntervalMs: number;
  drainDuringDeploy: boolean;
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

/** Adds the group and service flags to the agent command. */
export function addGroupServiceOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--group <name>', 'join this active/standby group (under the first --app)').env('ZKDEPLOY_GROUP'))
    .addOption(new Option('--on-primary <command>', 'shell command run when this agent becomes the group primary').env('ZKDEPLOY_ON_PRIMARY'))
    .addOption(new Option('--on-standby <command>', 'shell command run when this agent is or becomes a standby').env('ZKDEPLOY_ON_STANDBY'))
    .addOption(new Option('--role-command-timeout <seconds>', 'timeout of --on-primary/--on-standby (default 60)').env('ZKDEPLOY_ROLE_COMMAND_TIMEOUT'))
    .addOption(new Option('--service <name=host:port>', 'register this endpoint while healthy (repeatable)').argParser(collect).env('ZKDEPLOY_SERVICE'))
    .addOption(new Option('--health <check>', 'tcp (default) or an http(s):// URL that must answer 2xx; one for all services or one per --service').argParser(collect).env('ZKDEPLOY_HEALTH'))
    .addOption(new Option('--health-interval <seconds>', 'seconds between health checks (default 5)').env('ZKDEPLOY_HEALTH_INTERVAL'))
    .addOption(new Option('--drain-during-deploy', 'deregister services while this host activates a new commit (ZKDEPLOY_DRAIN_DURING_DEPLOY=true|false)'));
}

/** Reads a flag, then the config file key (`pick` applies that precedence). */
export type Pick = (key: string, fileKey?: string) => unknown;

const asList = (v: unknown): string[] =>
  (Array.isArray(v) ? v.map(String) : v === undefined || v === null || v === '' ? [] : [String(v)])
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean);

function optionalText(value: unknown, flag: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`${flag} must be a non-empty string`);
  return value;
}

/** A boolean from the environment, strictly: commander would take any value of a flag's variable, even `false`, as true. */
function booleanEnv(env: NodeJS.ProcessEnv, name: string): boolean {
  const value = env[name]?.trim().toLowerCase();
  if (value === undefined || value === '' || value === '0' || value === 'false' || value === 'no') return false;
  if (value === '1' || value === 'true' || value === 'yes') return true;
  throw new UsageError(`${name} must be true or false, got ${JSON.stringify(env[name])}`);
}

function seconds(value: unknown, flag: string, fallback: number): number {
  if (value === undefined || value === null) return fallback * 1000;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > 86_400) throw new UsageError(`${flag} must be a number of seconds between 0 and 86400, got ${JSON.stringify(value)}`);
  return Math.round(n * 1000);
}

/** Parses `name=host:port` (IPv6 hosts in brackets: `db=[::1]:5432`). */
export function parseServiceSpec(text: string, health: HealthCheckSpec): ServiceSpec {
  const match = /^([^=]+)=(.+):(\d{1,5})$/.exec(text);
  const bad = (why: string): UsageError =>
    new UsageError(`--service ${JSON.stringify(text)} ${why}`, { hint: 'write it as name=host:port, for example api=10.0.0.5:8080' });
  if (!match) throw bad('is not name=host:port');
  const [, name = '', host = '', portText = ''] = match;
  const port = Number(portText);
  if (!isValidNodeName(name)) throw bad(`has an invalid service name ${JSON.stringify(name)} (letters, digits, . _ -)`);
  if (!isValidEndpointHost(host)) throw bad(`has an invalid host ${JSON.stringify(host)}`);
  if (port < 1 || port > 65_535) throw bad(`has port ${port} outside 1-65535`);
  return { name, host, port, health };
}

function parseServices(pick: Pick): ServiceSpec[] {
  const specs = asList(pick('service', 'services'));
  const healths = asList(pick('health')).map(parseHealthCheck);
  if (healths.length > 0 && specs.length === 0) throw new UsageError('--health needs at least one --service to check');
  if (healths.length > 1 && healths.length !== specs.length) {
    throw new UsageError(`--health was given ${healths.length} times for ${specs.length} services; give it once for all or once per --service`);
  }
  const services = specs.map((text, i) => parseServiceSpec(text, healths[healths.length === 1 ? 0 : i] ?? { kind: 'tcp' }));
  const seen = new Set<string>();
  for (const s of services) {
    if (seen.has(s.name)) throw new UsageError(`--service ${s.name} is given twice; each service name registers one endpoint per host`);
    seen.add(s.name);
  }
  return services;
}

/** Validates the group and service flags; throws UsageError naming the bad one. */
export function parseGroupServiceOptions(pick: Pick, env: NodeJS.ProcessEnv = process.env): GroupServiceOptions {
  const group = optionalText(pick('group'), '--group');
  if (group !== undefined && !isValidNodeName(group)) throw new UsageError(`--group ${JSON.stringify(group)} is not a valid group name (letters, digits, . _ -)`);
  const onPrimary = optionalText(pick('onPrimary'), '--on-primary');
  const onStandby = optionalText(pick('onStandby'), '--on-standby');
  if (group === undefined && (onPrimary !== undefined || onStandby !== undefined)) {
    throw new UsageError('--on-primary and --on-standby need --group to name the group to join');
  }
  const services = parseServices(pick);
  const drainDuringDeploy = pick('drainDuringDeploy') === true || booleanEnv(env, 'ZKDEPLOY_DRAIN_DURING_DEPLOY');
  if (drainDuringDeploy && services.length === 0) throw new UsageError('--drain-during-deploy needs at least one --service to drain');
  return {
    group,
    onPrimary,
    onStandby,
    roleCommandTimeoutMs: seconds(pick('roleCommandTimeout'), '--role-command-timeout', 60),
    services,
    healthIntervalMs: seconds(pick('healthInterval'), '--health-interval', 5),
    drainDuringDeploy,
  };
}
