/**
 * `zkdeploy publish` wall time from spawn to exit — what a git push waits
 * for in the post-receive hook — against Node's bare startup, the CLI's
 * `--version` (module loading alone) and the same writes done in-process.
 */
import { zkdeploy } from '../lib/cli.mjs';
import { initApp, publish } from '../lib/publish.mjs';
import { max, median, nowMs } from '../lib/stats.mjs';
import { timedRun } from '../lib/timed-process.mjs';

export async function publishTime({ zk, zkConnect, repo, runs }) {
  const app = '/bench/publish-time';
  await initApp(zk, app);
  const commit = await repo.head();
  const cli = [];
  const bare = [];
  const version = [];
  const inProcess = [];
  // Interleaved, so that load from elsewhere on the machine falls on every figure alike.
  for (let r = 0; r < runs; r++) {
    const run = await zkdeploy(['--zk', zkConnect, '--app', app, 'publish', '--url', repo.url, '--commit', commit, '--path', 'srv/app', '--message', `bench ${r}`]);
    if (run.code !== 0) throw new Error(`zkdeploy publish exited ${run.code}: ${run.stderr.trim()}`);
    cli.push(run.ms);
    bare.push((await timedRun(process.execPath, ['-e', ''])).ms);
    version.push((await zkdeploy(['--version'])).ms);
    const t = nowMs();
    await publish(zk, app, { url: repo.url, commitId: commit, relativePath: 'srv/app' });
    inProcess.push(nowMs() - t);
  }
  return { median: median(cli), max: max(cli), nodeBare: median(bare), cliVersion: median(version), inProcess: median(inProcess) };
}
