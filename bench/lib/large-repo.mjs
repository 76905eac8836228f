/**
 * The large-repository workload (issue 21): a repository with years of
 * history, 3,000 commits over 2,000 files of a few KiB of incompressible
 * text (random bytes, base64), generated with `git fast-import` in a few
 * seconds and cached between runs under the system temp dir. Each run serves
 * a copy of the cache with `git daemon` (git-inetd-server.mjs), which counts
 * the bytes the server sends (what a new host costs the git server), and
 * publishes commits made with fast-import too (5 files changed each).
 */
import { execFile, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startGitServer } from './git-inetd-server.mjs';

export const LARGE = { commits: 3000, files: 2000, fileBytes: 3072, changedPerCommit: 2, changedPerPublish: 5 };
const CACHE = join(tmpdir(), 'zkdeploy-bench-cache', `large-${LARGE.commits}x${LARGE.files}-v1.git`);

const fileName = (i) => `data/d${String(i % 40).padStart(2, '0')}/file-${String(i).padStart(4, '0')}.txt`;
/** A few KiB of incompressible text. */
const content = () => `${randomBytes(LARGE.fileBytes).toString('base64').replace(/.{76}/g, '$&\n')}\n`;

/** Streams commits into fast-import: each `{ files: index[] }` rewrites those files; the first commit has them all. */
function fastImport(gitDir, commits, from) {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['fast-import', '--quiet', '--done'], { cwd: gitDir, stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`git fast-import exited ${code}: ${stderr}`))));
    let when = 1_600_000_000;
    const write = async (text) => {
      if (!child.stdin.write(text)) await new Promise((r) => child.stdin.once('drain', r));
    };
    (async () => {
      for (const [k, c] of commits.entries()) {
        const msg = `change ${k}\n`;
        let out = `commit refs/heads/main\ncommitter Bench <bench@example.com> ${when++} +0000\ndata ${msg.length}\n${msg}`;
        if (k === 0 && from) out += `from ${from}\n`;
        for (const i of c.files) {
          const body = content();
          out += `M 100644 inline ${fileName(i)}\ndata ${Buffer.byteLength(body)}\n${body}`;
        }
        await write(`${out}\n`);
      }
      await write('done\n');
      child.stdin.end();
    })().catch(reject);
  });
}

/** The cached repository, generated on first use. */
async function cachedRepo(log) {
  if (existsSync(join(CACHE, 'refs/heads/main')) || existsSync(join(CACHE, 'packed-refs'))) return CACHE;
  log?.(`  generating the large repository (${LARGE.commits} commits, ${LARGE.files} files) into ${CACHE}`);
  const tmp = `${CACHE}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', tmp]);
  const commits = [{ files: Array.from({ length: LARGE.files }, (_, i) => i) }];
  for (let k = 1; k < LARGE.commits; k++) commits.push({ files: Array.from({ length: LARGE.changedPerCommit }, (_, j) => (k * 7 + j * 997) % LARGE.files) });
  await fastImport(tmp, commits);
  await rename(tmp, CACHE);
  return CACHE;
}

/**
 * Starts the workload: a copy of the cached repository served at `url`
 * (git://); `commit()` publishes 5 changed files and resolves with the new
 * commit; `serverBytes()` is what the server has sent so far; `stop()` ends
 * it all.
 */
export async function startLargeRepo(log) {
  const cache = await cachedRepo(log);
  const root = await mkdtemp(join(tmpdir(), 'zkdeploy-bench-large-'));
  const bare = join(root, 'large.git');
  execFileSync('git', ['clone', '-q', '--bare', '--local', cache, bare]);
  const server = await startGitServer(root);
  // One shallow clone first, so that the first round's first agent does not pay alone for a server whose pack is not
  // yet in the page cache (not a sync call: the server answers from this process's event loop).
  const warm = join(root, 'warm-up.git');
  await promisify(execFile)('git', ['clone', '-q', '--bare', '--depth=1', `git://127.0.0.1:${server.port}/large.git`, warm]);
  await rm(warm, { recursive: true, force: true });
  let published = 0;
  return {
    url: `git://127.0.0.1:${server.port}/large.git`,
    bare,
    head: () => execFileSync('git', ['rev-parse', 'main'], { cwd: bare, encoding: 'utf8' }).trim(),
    async commit() {
      const files = Array.from({ length: LARGE.changedPerPublish }, (_, j) => (published * 131 + j * 401) % LARGE.files);
      published++;
      await fastImport(bare, [{ files }], this.head());
      return this.head();
    },
    serverBytes: () => server.bytes,
    packedBytes: () => Number(/size-pack: (\d+)/.exec(execFileSync('git', ['count-objects', '-v'], { cwd: cache, encoding: 'utf8' }))?.[1] ?? 0) * 1024,
    async stop() {
      server.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}
