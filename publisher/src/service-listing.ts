/**
 * Reads registered service endpoints (`B/services/<name>/<host>`). Only nodes
 * whose data is a valid `{host, port}` are endpoints; the others are listed
 * as invalid so that no client ever dials garbage. In per-host mode an
 * endpoint not owned by the session its host (the node name) recorded is
 * forged: it goes to `unverified`, never to `endpoints` (host-verifier.ts).
 */
import { parseServiceEndpoint } from '@zkdeploy/shared/records';
import type { ZkClient } from '@zkdeploy/shared/zk';
import { ZnodeLayout } from '@zkdeploy/shared/znode-layout';
import { HostVerifier } from './host-verifier.js';

export interface EndpointView {
  /** The registering agent's host (the node name). */
  node: string;
  host: string;
  port: number;
  since: string | null;
  /** Per-host mode only: whether the endpoint's owner is its host's recorded session. */
  verified?: boolean;
}

export interface ServiceView {
  service: string;
  endpoints: EndpointView[];
  /** Nodes whose data is not a valid endpoint. */
  invalid: string[];
  /** Per-host mode only: valid-looking endpoints not registered by their host (forged); never live. */
  unverified?: EndpointView[];
}

/** One service's live endpoints sorted by node (none when the service does not exist). */
export async function readService(zk: ZkClient, app: string, service: string, verifier?: HostVerifier | null): Promise<ServiceView> {
  const check = verifier === undefined ? await HostVerifier.load(zk, app) : verifier;
  const path = new ZnodeLayout(app).service(service);
  const nodes = ((await zk.children(path)) ?? []).sort();
  const view: ServiceView = { service, endpoints: [], invalid: [], ...(check ? { unverified: [] } : {}) };
  const read = await Promise.all(nodes.map(async (node) => ({ node, value: await zk.get(`${path}/${node}`) })));
  for (const { node, value } of read) {
    if (!value) continue; // deregistered between the listing and the read
    const endpoint = parseServiceEndpoint(value.data);
    if (!endpoint) {
      view.invalid.push(node);
      continue;
    }
    const entry: EndpointView = { node, host: endpoint.host, port: endpoint.port, since: endpoint.since ?? null };
    if (!check) view.endpoints.push(entry);
    else if (await check.owns(node, value.stat.ephemeralOwner)) view.endpoints.push({ ...entry, verified: true });
    else view.unverified?.push({ ...entry, verified: false });
  }
  return view;
}

/** Every service of the app sorted by name. */
export async function readServices(zk: ZkClient, app: string): Promise<ServiceView[]> {
  const names = ((await zk.children(new ZnodeLayout(app).services)) ?? []).sort();
  const verifier = await HostVerifier.load(zk, app);
  return Promise.all(names.map((n) => readService(zk, app, n, verifier)));
}
