// zkdeploy demo. On a private ZooKeeper it starts itself (--ensemble 3 for a
// 3-node ensemble) it creates a git repository served on loopback with the
// post-receive hook installed, starts three agents with their own base dirs,
// pushes a commit (the hook publishes), shows the fleet converging and the
// status table, pushes a second change, then shows history and a rollback.
// With --tls the ensemble is TLS-only (a CA and certificates made for the
// run, client certificates required) and every agent and command connects
// with its own certificate. Everything it starts is stopped on exit or Ctrl-C.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AgentProcess, CLI_BIN, GitDaemon, GitRepo, ZkCluster, git } from '@zkdeploy/test-support';

const args = process.argv.slice(2);
const ensemble = args.includes('--ensemble') ? Number(args[args.indexOf('--ensemble') + 1]) : 1;
const tls = args.includes('--tls');
if (![1, 3, 5].includes(ensemble)) {
  console.error('demo: --ensemble must be 1, 3 or 5');
  process.exit(2);
}
const tty = process.stdout.isTTY;
const bold = (s) => (tty ? `\x1b[1m${s}\x1b[0m` : s);
const dim = (s) => (tty ? `\x1b[2m${s}\x1b[0m` : s);
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
    console.log('\ninterrupted: stopping everything the demo started');
    void cleanup().then(() => process.exit(130));
  });
}

/** Runs a command with its output shown (indented, dimmed) and resolves with its exit code. */
function show(cmd, cmdArgs, options = {}) {
  console.log(dim(`  $ ${[cmd === process.execPath ? 'zkdeploy' : cmd, ...(cmd === process.execPath ? cmdArgs.slice(1) : cmdArgs)].join(' ')}`));
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, cmdArgs, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
}
/** The CLI's environment: the connect string and, with --tls, the publisher's certificate. */
const cliEnv = () => ({
  ...process.env,
  ZKDEPLOY_ZK: zk.connectString(),
  ...(tls ? { ZKDEPLOY_ZK_TLS: 'true', ZKDEPLOY_ZK_TLS_CA: zk.tls.ca, ZKDEPLOY_ZK_TLS_CERT: zk.tls.cert, ZKDEPLOY_ZK_TLS_KEY: zk.tls.key } : {}),
});
const zkdeploy = (...cliArgs) => show(process.execPath, [CLI_BIN, ...cliArgs], { env: cliEnv() });

/** An agent's TLS flags: its own certificate (subject CN=<host>), signed by the run's CA. */
async function agentTlsArgs(host) {
  if (!tls) return [];
  const cert = await zk.tls.authority.clientCertificate(host);
  return ['--zk-tls', '--zk-tls-ca', zk.tls.ca, '--zk-tls-cert', cert.cert, '--zk-tls-key', cert.key];
}

async function must(promise, what) {
  const code = await promise;
  if (code !== 0) throw new Error(`${what} exited with ${code}`);
}

let zk;
try {
  say(`Starting a private ZooKeeper (${ensemble === 1 ? 'a single node' : `a ${ensemble}-node ensemble`}) on loopback${tls ? ', TLS only' : ''}`);
  zk = await ZkCluster.start({ nodes: ensemble, tls });
  cleanups.push(() => zk.stop());
  console.log(`  ZooKeeper serves at ${zk.connectString()}${tls ? ` (TLS; CA ${zk.tls.ca}, client certificates required)` : ''}`);
  await must(zkdeploy('init'), 'zkdeploy init');

  say('Creating a git repository, served on loopback by git daemon, with the post-receive hook installed');
  const repo = await GitRepo.create({ files: { 'index.html': '<h1>hello, fleet</h1>\n' } });
  cleanups.push(() => repo.remove());
  const daemon = await GitDaemon.start(repo.bare);
  cleanups.push(() => daemon.halt());
  const url = daemon.urlOf(repo.bare);
  await must(zkdeploy('install-hook', '--repo', repo.bare, '--url', url, '--path', 'site', '--branch', 'main'), 'zkdeploy install-hook');
  console.log(`  agents will fetch from ${url}`);

  const hosts = ['web-1', 'web-2', 'web-3'];
  say(`Starting ${hosts.length} agents, each with its own base dir`);
  const base = await mkdtemp(join(tmpdir(), 'zkdeploy-demo-'));
  cleanups.push(() => rm(base, { recursive: true, force: true }));
  const agents = await Promise.all(
    hosts.map(async (host) =>
      AgentProcess.start({ zk: zk.connectString(), host, baseDir: join(base, host), args: ['--log-level', 'warn', '--allow-url', url, ...(await agentTlsArgs(host))] }),
    ),
  );
  cleanups.push(() => Promise.all(agents.map((a) => a.stop())));
  await must(zkdeploy('agents'), 'zkdeploy agents');

  say('Committing a change and pushing it: the hook publishes the new commit');
  await writeFile(join(repo.work, 'index.html'), '<h1>hello, fleet (v2)</h1>\n');
  await git(repo.work, ['commit', '-qam', 'v2: a friendlier greeting']);
  await must(show('git', ['-C', repo.work, 'push', '-q', 'origin', 'HEAD:main']), 'git push');
  const v2 = await repo.head();

  say('Waiting for the fleet to converge');
  await must(zkdeploy('wait', '--commit', v2, '--timeout', '60'), 'zkdeploy wait');
  await must(zkdeploy('status'), 'zkdeploy status');

  say('Pushing a second change');
  await writeFile(join(repo.work, 'index.html'), '<h1>hello, fleet (v3)</h1>\n');
  await git(repo.work, ['commit', '-qam', 'v3: another change']);
  await must(show('git', ['-C', repo.work, 'push', '-q', 'origin', 'HEAD:main']), 'git push');
  const v3 = await repo.head();
  await must(zkdeploy('wait', '--commit', v3, '--timeout', '60'), 'zkdeploy wait');
  await must(zkdeploy('status'), 'zkdeploy status');

  say('History of published versions, newest first');
  await must(zkdeploy('history'), 'zkdeploy history');

  say('Rolling back to the previous version (published again as a new version)');
  await must(zkdeploy('rollback'), 'zkdeploy rollback');
  await must(zkdeploy('wait', '--commit', v2, '--timeout', '60'), 'zkdeploy wait');
  await must(zkdeploy('status'), 'zkdeploy status');

  say(`Done: every agent's checkout (${join(base, '<host>', 'site')}) holds exactly ${v2.slice(0, 12)} again. Cleaning up.`);
} catch (err) {
  console.error(`\ndemo failed: ${err.message}`);
  process.exitCode = 1;
} finally {
  await cleanup();
}
