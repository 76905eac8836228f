/**
 * A counting TCP proxy in front of each ZooKeeper member, run as a child
 * process of the benchmark (fork, IPC). It parses ZooKeeper's length-prefixed
 * frames in both directions and counts client requests by opcode (pings
 * apart) and watch notifications sent to clients, so the benchmark can say
 * how many reads and writes each host costs the ensemble per deploy. Counts
 * are kept in total and per app: a connection belongs to the app of the
 * first path it names (`<app>/config`, `<app>/status/…`), so that the
 * requests of one fleet's round are not mixed with those of the idle fleets
 * beside it (a reconnect's re-read, say). With tracing on it also keeps a
 * timeline (time, connection, op, path).
 *
 * The proxy adds one loopback hop to every ZooKeeper call of the agents it
 * serves; both fleets (zkdeploy and the baseline) go through it alike.
 */
import { createServer, connect } from 'node:net';

const OPS = {
  1: 'create', 2: 'delete', 3: 'exists', 4: 'getData', 5: 'setData', 6: 'getACL', 7: 'setACL',
  8: 'getChildren', 9: 'sync', 11: 'ping', 12: 'getChildren2', 13: 'check', 14: 'multi', 15: 'create2',
  17: 'checkWatches', 18: 'removeWatches', 19: 'createContainer', 21: 'createTTL', 22: 'multiRead',
  [-11]: 'closeSession', 100: 'auth', 101: 'setWatches', 103: 'getEphemerals', 104: 'getAllChildrenNumber',
  105: 'setWatches2', 106: 'addWatch', 107: 'whoAmI',
};
const WITH_PATH = new Set([1, 2, 3, 4, 5, 6, 7, 8, 12, 13, 15, 19, 21]);

const counts = {};
/** Opcode counts by app (see appOf); requests before a connection names a path count in total only. */
const byApp = {};
let tracing = false;
let timeline = [];
let nextConn = 1;

const now = () => performance.timeOrigin + performance.now();

function readPath(frame, offset) {
  if (frame.length < offset + 4) return null;
  const len = frame.readInt32BE(offset);
  if (len < 0 || frame.length < offset + 4 + len) return null;
  return frame.toString('utf8', offset + 4, offset + 4 + len);
}

/** Splits a byte stream into ZooKeeper frames (4-byte big-endian length, then the body). */
function framer(onFrame) {
  let buf = Buffer.alloc(0);
  return (chunk) => {
    buf = buf.length ? Buffer.concat([buf, chunk]) : chunk;
    while (buf.length >= 4) {
      const len = buf.readInt32BE(0);
      if (buf.length < 4 + len) break;
      onFrame(buf.subarray(4, 4 + len));
      buf = buf.subarray(4 + len);
    }
  };
}

/** The app a path belongs to: what comes before its layout segment (ZnodeLayout), or null. */
function appOf(path) {
  return /^(.*?)\/(?:config|history|agents|status|groups|services)(?:\/|$)/.exec(path ?? '')?.[1] || null;
}

function count(name, conn) {
  counts[name] = (counts[name] ?? 0) + 1;
  if (conn?.app) {
    const app = (byApp[conn.app] ??= {});
    app[name] = (app[name] ?? 0) + 1;
  }
}

function onClientFrame(conn, frame) {
  if (!conn.handshaken) {
    conn.handshaken = true;
    count('connect');
    return;
  }
  const xid = frame.readInt32BE(0);
  const type = frame.readInt32BE(4);
  const op = OPS[type] ?? `op${type}`;
  const path = WITH_PATH.has(type) ? readPath(frame, 8) : null;
  conn.app ??= appOf(path);
  count(op, conn);
  if (tracing && op !== 'ping') timeline.push({ t: now(), conn: conn.id, dir: 'req', op, path, xid });
}

function onServerFrame(conn, frame) {
  if (!conn.serverHandshaken) {
    conn.serverHandshaken = true;
    return;
  }
  const xid = frame.readInt32BE(0);
  if (xid !== -1) return;
  count('notification', conn);
  if (tracing) timeline.push({ t: now(), conn: conn.id, dir: 'event', op: 'notification', path: readPath(frame, 24) });
}

function serve(upstreamPort) {
  const server = createServer((client) => {
    const conn = { id: nextConn++, handshaken: false, serverHandshaken: false, app: null };
    const upstream = connect({ host: '127.0.0.1', port: upstreamPort });
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    const fromClient = framer((f) => onClientFrame(conn, f));
    const fromServer = framer((f) => onServerFrame(conn, f));
    client.on('data', (c) => {
      fromClient(c);
      upstream.write(c);
    });
    upstream.on('data', (c) => {
      fromServer(c);
      client.write(c);
    });
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

const upstreamPorts = JSON.parse(process.argv[2] ?? '[]');
const ports = await Promise.all(upstreamPorts.map(serve));
process.send({ type: 'ready', ports });
process.on('message', (msg) => {
  if (msg.cmd === 'snapshot') process.send({ type: 'snapshot', id: msg.id, counts: msg.app ? { ...(byApp[msg.app] ?? {}) } : { ...counts } });
  else if (msg.cmd === 'trace') {
    tracing = Boolean(msg.on);
    process.send({ type: 'timeline', id: msg.id, timeline });
    timeline = [];
  } else if (msg.cmd === 'exit') process.exit(0);
});
process.on('disconnect', () => process.exit(0));
