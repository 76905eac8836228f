/**
 * A small harness for agent end-to-end tests: a real ZooKeeper, a client to
 * publish configs and read status records, a real git repository, and agents
 * started as real processes. Configs are written the way the original seed
 * publisher did (plain setData), so these tests do not depend on the CLI.
 */
import { execFile } from 'node:child_process';
import { chmod, lstat, mkdir, mkdtemp, readFile, readlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ZkClient, parseStatus, type StatusRecord } from '@zkdeploy/shared';
import { eventually } from './eventually.js';
import { GitRepo, git } from './git-repo.js';
import { AgentProcess, type AgentSpec } from './processes.js';
import { ZkCluster } from './zk-server.js';

const execFileAsync = promisify(execFile);

export class AgentHarness {
  readonly agents: AgentProcess[] = [];

  private constructor(
    readonly cluster: ZkCluster,
    readonly zk: ZkClient,
    readonly repo: GitRepo,
  ) {}

  static async start(files: Record<string, string> = { 'app.txt': 'v1\n' }): Promise<AgentHarness> {
    const cluster = await ZkCluster.start();
    const zk = await ZkClient.connect({ connectString: cluster.connectString() });
    const repo = await GitRepo.create({ files });
    return new AgentHarness(cluster, zk, repo);
  }

  get connectString(): string {
    return this.cluster.connectString();
  }

  /** Starts an agent process (stopped again by `stop`). */
  async agent(spec: Omit<AgentSpec, 'zk'>): Promise<AgentProcess> {
    const agent = await AgentProcess.start({ zk: this.connectString, ...spec });
    this.agents.push(agent);
    return agent;
  }

  /** Writes `B/config` (creating the app's nodes on first use); returns the new data version. */
  async publish(payload: Record<string, unknown>, app = '/app/business'): Promise<number> {
    const path = `${app}/config`;
    const data = Buffer.from(JSON.stringify(payload));
    const existing = await this.zk.get(path);
    if (existing) return (await this.zk.set(path, data, existing.stat.version)).version;
    await this.zk.ensurePath(app);
    await this.zk.create(path, data);
    return 0;
  }

  /** Publishes `commit` of the fixture repository at `relativePath`. */
  publishCommit(commit: string, relativePath = 'srv/app', app = '/app/business', extra: Record<string, unknown> = {}): Promise<number> {
    return this.publish({ url: this.repo.url, commitId: commit, relativePath, ...extra }, app);
  }

  async status(host: string, app = '/app/business'): Promise<StatusRecord | null> {
    const node = await this.zk.get(`${app}/status/${host}`);
    return node ? parseStatus(node.data, host) : null;
  }

  /** Waits until the host's record matches `predicate`; returns it. */
  waitStatus(host: string, what: string, predicate: (r: StatusRecord) => boolean, timeoutMs = 30_000, app = '/app/business'): Promise<StatusRecord> {
    return eventually(`${host} ${what}`, async () => {
      const r = await this.status(host, app);
      return r && predicate(r) ? r : undefined;
    }, timeoutMs);
  }

  /** Waits for `ok` at `commit` for config `version`. */
  waitOk(host: string, commit: string, version?: number, timeoutMs = 30_000, app = '/app/business'): Promise<StatusRecord> {
    return this.waitStatus(host, `ok at ${commit.slice(0, 8)}`, (r) => r.state === 'ok' && r.commitId === commit && (version === undefined || r.configVersion === version), timeoutMs, app);
  }

  async stop(): Promise<void> {
    await Promise.all(this.agents.map((a) => a.stop()));
    await this.zk.close();
    await this.cluster.stop();
    await this.repo.remove();
  }
}

/** A fresh temporary base dir. */
export function tempBaseDir(name = 'base'): Promise<string> {
  return mkdtemp(join(tmpdir(), `zkdeploy-${name}-`));
}

/** HEAD and `git status --porcelain` of a checkout, as git itself sees them (through symlinks). */
export async function checkoutState(dir: string): Promise<{ head: string | null; dirty: string }> {
  try {
    const head = await git(dir, ['rev-parse', 'HEAD']);
    const dirty = await git(dir, ['status', '--porcelain', '--untracked-files=all']);
    return { head, dirty };
  } catch {
    return { head: null, dirty: '' };
  }
}

/** Where the target symlink points (null when it is not a symlink). */
export async function linkOf(path: string): Promise<string | null> {
  const info = await lstat(path).catch(() => null);
  return info?.isSymbolicLink() ? readlink(path) : null;
}

/** Runs a shell command for a fixture. */
export async function sh(command: string, cwd: string): Promise<string> {
  return (await execFileAsync('sh', ['-c', command], { cwd })).stdout;
}

export interface GitCall {
  pid: number;
  sub: string;
  start: number;
  end: number | null;
}

/**
 * A `git` first on PATH that records each invocation (subcommand, start and
 * end time), then runs the real git: tests count the git processes an agent
 * spawns and check that they never overlap. (The agent's git runner keeps
 * PATH, so the shim is found; the log path is baked into the script.)
 */
export async function gitShim(): Promise<{ path: string; calls: () => Promise<GitCall[]> }> {
  const dir = await tempBaseDir('git-shim');
  const log = join(dir, 'git-calls.log');
  const real = (await sh('command -v git', dir)).trim();
  const script = `#!/bin/sh
sub=""; skip=0
for a in "$@"; do
  if [ $skip = 1 ]; then skip=0; continue; fi
  case "$a" in -c|-C) skip=1 ;; -*) ;; *) sub="$a"; break ;; esac
done
echo "start $$ $sub $(date +%s%N)" >> '${log}'
'${real}' "$@"
code=$?
echo "end $$ $sub $(date +%s%N)" >> '${log}'
exit $code
`;
  await mkdir(join(dir, 'bin'), { recursive: true });
  await writeFile(join(dir, 'bin', 'git'), script);
  await chmod(join(dir, 'bin', 'git'), 0o755);
  await writeFile(log, '');
  const calls = async (): Promise<GitCall[]> => {
    const byPid = new Map<number, GitCall>();
    const list: GitCall[] = [];
    for (const line of (await readFile(log, 'utf8')).split('\n').filter(Boolean)) {
      const [kind, pid, sub, ns] = line.split(' ');
      const at = Number(BigInt(ns ?? '0') / 1_000_000n);
      if (kind === 'start') {
        const call = { pid: Number(pid), sub: sub ?? '', start: at, end: null };
        byPid.set(call.pid, call);
        list.push(call);
      } else {
        const call = byPid.get(Number(pid));
        if (call) call.end = at;
      }
    }
    return list;
  };
  return { path: join(dir, 'bin'), calls };
}
