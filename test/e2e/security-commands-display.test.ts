/**
 * Issue 23, findings 3, 8 and 9, replayed against a real ZooKeeper, real
 * agents and real git pushes:
 *   3. a failing --check that prints the agent's environment (and reads the
 *      agent's own from /proc) put `ZKDEPLOY_AUTH=agent:…` into the
 *      world-readable status record: now the command gets an allowlisted
 *      environment and every tail is redacted; --run-as runs it as another user;
 *   8. an ESC sequence in a status record's error message or a commit subject
 *      reached the operator's terminal raw: now it is shown escaped, and
 *      publish refuses control characters in --message and --ref;
 *   9. passwords sat on command lines and in the hook script: now
 *      --auth-file / --agent-auth-file keep them in 0600 files, which the
 *      hook names instead of holding the password.
 */
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZkClient, parseStatus } from '@zkdeploy/shared';
import { AgentProcess, CliSession, eventually, git, GitRepo, runCli, ZkCluster } from '@zkdeploy/test-support';

const ESC = '\u001b';
const BEL = '\u0007';
const AGENT = 'agent:agent-Pw-7f3a9c';
const PUBLISHER = 'publisher:pub-Pw-19d2e4';
const GIT_USER = 'deploy';
const GIT_PASSWORD = 'git-Pw-c0ffee42';
const b64 = (text: string): string => Buffer.from(text).toString('base64');
/** Every form in which a secret could leak. */
const SECRET_FORMS = ['agent-Pw-7f3a9c', 'pub-Pw-19d2e4', GIT_PASSWORD, b64(AGENT), b64(PUBLISHER), b64(`${GIT_USER}:${GIT_PASSWORD}`)];
const leaked = (text: string): string[] => SECRET_FORMS.filter((s) => text.includes(s));
/** Escape sequences and controls a terminal would act on, other than the colours the CLI adds itself. */
const rawControl = (text: string): boolean => /[\u001b\u0007\u009b]/.test(text.replace(/\u001b\[\d+(;\d+)*m/g, ''));

describe('issue 23: command environment and secrets, terminal escapes, passwords off the command line', () => {
  let cluster: ZkCluster;
  let anonymous: ZkClient;
  let repo: GitRepo;
  let dir: string;
  let publisherFile: string;
  let agentFile: string;
  const agents: AgentProcess[] = [];
  const cli = (args: string[], env: Record<string, string> = {}) => runCli(['--zk', cluster.connectString(), ...args], { env });
  const statusOf = async (app: string, host: string) => {
    const node = await anonymous.get(`${app}/status/${host}`);
    return node ? { raw: node.data.toString('utf8'), record: parseStatus(node.data, host) } : null;
  };
  const startAgent = async (host: string, app: string, args: string[], env: Record<string, string> = {}): Promise<AgentProcess> => {
    const agent = await AgentProcess.start({ zk: cluster.connectString(), host, app, args, env });
    agents.push(agent);
    return agent;
  };
  const secretFile = async (name: string, content: string, mode = 0o600): Promise<string> => {
    const path = join(dir, name);
    await writeFile(path, content, { mode });
    await chmod(path, mode);
    return path;
  };

  beforeAll(async () => {
    cluster = await ZkCluster.start();
    anonymous = await ZkClient.connect({ connectString: cluster.connectString() });
    repo = await GitRepo.create({ files: { 'app.txt': 'v1\n' } });
    dir = await mkdtemp(join(tmpdir(), 'zkdeploy-secrets-'));
    publisherFile = await secretFile('publisher.auth', `${PUBLISHER}\n`);
    agentFile = await secretFile('agent.auth', `${AGENT}\n`);
  });
  afterAll(async () => {
    await Promise.all(agents.map((a) => a.stop()));
    await anonymous?.close();
    await cluster?.stop();
    await repo?.remove();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  describe('finding 3: commands and their output tails carry no secret', () => {
    const APP = '/t/sec-leak';

    it('a failing --check that prints its environment and the agent\'s: the status record and the agent log hold no secret', async () => {
      const init = await cli(['--app', APP, '--auth-file', publisherFile, 'init', '--agent-auth-file', agentFile]);
      expect(init.code, init.stderr).toBe(0);
      const envFile = join(dir, 'check-env.txt');
      // The check sees the agent's original environment through /proc (same user): redaction is the last line of defence.
      const check = [
        `env > '${envFile}'`,
        `tr '\\0' '\\n' < /proc/$PPID/environ | grep '^ZKDEPLOY_'`,
        `tr '\\0' '\\n' < /proc/$PPID/environ | sed -n 's/^ZKDEPLOY_AUTH=//p' | tr -d '\\n' | base64`,
        'exit 1',
      ].join('; ');
      const agent = await startAgent('leaky', APP, ['--check', check, '--allow-url', repo.url, '--allow-url', 'https://git.example.invalid/'], {
        ZKDEPLOY_AUTH: AGENT,
        ZKDEPLOY_GIT_USERNAME: GIT_USER,
        ZKDEPLOY_GIT_PASSWORD: GIT_PASSWORD,
      });
      await eventually('leaky registered', () => anonymous.exists(`${APP}/agents/leaky`).then((s) => s !== null));
      const commit = await repo.head();
      const published = await cli(['--app', APP, '--auth-file', publisherFile, 'publish', '--url', repo.url, '--commit', commit, '--path', 'app']);
      expect(published.code, published.stderr).toBe(0);

      const status = await eventually('leaky failed its check', async () => {
        const s = await statusOf(APP, 'leaky');
        return s?.record?.state === 'failed' ? s : undefined;
      });
      expect(status.record?.error?.code).toBe('ERR_CHECK_FAILED');
      // The check did print the secrets (read from /proc), and they arrived redacted.
      expect(status.record?.error?.message).toContain('ZKDEPLOY_AUTH=[REDACTED]');
      expect(status.record?.error?.message).toContain('ZKDEPLOY_GIT_PASSWORD=[REDACTED]');
      expect(leaked(status.raw)).toEqual([]);

      const env = await readFile(envFile, 'utf8');
      expect(env).toContain(`ZKDEPLOY_COMMIT=${commit}`);
      expect(env).toContain('ZKDEPLOY_HOST=leaky');
      expect(env).toContain(`ZKDEPLOY_APP=${APP}`);
      expect(env).toMatch(/^ZKDEPLOY_CONFIG_VERSION=\d+$/m);
      expect(env).toMatch(/^PATH=/m);
      expect(env).not.toMatch(/^ZKDEPLOY_(AUTH|GIT_USERNAME|GIT_PASSWORD)=/m);
      expect(leaked(env)).toEqual([]);
      expect(leaked(agent.output)).toEqual([]);
      expect(agent.output).toContain('ERR_CHECK_FAILED');
    });

    it.skipIf(process.getuid?.() !== 0)('--run-as nobody: --exec runs with nobody\'s uid, gid and HOME (skipped unless the tests run as root: only root may switch users)', async () => {
      const APP_RUNAS = '/t/sec-runas';
      const [name, , uid, gid, , home] = execFileSync('getent', ['passwd', 'nobody'], { encoding: 'utf8' }).trim().split(':');
      // It reads the deployed release too (through the target path), as a web server's user would.
      const exec = 'echo "uid=$(id -u) gid=$(id -g) groups=$(id -G) home=$HOME user=$USER content=$(cat "$ZKDEPLOY_PATH/app.txt")"; exit 1';
      // A base dir as a server has one (/srv/deploy, 0755), not a private temp dir nobody could not enter.
      const baseDir = await mkdtemp(join(tmpdir(), 'zkdeploy-runas-'));
      await chmod(baseDir, 0o755);
      agents.push(await AgentProcess.start({ zk: cluster.connectString(), host: 'runas', app: APP_RUNAS, baseDir, args: ['--run-as', 'nobody', '--exec', exec] }));
      await eventually('runas registered', () => anonymous.exists(`${APP_RUNAS}/agents/runas`).then((s) => s !== null));
      const published = await cli(['--app', APP_RUNAS, 'publish', '--url', repo.url, '--commit', await repo.head(), '--path', 'app']);
      expect(published.code, published.stderr).toBe(0);
      const status = await eventually('runas --exec failed', async () => {
        const s = await statusOf(APP_RUNAS, 'runas');
        return s?.record?.state === 'failed' ? s.record : undefined;
      });
      expect(status.error?.code).toBe('ERR_EXEC_FAILED');
      expect(status.error?.message).toContain(`uid=${uid} gid=${gid} groups=${gid} home=${home} user=${name} content=v1`);
    });

    it('--run-as an unknown user is a usage error before anything starts', async () => {
      const agent = await startAgent('nouser', '/t/sec-nouser', ['--run-as', 'no-such-user-zkd']);
      expect(await agent.exit()).toBe(2);
      expect(agent.output).toMatch(/--run-as (no-such-user-zkd: no such user|no-such-user-zkd needs the agent to run as root)/);
      expect(await anonymous.exists('/t/sec-nouser')).toBeNull();
    });
  });

  describe('finding 8: terminal escapes never reach the operator raw', () => {
    const APP = '/t/sec-display';
    const hostile = `check failed ${ESC}]0;pwned${BEL}${ESC}[2J${ESC}[8mhidden`;

    beforeAll(async () => {
      // Written straight into ZooKeeper, as anyone with write access to these nodes could.
      const commit = await repo.head();
      const config = { url: repo.url, commitId: commit, relativePath: 'app', message: `subject ${ESC}]0;retitled${BEL}`, ref: `main${ESC}[2J` };
      await anonymous.ensurePath(`${APP}/status`);
      await anonymous.ensurePath(`${APP}/history`);
      await anonymous.create(`${APP}/config`, Buffer.from(JSON.stringify(config)));
      await anonymous.create(`${APP}/history/v-0000000000`, Buffer.from(JSON.stringify(config)));
      const record = {
        host: 'evil', state: 'failed', commitId: null, desiredCommitId: commit, configVersion: 0,
        error: { code: 'ERR_CHECK_FAILED', message: hostile }, updatedAt: new Date().toISOString(), durationMs: 1, attempts: 1, agentVersion: '0.1.0',
      };
      await anonymous.create(`${APP}/status/evil`, Buffer.from(JSON.stringify(record)));
    });

    it('status prints the hostile error message and ref escaped, in a pipe and on a terminal', async () => {
      const piped = await cli(['--app', APP, 'status']);
      expect(piped.stdout).toContain('ERR_CHECK_FAILED: check failed \\x1b]0;pwned\\x07\\x1b[2J\\x1b[8mhidden');
      expect(piped.stdout).toContain('main\\x1b[2J');
      expect(rawControl(piped.stdout)).toBe(false);

      const tty = CliSession.startOnTty(['--zk', cluster.connectString(), '--app', APP, 'status']);
      await tty.exited;
      expect(tty.stdout).toContain('\\x1b]0;pwned');
      expect(rawControl(tty.stdout)).toBe(false);
    });

    it('history prints a hostile commit subject escaped; --json stays exact JSON', async () => {
      const history = await cli(['--app', APP, 'history']);
      expect(history.code, history.stderr).toBe(0);
      expect(history.stdout).toContain('subject \\x1b]0;retitled\\x07');
      expect(rawControl(history.stdout)).toBe(false);

      const json = await cli(['--app', APP, '--json', 'status']);
      expect(rawControl(json.stdout)).toBe(false); // JSON escapes controls as \u001b
      const parsed = JSON.parse(json.stdout) as { hosts: { host: string; error: { message: string } | null }[]; desired: { message: string } };
      expect(parsed.hosts.find((h) => h.host === 'evil')?.error?.message).toBe(hostile);
      expect(parsed.desired.message).toBe(`subject ${ESC}]0;retitled${BEL}`);
    });

    it('publish refuses control characters in --message and --ref: exit 2, nothing written', async () => {
      const before = await anonymous.get(`${APP}/config`);
      const base = ['--app', APP, 'publish', '--url', repo.url, '--commit', await repo.head(), '--path', 'app'];
      const message = await cli([...base, '--message', `${ESC}]0;x${BEL}`]);
      expect(message.code).toBe(2);
      expect(message.stderr).toContain('--message holds a control character (\\x1b at position 1)');
      expect(rawControl(message.stderr)).toBe(false);
      const ref = await cli([...base, '--ref', `main${ESC}[2J`]);
      expect(ref.code).toBe(2);
      expect(ref.stderr).toContain('--ref holds a control character');
      expect((await anonymous.get(`${APP}/config`))?.stat.version).toBe(before?.stat.version);
      expect(await anonymous.children(`${APP}/history`)).toEqual(['v-0000000000']);
      // Error messages quote input (here commander's, of an unknown option): escaped too.
      const unknown = await cli([`--bogus${ESC}]0;x${BEL}`]);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain('--bogus\\x1b]0;x\\x07');
      expect(rawControl(unknown.stderr)).toBe(false);
    });
  });

  describe('finding 9: passwords stay off command lines and out of the hook', () => {
    const APP = '/t/sec-auth';

    beforeAll(async () => {
      const init = await cli(['--app', APP, '--auth-file', publisherFile, 'init', '--agent-auth-file', agentFile]);
      expect(init.code, init.stderr).toBe(0);
    });

    it('an auth file group or others can read is refused (exit 2, nothing written), by the CLI and the agent', async () => {
      const open = await secretFile('open.auth', `${PUBLISHER}\n`, 0o644);
      const r = await cli(['--app', APP, '--auth-file', open, 'publish', '--url', repo.url, '--commit', await repo.head(), '--path', 'app']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`--auth-file ${open} is accessible by group or others (mode 0644); refusing it`);
      expect(await anonymous.exists(`${APP}/config`)).toBeNull();
      const agent = await startAgent('open-file', APP, ['--auth-file', open]);
      expect(await agent.exit()).toBe(2);
      expect(agent.output).toContain('refusing it');
    });

    it('with --auth-file, no process argv (what ps shows) carries a password, and the identity works under the ACLs', async () => {
      const agent = await startAgent('from-file', APP, ['--auth-file', agentFile]);
      await eventually('from-file registered', () => anonymous.exists(`${APP}/agents/from-file`).then((s) => s !== null));
      const watch = CliSession.start(['--zk', cluster.connectString(), '--app', APP, '--auth-file', publisherFile, 'status', '--watch']);
      try {
        await eventually('status --watch drew the fleet', () => watch.stdout.includes('from-file'));
        for (const pid of [agent.pid, watch.child.pid as number]) {
          const argv = (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0').join(' ');
          expect(argv).toContain('--auth-file');
          expect(leaked(argv)).toEqual([]);
        }
      } finally {
        await watch.kill();
      }
      const published = await cli(['--app', APP, '--auth-file', publisherFile, 'publish', '--url', repo.url, '--commit', await repo.head(), '--path', 'app']);
      expect(published.code, published.stderr).toBe(0);
      const anonymousPublish = await cli(['--app', APP, 'publish', '--url', repo.url, '--commit', await repo.head(), '--path', 'app']);
      expect(anonymousPublish.code).toBe(1); // the ACL holds: the file's identity is what let the first one in
    });

    it.skipIf(process.getuid?.() !== 0)('install-hook run as root gives the credentials file to the repository\'s owner, who runs the hook (root only: chown)', async () => {
      const owned = await GitRepo.create();
      try {
        const nobody = Number(execFileSync('id', ['-u', 'nobody'], { encoding: 'utf8' }).trim());
        execFileSync('chown', ['-R', 'nobody', owned.bare]);
        // git refuses a repository another user owns unless told it is safe, as the operator must tell it.
        const home = join(owned.root, 'home');
        await mkdir(home);
        await writeFile(join(home, '.gitconfig'), `[safe]\n\tdirectory = ${owned.bare}\n`);
        const installed = await cli(['--app', APP, '--auth', PUBLISHER, 'install-hook', '--repo', owned.bare, '--url', owned.url, '--path', 'owned'], { HOME: home });
        expect(installed.code, installed.stderr).toBe(0);
        const info = await stat(join(owned.bare, 'zkdeploy-auth'));
        expect(info.uid).toBe(nobody);
        expect(info.mode & 0o777).toBe(0o600);
      } finally {
        await owned.remove();
      }
    });

    it('install-hook keeps the password out of the hook: --auth goes to a 0600 file the hook names, and a push publishes under the ACLs', async () => {
      const hookRepo = await GitRepo.create({ files: { 'app.txt': 'hook v1\n' } });
      try {
        const installed = await cli(['--app', APP, '--auth', PUBLISHER, 'install-hook', '--repo', hookRepo.bare, '--url', hookRepo.url, '--path', 'hooked']);
        expect(installed.code, installed.stderr).toBe(0);
        const hook = await readFile(join(hookRepo.bare, 'hooks', 'post-receive'), 'utf8');
        const credentials = join(hookRepo.bare, 'zkdeploy-auth');
        expect(leaked(hook)).toEqual([]);
        expect(hook).toContain(`ZKDEPLOY_AUTH_FILE='${credentials}'`);
        expect((await stat(credentials)).mode & 0o777).toBe(0o600);
        expect(await readFile(credentials, 'utf8')).toBe(`${PUBLISHER}\n`);

        const commit = await hookRepo.commit({ 'app.txt': 'hook v2\n' }, 'pushed through the hook');
        const config = await eventually('the push published', async () => {
          const node = await anonymous.get(`${APP}/config`);
          return node && JSON.parse(node.data.toString()).commitId === commit ? node : undefined;
        });
        expect(JSON.parse(config.data.toString()).message).toBe('pushed through the hook');

        // Re-installed with --auth-file: the hook names that file, and the one written before is gone.
        const again = await cli(['--app', APP, '--auth-file', publisherFile, 'install-hook', '--repo', hookRepo.bare, '--url', hookRepo.url, '--path', 'hooked']);
        expect(again.code, again.stderr).toBe(0);
        const hook2 = await readFile(join(hookRepo.bare, 'hooks', 'post-receive'), 'utf8');
        expect(hook2).toContain(`ZKDEPLOY_AUTH_FILE='${publisherFile}'`);
        expect(leaked(hook2)).toEqual([]);
        expect(await stat(credentials).then(() => true, () => false)).toBe(false);
        const next = await hookRepo.commit({ 'app.txt': 'hook v3\n' }, 'second push');
        await eventually('the second push published', async () => {
          const node = await anonymous.get(`${APP}/config`);
          return node && JSON.parse(node.data.toString()).commitId === next;
        });
        expect(await git(hookRepo.bare, ['rev-parse', 'main'])).toBe(next);
      } finally {
        await hookRepo.remove();
      }
    });
  });
});
