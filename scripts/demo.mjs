// zkdeploy demo: a private ZooKeeper, a local git repository, agents in their
// own base dirs, a real publish, and the fleet status. Cleans up on exit or Ctrl-C.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ZkCluster } from '../test/dist/zk-server.js';
import { GitRepo } from '../test/dist/git-repo.js';
import { AgentProcess, runCli } from '../test/dist/processes.js';

const args = process.argv.slice(2);
const ensemble = args.includes('--ensemble') ? Number(args[args.indexOf('--ensemble') + 1]) : 1;
const bold = (s) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);
const say = (s) => console.log(`\n${bold(`▶ ${s}`)}`);

const cleanups = [];
let cleaning = null;
function cleanup() {
  cleaning ??= (async () => {
    for (const fn of cleanups.reverse()) await fn().catch(() => undefined);
  })();
  return cleaning;
}
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.once(sig, () => {
    console.log('\ninterrupted; cleaning up');
    void cleanup().then(() => process.exit(130));
  });
}

async function cli(...cliArgs) {
  const r = await runCli(['--zk', zk.connectString(), ...cliArgs]);
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  return r;
}

async function waitConverged(commit) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const r = await runCli(['--zk', zk.connectString(), 'status', '--json']);
    const s = JSON.parse(r.stdout || '{}');
    if (s.converged && s.hosts.every((h) => !h.live || h.commitId === commit)) return;
    await new Promise((res) => setTimeout(res, 200));
  }
  throw new Error('the fleet did not converge within 60 s');
}

let zk;
try {
  say(`starting a private ZooKeeper (${ensemble} node${ensemble > 1 ? 's' : ''}) on loopback`);
  zk = await ZkCluster.start({ nodes: ensemble });
  cleanups.push(() => zk.stop());
  console.log(`  ZooKeeper at ${zk.connectString()}`);

  say('creating a git repository with a first commit');
  const repo = await GitRepo.create({ files: { 'index.html': '<h1>hello, fleet</h1>\n' } });
  cleanups.push(() => repo.remove());
  console.log(`  repository ${repo.url}`);

  const hosts = ['web-1', 'web-2', 'web-3'];
  say(`starting ${hosts.length} agents, each with its own base dir`);
  const base = await mkdtemp(join(tmpdir(), 'zkdeploy-demo-'));
  cleanups.push(() => rm(base, { recursive: true, force: true }));
  const agents = await Promise.all(
    hosts.map((host) => AgentProcess.start({ zk: zk.connectString(), host, baseDir: join(base, host), args: ['--log-level', 'warn'] })),
  );
  cleanups.push(() => Promise.all(agents.map((a) => a.stop())));

  const first = await repo.head();
  say(`publishing commit ${first.slice(0, 12)} to path site/`);
  await cli('publish', '--url', repo.url, '--commit', first, '--path', 'site', '--ref', 'refs/heads/main', '--message', 'first deploy');
  await waitConverged(first);
  say('fleet status');
  await cli('status');

  const second = await repo.commit({ 'index.html': '<h1>hello again, fleet</h1>\n' }, 'second version');
  say(`publishing a second commit ${second.slice(0, 12)}`);
  await cli('publish', '--url', repo.url, '--commit', second, '--path', 'site', '--ref', 'refs/heads/main');
  await waitConverged(second);
  say('fleet status');
  await cli('status');
  say(`every agent's ${join(base, '<host>', 'site')} now holds exactly ${second.slice(0, 12)}; cleaning up`);
} catch (err) {
  console.error(`demo failed: ${err.message}`);
  process.exitCode = 1;
} finally {
  await cleanup();
}
