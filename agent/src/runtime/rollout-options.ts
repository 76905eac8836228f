/**
 * Agent flags for progressive rollouts (docs/design.md, "Progressive
 * rollouts"): host labels for wave selectors, the health check run after
 * every activation (every --health-interval, the flag service checks use),
 * and --controller (run the rollout controller here too).
 */
import { Option, type Command } from 'commander';
import { UsageError, readAuthFile } from '@zkdeploy/shared';

export interface RolloutAgentOptions {
  /** `--label k=v` (repeatable): published in the live registration. */
  labels: Record<string, string>;
  healthCmd: string | undefined;
  healthUrl: string | undefined;
  /** Run the rollout controller (one of several leads by election). */
  controller: boolean;
  /** The identity the controller writes with (--controller-auth-file: the publisher's, in an app with ACLs); else the agent's own session. */
  controllerAuth: string | undefined;
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];
const LABEL_PART = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;

export function addRolloutOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--label <k=v>', 'host label for rollout wave selectors (repeatable)').argParser(collect).env('ZKDEPLOY_LABEL'))
    .addOption(new Option('--health-cmd <command>', 'shell command that must exit 0 while this host is healthy, run in the target after activation').env('ZKDEPLOY_HEALTH_CMD'))
    .addOption(new Option('--health-url <url>', 'http(s) URL that must answer 2xx while this host is healthy').env('ZKDEPLOY_HEALTH_URL'))
    .addOption(new Option('--controller [bool]', 'also run the rollout controller (several may; one leads)').env('ZKDEPLOY_CONTROLLER'))
    .addOption(new Option('--controller-auth-file <file>', "the publisher's user:password (mode 0600) the controller writes with, on a session of its own").env('ZKDEPLOY_CONTROLLER_AUTH_FILE'));
}

/** Parses `zone=a` pairs; throws UsageError naming --label. */
export function parseLabels(values: string[]): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const value of values) {
    const match = /^([^=]+)=([^=]+)$/.exec(value);
    if (!match || !LABEL_PART.test(match[1] as string) || !LABEL_PART.test(match[2] as string)) {
      throw new UsageError(`--label ${JSON.stringify(value)} is not key=value (letters, digits, . _ -; at most 63 characters each)`);
    }
    labels[match[1] as string] = match[2] as string;
  }
  return labels;
}

export function parseRolloutOptions(pick: (key: string, fileKey?: string) => unknown, asList: (v: unknown) => string[]): RolloutAgentOptions {
  const healthUrl = (pick('healthUrl') as string | undefined) || undefined;
  if (healthUrl !== undefined) {
    let url: URL | null = null;
    try {
      url = new URL(healthUrl);
    } catch {
      url = null;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) throw new UsageError(`--health-url ${JSON.stringify(healthUrl)} is not an http:// or https:// URL`);
  }
  const controller = pick('controller');
  const authFile = pick('controllerAuthFile') as string | undefined;
  const controllerAuth = authFile === undefined ? undefined : readAuthFile(String(authFile), '--controller-auth-file');
  if (controllerAuth !== undefined && !/^[^:]+:.+$/.test(controllerAuth)) throw new UsageError('--controller-auth-file must hold user:password');
  return {
    labels: parseLabels(asList(pick('label', 'labels'))),
    healthCmd: (pick('healthCmd') as string | undefined) || undefined,
    healthUrl,
    controller: controller === true || controller === 'true',
    controllerAuth,
  };
}
