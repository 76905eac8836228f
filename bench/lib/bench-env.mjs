/**
 * What a fleet benchmark runs against: a 3-node ZooKeeper ensemble, the
 * counting proxy in front of it, a client of the ensemble for the
 * benchmark's own reads and writes, and the repository of 200 small files
 * every publish changes 5 of. Used by bench/run.mjs and bench/fleet-ab.mjs.
 */
import { ZkClient } from '@zkdeploy/shared';
import { GitRepo } from '@zkdeploy/test-support';
import { ZkCluster } from '@zkdeploy/test-support';
import { ZkCountProxy } from './zk-proxy-client.mjs';

/** The 200 files of the benchmark repository. */
export function repoFiles() {
  const files = {};
  for (let i = 0; i < 200; i++) files[`src/file-${String(i).padStart(3, '0')}.txt`] = `file ${i}\nrevision 0\n${'x'.repeat(200)}\n`;
  return files;
}

/**
 * Starts the ensemble (`jvm`: ZkClusterOptions.jvm), the proxy, the client
 * and the repository; `stop()` ends them all, also after a failed start.
 * `infraPids` are the processes whose CPU serves the fleets' ZooKeeper
 * traffic (the three JVMs and the proxy).
 */
export async function startBenchEnv({ jvm = 'test' } = {}) {
  const env = { cluster: await ZkCluster.start({ nodes: 3, jvm }), proxy: null, zk: null, repo: null, infraPids: [] };
  env.stop = async () => {
    await env.zk?.close();
    env.proxy?.stop();
    await env.cluster.stop();
    await env.repo?.remove();
  };
  try {
    env.proxy = await ZkCountProxy.start(env.cluster.members.map((m) => m.clientPort));
    env.zk = await ZkClient.connect({ connectString: env.cluster.connectString() });
    env.repo = await GitRepo.create({ files: repoFiles() });
    env.infraPids = [...env.cluster.members.map((m) => m.process?.pid).filter(Boolean), env.proxy.pid];
  } catch (err) {
    await env.stop();
    throw err;
  }
  return env;
}
