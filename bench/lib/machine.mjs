/** What the figures were measured on: machine, toolchain, commit, load. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fourLetterWord } from '@zkdeploy/test-support';

function sh(cmd, args, cwd) {
  try {
    return execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return null;
  }
}

/** Facts about this run for the report header. */
export async function machineInfo(repoRoot, zkPort) {
  const srvr = await fourLetterWord(zkPort, 'srvr');
  const head = sh('git', ['rev-parse', '--short=12', 'HEAD'], repoRoot);
  const main = sh('git', ['rev-parse', '--short=12', 'main'], repoRoot);
  const dirty = sh('git', ['status', '--porcelain', '--untracked-files=no'], repoRoot);
  return {
    date: new Date().toISOString(),
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memGb: (totalmem() / 2 ** 30).toFixed(0),
    node: process.version,
    git: sh('git', ['--version'])?.replace('git version ', '') ?? 'unknown',
    zookeeper: /Zookeeper version: ([^\s,-]+)/.exec(srvr)?.[1] ?? 'unknown',
    kernel: readFileSync('/proc/sys/kernel/osrelease', 'utf8').trim(),
    head,
    headSubject: sh('git', ['log', '-1', '--format=%s'], repoRoot),
    main,
    mainSubject: sh('git', ['log', '-1', '--format=%s', 'main'], repoRoot),
    containsMain: main ? sh('git', ['merge-base', '--is-ancestor', 'main', 'HEAD'], repoRoot) !== null : false,
    dirty: Boolean(dirty),
    loadStart: loadavg().map((l) => l.toFixed(2)).join(' '),
  };
}

export function loadNow() {
  return loadavg().map((l) => l.toFixed(2)).join(' ');
}
