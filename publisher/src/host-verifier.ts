/**
 * Verifies live nodes against the session anchor (shared's host-anchor.ts)
 * for `services` and `groups`: a node is its host's only when its
 * ephemeralOwner is the session in that host's status record. Only for apps
 * in per-host mode; each host's record is read once per command.
 */
import { ownedByHost, statusSession } from '@zkdeploy/shared/records';
import { parseHostIdentities, type ZkClient } from '@zkdeploy/shared/zk';
import { isValidNodeName, ZnodeLayout } from '@zkdeploy/shared/znode-layout';

export class HostVerifier {
  private readonly sessions = new Map<string, Promise<string | null>>();

  private constructor(
    private readonly zk: ZkClient,
    private readonly layout: ZnodeLayout,
  ) {}

  /** A verifier for `app`, or null when the app is not in per-host mode (nothing to verify). */
  static async load(zk: ZkClient, app: string): Promise<HostVerifier | null> {
    const ids = parseHostIdentities((await zk.get(app))?.data);
    return ids?.perHost ? new HostVerifier(zk, new ZnodeLayout(app)) : null;
  }

  /** True when a live node owned by session `owner` belongs to `host`. */
  async owns(host: string | null, owner: string | null): Promise<boolean> {
    if (host === null || !isValidNodeName(host)) return false;
    let session = this.sessions.get(host);
    if (!session) {
      session = this.zk.get(this.layout.hostStatus(host)).then((node) => statusSession(node?.data));
      this.sessions.set(host, session);
    }
    return ownedByHost(owner, await session);
  }
}
