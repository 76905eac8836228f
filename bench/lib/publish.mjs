/**
 * The benchmark's own publish: what `zkdeploy publish` writes (config set
 * with compare-and-set plus its history entry, in one multi), done in-process
 * so that the timed interval starts at the write and not at a CLI's startup.
 * Both fleets get their payloads this way.
 */
import { ZnodeLayout, historyNodeName } from '@zkdeploy/shared';
import { nowMs } from './stats.mjs';

/** Creates the app's containers. */
export async function initApp(zk, app) {
  for (const path of new ZnodeLayout(app).containers) await zk.ensurePath(path);
}

/** Publishes `{url, commitId, relativePath}`; returns the new config version and the epoch ms the write was sent. */
export async function publish(zk, app, { url, commitId, relativePath }) {
  const layout = new ZnodeLayout(app);
  const data = Buffer.from(JSON.stringify({ url, commitId, relativePath, publishedAt: new Date().toISOString(), publishedBy: 'bench' }));
  const current = await zk.get(layout.config);
  const version = current ? current.stat.version + 1 : 0;
  const ops = current
    ? [{ op: 'set', path: layout.config, data, version: current.stat.version }, { op: 'create', path: `${layout.history}/${historyNodeName(version)}`, data }]
    : [{ op: 'create', path: layout.config, data }, { op: 'create', path: `${layout.history}/${historyNodeName(0)}`, data }];
  const t0 = nowMs();
  await zk.multi(ops);
  return { version, t0, ackedAt: nowMs() };
}
