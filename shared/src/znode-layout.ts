/**
 * Znode layout of one app (docs/design.md, "Znode layout"). An app is a base
 * path `B`; several apps can share an ensemble.
 */

export const DEFAULT_APP = '/app/business';

const APP_PATTERN = /^(?:\/[A-Za-z0-9._-]+)+$/;
const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,252}$/;

/** True when `app` is an absolute znode path of plain segments. */
export function isValidAppPath(app: string): boolean {
  return APP_PATTERN.test(app) && !app.split('/').some((s) => s === '.' || s === '..' || s === 'zookeeper');
}

/** True for a host, group or service name usable as one znode segment. */
export function isValidNodeName(name: string): boolean {
  return NAME_PATTERN.test(name);
}

/** Width of the zero-padded version in history node names. */
export const HISTORY_VERSION_DIGITS = 10;

/** All znode paths of one app. */
export class ZnodeLayout {
  constructor(readonly base: string) {}

  get config(): string {
    return `${this.base}/config`;
  }
  get history(): string {
    return `${this.base}/history`;
  }
  get agents(): string {
    return `${this.base}/agents`;
  }
  get status(): string {
    return `${this.base}/status`;
  }
  get groups(): string {
    return `${this.base}/groups`;
  }
  get services(): string {
    return `${this.base}/services`;
  }

  /** The rollout record (docs/design.md, "Progressive rollouts"): small, watched by every agent. */
  get rollout(): string {
    return `${this.base}/rollout`;
  }
  /** The bake timer of the current wave; beside the record so that agents, which watch only the record, never read it. */
  get rolloutGate(): string {
    return `${this.base}/rollout-gate`;
  }
  /** Per-host wave assignments of the current rollout, written by the controller when it plans it. */
  get rolloutHosts(): string {
    return `${this.base}/rollout-hosts`;
  }
  /** The app's default rollout plan (`rollout policy set`). */
  get rolloutPolicy(): string {
    return `${this.base}/rollout-policy`;
  }
  /** Finished rollouts, one node per rollout id with its outcome. */
  get rollouts(): string {
    return `${this.base}/rollouts`;
  }
  /** The election of rollout controllers. */
  get controllers(): string {
    return `${this.base}/controllers`;
  }
  /** Task requests (docs/design.md, "Tasks"), one sequential node each, with their runs' claims and results as children. */
  get tasks(): string {
    return `${this.base}/tasks`;
  }
  /** Per-host task assignments, written by the controller: a worker watches only its own. */
  get taskHosts(): string {
    return `${this.base}/task-hosts`;
  }

  /** The persistent containers an app needs, parents first. */
  get containers(): string[] {
    return [this.base, this.history, this.agents, this.status, this.groups, this.services];
  }

  historyEntry(version: number): string {
    return `${this.history}/${historyNodeName(version)}`;
  }
  agent(host: string): string {
    return `${this.agents}/${host}`;
  }
  hostStatus(host: string): string {
    return `${this.status}/${host}`;
  }
  rolloutHost(host: string): string {
    return `${this.rolloutHosts}/${host}`;
  }
  rolloutOutcome(id: string): string {
    return `${this.rollouts}/${id}`;
  }
  task(id: string): string {
    return `${this.tasks}/${id}`;
  }
  taskHost(host: string): string {
    return `${this.taskHosts}/${host}`;
  }
  group(name: string): string {
    return `${this.groups}/${name}`;
  }
  service(name: string): string {
    return `${this.services}/${name}`;
  }
}

/** `v-0000000007` for version 7. */
export function historyNodeName(version: number): string {
  return `v-${String(version).padStart(HISTORY_VERSION_DIGITS, '0')}`;
}

/** The version of a history node name, or null when the name is not one. */
export function parseHistoryNodeName(name: string): number | null {
  const match = /^v-(\d{10})$/.exec(name);
  return match ? Number(match[1]) : null;
}
