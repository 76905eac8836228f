/** The app's default rollout plan at `B/rollout-policy` (`rollout policy set|show|clear`), used by every publish that names none. */
import { parsePlan, type RolloutPlan } from '@zkdeploy/shared/rollout';
import type { ZkClient } from '@zkdeploy/shared/zk';
import { ZnodeLayout } from '@zkdeploy/shared/znode-layout';

/** The app's default plan, or null (none, or not a valid plan: a bad node never blocks a publish's own flags). */
export async function readPolicy(zk: ZkClient, app: string): Promise<RolloutPlan | null> {
  const node = await zk.get(new ZnodeLayout(app).rolloutPolicy);
  if (!node || node.data.length === 0 || node.data.length > 64 * 1024) return null;
  try {
    return parsePlan(JSON.parse(node.data.toString('utf8')));
  } catch {
    return null;
  }
}

export async function writePolicy(zk: ZkClient, app: string, plan: RolloutPlan): Promise<void> {
  const layout = new ZnodeLayout(app);
  const data = Buffer.from(JSON.stringify(plan));
  if (await zk.exists(layout.rolloutPolicy)) await zk.set(layout.rolloutPolicy, data, -1);
  else {
    await zk.ensurePath(layout.history);
    await zk.create(layout.rolloutPolicy, data, 'persistent', await zk.getAcl(layout.history));
  }
}

export async function clearPolicy(zk: ZkClient, app: string): Promise<boolean> {
  const layout = new ZnodeLayout(app);
  if (!(await zk.exists(layout.rolloutPolicy))) return false;
  await zk.delete(layout.rolloutPolicy, -1);
  return true;
}
