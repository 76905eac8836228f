/**
 * Reads registered service endpoints (`B/services/<name>/<host>`). Only nodes
 * whose data is a valid `{host, port}` are endpoints; the others are listed
 * as invalid so that no client ever dials garbage.
 */
import { parseServiceEndpoint } from '@zkdeploy/shared/records';
import type { ZkClient } from '@zkdeploy/shared/zk';
import { ZnodeLayout } from '@zkdeploy/shared/znode-layout';

export interface EndpointView {
  /** The registering agent's host (the node name). */
  node: string;
  host: string;
  port: number;
  since: string | null;
}

export interface ServiceView {
  service: string;
  endpoints: EndpointView[];
  /** Nodes whose data is not a valid endpoint. */
  invalid: string[];
}

/** One service's live endpoints sorted by node (none when the service does not exist). */
export async function readService(zk: ZkClient, app: string, service: string): Promise<ServiceView> {
  const path = new ZnodeLayout(app).service(service);
  const nodes = ((await zk.children(path)) ?? []).sort();
  const view: ServiceView = { service, endpoints: [], invalid: [] };
  const read = await Promise.all(nodes.map(async (node) => ({ node, data: (await zk.get(`${path}/${node}`))?.data })));
  for (const { node, data } of read) {
    if (data === undefined) continue; // deregistered between the listing and the read
    const endpoint = parseServiceEndpoint(data);
    if (endpoint) view.endpoints.push({ node, host: endpoint.host, port: endpoint.port, since: endpoint.since ?? null });
    else view.invalid.push(node);
  }
  return view;
}

/** Every service of the app sorted by name. */
export async function readServices(zk: ZkClient, app: string): Promise<ServiceView[]> {
  const names = ((await zk.children(new ZnodeLayout(app).services)) ?? []).sort();
  return Promise.all(names.map((n) => readService(zk, app, n)));
}
