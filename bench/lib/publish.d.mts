/** Types of publish.mjs (`@zkdeploy/bench/publish`). */
import type { ZkClient } from '@zkdeploy/shared';

/** Creates the app's containers. */
export function initApp(zk: ZkClient, app: string): Promise<void>;

/** Publishes `{url, commitId, relativePath}` as `zkdeploy publish` would; the new config version and when the write was sent and acknowledged (bench clock, ms). */
export function publish(
  zk: ZkClient,
  app: string,
  payload: { url: string; commitId: string; relativePath: string },
): Promise<{ version: number; t0: number; ackedAt: number }>;
