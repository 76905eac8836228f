/**
 * Times when each checkout reaches a commit on disk. inotify watches (on the
 * checkout's ancestors, the checkout, its git dir and refs) trigger a re-read
 * of HEAD the moment git renames a lock file into place; a slow poll backs
 * them up. The first read that sees HEAD at the commit with a complete
 * checkout is the host's time.
 */
import { watch } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { readCheckoutHead } from './checkout-head.mjs';
import { nowMs } from './stats.mjs';

class OneCheckout {
  #watchers = new Map();
  #checking = false;
  #again = false;
  doneAt = null;

  constructor(root, dir, commit, onDone) {
    this.root = root; // never watched above this
    this.dir = dir;
    this.commit = commit;
    this.onDone = onDone;
  }

  async check() {
    if (this.doneAt !== null) return;
    if (this.#checking) {
      this.#again = true;
      return;
    }
    this.#checking = true;
    try {
      do {
        this.#again = false;
        const seenAt = nowMs();
        const { head, complete, gitDir } = await readCheckoutHead(this.dir);
        if (head === this.commit && complete) {
          this.doneAt = seenAt;
          this.close();
          this.onDone();
          return;
        }
        await this.#arm(gitDir);
      } while (this.#again);
    } finally {
      this.#checking = false;
    }
  }

  async #arm(gitDir) {
    const wanted = [];
    // The deepest existing ancestor of the checkout (it may not exist yet, or be renamed into place).
    let p = dirname(this.dir);
    const chain = [];
    while (!relative(this.root, p).startsWith('..')) {
      chain.push(p);
      if (p === this.root) break;
      p = dirname(p);
    }
    for (const d of chain) wanted.push(d);
    wanted.push(this.dir);
    if (gitDir) wanted.push(gitDir, join(gitDir, 'refs', 'heads'));
    for (const d of wanted) {
      if (this.#watchers.has(d)) continue;
      if (!(await stat(d).catch(() => null))?.isDirectory()) continue;
      try {
        const w = watch(d, { persistent: false }, () => void this.check());
        w.on('error', () => {
          w.close();
          this.#watchers.delete(d);
        });
        this.#watchers.set(d, w);
      } catch {
        // vanished between stat and watch; the poll covers it
      }
    }
  }

  close() {
    for (const w of this.#watchers.values()) w.close();
    this.#watchers.clear();
  }
}

/**
 * Watches the checkouts; `armed` resolves once every watch is set (publish
 * after it), `done` with each checkout's time (epoch ms) at `commit`, in
 * order, null for checkouts that did not get there within `timeoutMs`.
 */
export function watchCheckouts(checkouts, commit, { timeoutMs = 120_000, pollMs = 100 } = {}) {
  let armed;
  const done = new Promise((resolve) => {
    let remaining = checkouts.length;
    const items = checkouts.map(({ root, dir }) => new OneCheckout(root, dir, commit, () => --remaining === 0 && finish()));
    const poll = setInterval(() => items.forEach((i) => void i.check()), pollMs);
    const timer = setTimeout(finish, timeoutMs);
    let finished = false;
    function finish() {
      if (finished) return;
      finished = true;
      clearInterval(poll);
      clearTimeout(timer);
      items.forEach((i) => i.close());
      resolve(items.map((i) => i.doneAt));
    }
    if (remaining === 0) finish();
    armed = Promise.all(items.map((i) => i.check()));
  });
  return { armed, done };
}
