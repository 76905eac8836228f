/**
 * Reads active/standby groups (`B/groups/<group>/m-<seq>`) into a view: the
 * lowest member is the primary, the rest are standbys in the order they
 * would take over. Member data is untrusted: unreadable fields show as null.
 */
import { electionOrder, parseMemberRecord } from '@zkdeploy/shared/records';
import type { ZkClient } from '@zkdeploy/shared/zk';
import { ZnodeLayout } from '@zkdeploy/shared/znode-layout';

export interface GroupMemberView {
  member: string;
  role: 'primary' | 'standby';
  host: string | null;
  pid: number | null;
  since: string | null;
}

export interface GroupView {
  name: string;
  primary: GroupMemberView | null;
  standbys: GroupMemberView[];
}

async function readMember(zk: ZkClient, path: string, member: string, role: GroupMemberView['role']): Promise<GroupMemberView | null> {
  const node = await zk.get(`${path}/${member}`);
  if (!node) return null; // left between the listing and the read
  const { host, pid, since } = parseMemberRecord(node.data);
  return { member, role, host, pid, since: since ?? new Date(node.stat.ctime).toISOString() };
}

/** One group's members in election order (an empty group when it does not exist). */
export async function readGroup(zk: ZkClient, app: string, name: string): Promise<GroupView> {
  const path = new ZnodeLayout(app).group(name);
  const order = electionOrder((await zk.children(path)) ?? []);
  const members = (await Promise.all(order.map((m, i) => readMember(zk, path, m, i === 0 ? 'primary' : 'standby')))).filter(
    (m): m is GroupMemberView => m !== null,
  );
  // If the first one left meanwhile, the next in line is the primary now.
  const [primary, ...standbys] = members.map((m, i): GroupMemberView => ({ ...m, role: i === 0 ? 'primary' : 'standby' }));
  return { name, primary: primary ?? null, standbys };
}

/** The named group, or every group of the app sorted by name. */
export async function readGroups(zk: ZkClient, app: string, name?: string): Promise<GroupView[]> {
  const names = name !== undefined ? [name] : ((await zk.children(new ZnodeLayout(app).groups)) ?? []).sort();
  return Promise.all(names.map((n) => readGroup(zk, app, n)));
}
