/**
 * The live hosts a task may go to, read by the controller when a task needs
 * a host: registrations under `B/agents` with their labels and declared
 * tasks (in per-host mode only registrations owned by the session their host
 * recorded, as rollout waves count them), and whether each is ok and not
 * unhealthy at the current stable commit.
 */
import { ownedByHost, statusSession } from '../host-anchor.js';
import { parseHostIdentities } from '../zk/host-identities.js';
import type { ZkClient } from '../zk/zk-client.js';
import { ZnodeLayout } from '../znode-layout.js';
import type { TaskHost } from './task-selection.js';
import { TASK_NAME } from './task-record.js';

interface Registration {
  labels: Record<string, string>;
  tasks: string[];
}

/** Labels and declared task names out of a registration's data; empty when malformed. */
export function parseRegistration(data: Buffer | null | undefined): Registration {
  try {
    const v = JSON.parse(data?.toString('utf8') ?? '') as { labels?: unknown; tasks?: unknown };
    const labels = typeof v.labels === 'object' && v.labels !== null ? Object.fromEntries(Object.entries(v.labels).filter(([, x]) => typeof x === 'string')) : {};
    const tasks = Array.isArray(v.tasks) ? v.tasks.filter((t): t is string => typeof t === 'string' && TASK_NAME.test(t)) : [];
    return { labels: labels as Record<string, string>, tasks };
  } catch {
    return { labels: {}, tasks: [] };
  }
}

function stableCommit(data: Buffer | null | undefined): string | null {
  try {
    const v = JSON.parse(data?.toString('utf8') ?? '') as { commitId?: unknown };
    return typeof v.commitId === 'string' ? v.commitId : null;
  } catch {
    return null;
  }
}

/** Every live host with its declared tasks, labels and preference. */
export async function liveTaskHosts(zk: ZkClient, app: string): Promise<TaskHost[]> {
  const layout = new ZnodeLayout(app);
  const [names, appNode, config] = await Promise.all([zk.children(layout.agents), zk.get(app), zk.get(layout.config)]);
  const perHost = parseHostIdentities(appNode?.data)?.perHost === true;
  const stable = stableCommit(config?.data);
  const hosts = await Promise.all(
    (names ?? []).map(async (host): Promise<TaskHost | null> => {
      const node = await zk.get(layout.agent(host)).catch(() => null);
      if (!node) return null;
      const reg = parseRegistration(node.data);
      if (reg.tasks.length === 0) return null;
      const statusData = (await zk.get(layout.hostStatus(host)).catch(() => null))?.data;
      if (perHost && !ownedByHost(node.stat.ephemeralOwner, statusSession(statusData))) return null;
      return { host, labels: reg.labels, tasks: reg.tasks, preferred: isPreferred(statusData, stable) };
    }),
  );
  return hosts.filter((h): h is TaskHost => h !== null);
}

function isPreferred(statusData: Buffer | undefined, stable: string | null): boolean {
  try {
    const s = JSON.parse(statusData?.toString('utf8') ?? '') as { state?: unknown; commitId?: unknown; health?: unknown };
    return stable !== null && s.state === 'ok' && s.commitId === stable && s.health !== 'unhealthy';
  } catch {
    return false;
  }
}
