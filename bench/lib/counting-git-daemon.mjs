/**
 * A git daemon (git's own, --verbose) whose log the bench reads: every
 * upload-pack request is one fetch, and the connections open at once (from
 * "Connection from" to the parent's "Disconnected", by pid) give the peak
 * concurrency a deploy puts on the git server. The parent logs an end when
 * it reaps the child, a little after the connection closed, so the peak is
 * an upper bound.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { basename, dirname } from 'node:path';
import { GIT_DAEMON, freePort } from '@zkdeploy/test-support';

export class CountingGitDaemon {
  constructor(child, root, port) {
    this.child = child;
    this.root = root;
    this.port = port;
    this.open = new Set();
    this.fetches = 0;
    this.peak = 0;
    createInterface({ input: child.stderr }).on('line', (line) => this.read(line));
  }

  static async start(bareRepo) {
    const root = dirname(bareRepo);
    const port = await freePort();
    const child = spawn(GIT_DAEMON, ['--verbose', '--reuseaddr', '--export-all', `--base-path=${root}`, '--listen=127.0.0.1', `--port=${port}`, '--max-connections=0', root], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    process.once('exit', () => child.kill('SIGKILL'));
    const daemon = new CountingGitDaemon(child, root, port);
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`git daemon did not start on ${port}`)), 10_000);
      child.stderr.once('data', () => undefined);
      const check = () => {
        import('node:net').then(({ connect }) => {
          const s = connect(port, '127.0.0.1', () => {
            s.destroy();
            clearTimeout(timer);
            resolve();
          });
          s.on('error', () => setTimeout(check, 50));
        });
      };
      check();
    });
    return daemon;
  }

  urlOf(bareRepo) {
    return `git://127.0.0.1:${this.port}/${basename(bareRepo)}`;
  }

  read(line) {
    // The child logs `[pid] …`; the parent logs a child's end as `[parent] [pid] Disconnected`.
    const m = /^\[(\d+)\] (?:\[(\d+)\] )?(.*)$/.exec(line);
    if (!m) return;
    const pid = m[2] ?? m[1];
    const what = m[3];
    if (what.startsWith('Connection from')) {
      this.open.add(pid);
      this.peak = Math.max(this.peak, this.open.size);
    } else if (what.startsWith('Request upload-pack')) {
      this.fetches++;
    } else if (what.startsWith('Disconnected')) {
      this.open.delete(pid);
    }
  }

  /** Starts a new count; returns the one that ends. */
  reset() {
    const counts = { fetches: this.fetches, peak: this.peak };
    this.fetches = 0;
    this.peak = this.open.size;
    return counts;
  }

  async stop() {
    const exited = new Promise((r) => this.child.once('exit', r));
    this.child.kill('SIGKILL');
    await exited;
  }
}
