/**
 * Reads active/standby groups (`B/groups/<group>/m-<seq>`) into a view: the
 * lowest member is the primary, the rest are standbys in the order they
 * would take over. Member data is untrusted: unreadable fields show as null.
 * In per-host mode a member not owned by the session of the host its data
 * names is forged: it is listed under `unverified`, never as primary or
 * standby, and while it is the lowest no agent leads, so `primary` is null.
 */
import { electionOrder, parseMemberRecord } from '@zkdeploy/shared/records';
import type { ZkClient } from '@zkdeploy/shared/zk';
import { ZnodeLayout } from '@zkdeploy/shared/znode-layout';
import { HostVerifier } from './host-verifier.js';

export interface GroupMemberView {
  member: string;
  role: 'primary' | 'standby';
  host: string | null;
  pid: number | null;
  since: string | null;
  /** Per-host mode only: whether the member's owner is the recorded session of the host its data names. */
  verified?: boolean;
}

export interface GroupView {
  name: string;
  primary: GroupMemberView | null;
  standbys: GroupMemberView[];
  /** Per-host mode only: forged members, in election order. */
  unverified?: GroupMemberView[];
}

async function readMember(
  zk: ZkClient,
  path: string,
  member: string,
  role: GroupMemberView['role'],
  verifier: HostVerifier | null,
): Promise<GroupMemberView | null> {
  const node = await zk.get(`${path}/${member}`);
  if (!node) return null; // left between the listing and the read
  const { host, pid, since } = parseMemberRecord(node.data);
  const view: GroupMemberView = { member, role, host, pid, since: since ?? new Date(node.stat.ctime).toISOString() };
  return verifier ? { ...view, verified: await verifier.owns(host, node.stat.ephemeralOwner) } : view;
}

/** One group's members in election order (an empty group when it does not exist). */
export async function readGroup(zk: ZkClient, app: string, name: string, verifier?: HostVerifier | null): Promise<GroupView> {
  const check = verifier === undefined ? await HostVerifier.load(zk, app) : verifier;
  const path = new ZnodeLayout(app).group(name);
  const order = electionOrder((await zk.children(path)) ?? []);
  const members = (await Promise.all(order.map((m, i) => readMember(zk, path, m, i === 0 ? 'primary' : 'standby', check)))).filter(
    (m): m is GroupMemberView => m !== null,
  );
  const forged = members.filter((m) => m.verified === false);
  // If the first one left meanwhile, the next in line is the primary now; behind a forged lowest member no one leads.
  const leads = members[0]?.verified !== false;
  const [primary, ...standbys] = members
    .filter((m) => m.verified !== false)
    .map((m, i): GroupMemberView => ({ ...m, role: i === 0 && leads ? 'primary' : 'standby' }));
  const view: GroupView = leads ? { name, primary: primary ?? null, standbys } : { name, primary: null, standbys: primary ? [primary, ...standbys] : standbys };
  return check ? { ...view, unverified: forged } : view;
}

/** The named group, or every group of the app sorted by name. */
export async function readGroups(zk: ZkClient, app: string, name?: string): Promise<GroupView[]> {
  const names = name !== undefined ? [name] : ((await zk.children(new ZnodeLayout(app).groups)) ?? []).sort();
  const verifier = await HostVerifier.load(zk, app);
  return Promise.all(names.map((n) => readGroup(zk, app, n, verifier)));
}
