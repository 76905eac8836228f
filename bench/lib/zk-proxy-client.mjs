/**
 * Parent side of the counting proxy: starts it, hands out its connect
 * string, and turns opcode counts into reads, writes and notifications.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const READS = ['exists', 'getData', 'getChildren', 'getChildren2', 'getACL', 'sync', 'multiRead', 'getEphemerals', 'getAllChildrenNumber', 'checkWatches'];
const WRITES = ['create', 'create2', 'createContainer', 'createTTL', 'delete', 'setData', 'setACL', 'multi'];
const SESSION = ['connect', 'auth', 'setWatches', 'setWatches2', 'closeSession', 'addWatch', 'removeWatches', 'whoAmI'];

/** Folds opcode counts into the categories the benchmark reports. */
export function categorize(counts) {
  const pick = (names) => names.reduce((n, k) => n + (counts[k] ?? 0), 0);
  return { reads: pick(READS), writes: pick(WRITES), session: pick(SESSION), pings: counts.ping ?? 0, notifications: counts.notification ?? 0, byOp: counts };
}

/** Difference of two opcode snapshots. */
export function diffCounts(after, before) {
  const out = {};
  for (const [k, v] of Object.entries(after)) {
    const d = v - (before[k] ?? 0);
    if (d) out[k] = d;
  }
  return out;
}

export class ZkCountProxy {
  #child;
  #pending = new Map();
  #seq = 0;

  constructor(child, ports) {
    this.#child = child;
    this.pid = child.pid;
    this.ports = ports;
    child.on('message', (msg) => {
      const resolve = this.#pending.get(msg.id);
      if (resolve) {
        this.#pending.delete(msg.id);
        resolve(msg);
      }
    });
  }

  /** Starts a proxy in front of each of the given ZooKeeper client ports. */
  static start(upstreamPorts) {
    const child = fork(fileURLToPath(new URL('./zk-count-proxy.mjs', import.meta.url)), [JSON.stringify(upstreamPorts)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    return new Promise((resolve, reject) => {
      child.once('error', reject);
      child.once('message', (msg) => resolve(new ZkCountProxy(child, msg.ports)));
    });
  }

  connectString(chroot = '') {
    return this.ports.map((p) => `127.0.0.1:${p}`).join(',') + chroot;
  }

  #ask(cmd, extra = {}) {
    const id = ++this.#seq;
    return new Promise((resolve) => {
      this.#pending.set(id, resolve);
      this.#child.send({ cmd, id, ...extra });
    });
  }

  /** Opcode counts since the proxy started: in total, or of the connections of one app (see zk-count-proxy.mjs). */
  async snapshot(app) {
    return (await this.#ask('snapshot', app ? { app } : {})).counts;
  }

  /** Switches the request timeline on or off; returns what was recorded since the last switch. */
  async trace(on) {
    return (await this.#ask('trace', { on })).timeline;
  }

  stop() {
    this.#child.kill('SIGTERM');
  }
}
