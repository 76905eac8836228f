/**
 * The publishers: each a loop of real `zkdeploy` CLI calls through its own
 * fault proxies — immediate publishes, rollouts in waves (some with
 * --auto-rollback), rollbacks, rollout abort/resume/promote, and bursts of
 * two at once — racing the other publisher. Every commit carries a
 * manifest of its own files (label and sha256 of each), so a reader can
 * tell a complete tree of one commit from anything else.
 */
import { createHash } from 'node:crypto';
import { runCli } from '@zkdeploy/test-support';
import { prng } from './prng.mjs';

export const DEPLOY_PATH = 'srv/app';
/**
 * A CLI call past this is hung: the CLI connects within 5 s and each request has
 * its deadline within the 10 s session, and no command here makes more than a few.
 */
export const CLI_DEADLINE_MS = 60_000;

const sha = (text) => createHash('sha256').update(text).digest('hex');

/** The files of commit `label`: a varying set, so a mixed or partial tree shows. */
export function commitFiles(label, n) {
  const files = {
    'a.txt': `${label} a\n`.repeat(1 + (n % 50)),
    'sub/b.txt': `${label} b\n`,
    'sub/deep/c.txt': `${label} c\n`.repeat(1 + (n % 7)),
    [`only-${n % 3}.txt`]: `${label} only\n`,
  };
  const manifest = { label, files: Object.fromEntries(Object.entries(files).map(([p, c]) => [p, sha(c)])) };
  return { files, manifest };
}

export class Workload {
  /** Every CLI call: {publisher, action, label, commit, code, startedAt, ms, stderr}. */
  calls = [];
  /** label -> commit id of every commit ever offered to a publish (the initial one included). */
  commits = new Map();
  #stop = false;
  #n = 0;
  #repoLock = Promise.resolve();

  constructor(world, history, seed) {
    this.world = world;
    this.history = history;
    this.seed = seed;
  }

  /** Writes the next commit (one at a time: both publishers share one work tree). */
  async commit() {
    const n = ++this.#n;
    const label = `c${n}`;
    const { files, manifest } = commitFiles(label, n);
    const previous = this.#repoLock;
    let release;
    this.#repoLock = new Promise((r) => (release = r));
    await previous;
    try {
      const stale = Object.fromEntries([0, 1, 2].map((k) => [`only-${k}.txt`, null]));
      const id = await this.world.repo.commit({ ...stale, ...files, 'manifest.json': JSON.stringify(manifest) }, label);
      this.commits.set(label, id);
      return { label, id };
    } finally {
      release();
    }
  }

  async cli(publisher, action, args, label = null, commit = null) {
    const zk = this.world.publisherProxies[publisher - 1].map((p) => p.address).join(',');
    const startedAt = Date.now();
    const r = await runCli(['--zk', zk, ...args], { timeoutMs: CLI_DEADLINE_MS + 5000 });
    const call = { publisher, action, label, commit, code: r.code, startedAt, ms: Date.now() - startedAt, stderr: r.stderr.trim().split('\n').slice(-2).join(' | ') };
    this.calls.push(call);
    this.history.add(`publisher ${publisher}: ${action}${label ? ` ${label}` : ''} -> exit ${r.code} in ${call.ms} ms${r.code === 0 ? '' : ` (${call.stderr.slice(0, 160)})`}`);
    return call;
  }

  async publish(publisher, plan) {
    const { label, id } = await this.commit();
    const args = ['publish', '--url', this.world.gitUrl, '--commit', id, '--path', DEPLOY_PATH, '--message', label];
    return this.cli(publisher, plan ? 'rollout' : 'publish', [...args, ...(plan ?? ['--now'])], label, id);
  }

  async step(publisher, rng) {
    const r = rng.next();
    if (r < 0.45) return this.publish(publisher, null);
    if (r < 0.7) {
      const plan = ['--waves', rng.pick(['1,50%,*', '1,*', 'zone=a,*', '2,*']), '--bake', String(rng.int(0, 2)), '--wave-timeout', '60', '--max-failed', '1'];
      if (rng.next() < 0.5) plan.push('--auto-rollback');
      return this.publish(publisher, plan);
    }
    if (r < 0.8) return this.cli(publisher, 'rollback', ['rollback']);
    if (r < 0.9) {
      const verb = rng.pick(['abort', 'resume', 'promote', 'pause']);
      return this.cli(publisher, `rollout ${verb}`, ['rollout', verb]);
    }
    return Promise.all([this.publish(publisher, null), this.publish(publisher, null)]);
  }

  /** Runs `publishers` loops until `stop()`. */
  start(publishers) {
    this.loops = Array.from({ length: publishers }, async (_, k) => {
      const rng = prng(this.seed + 1000 * (k + 1));
      while (!this.#stop) {
        await this.step(k + 1, rng).catch((err) => this.history.add(`publisher ${k + 1}: ${err.message}`));
        await new Promise((r) => setTimeout(r, rng.int(300, 2500)));
      }
    });
  }

  async stop() {
    this.#stop = true;
    await Promise.all(this.loops ?? []);
  }

  get acknowledged() {
    return this.calls.filter((c) => c.code === 0 && (c.action === 'publish' || c.action === 'rollout'));
  }
}
