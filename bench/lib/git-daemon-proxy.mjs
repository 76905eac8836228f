/**
 * The bench's front for `git daemon`: agents of every kind fetch through it.
 * git daemon listens with a backlog of 5 and resets or drops what does not
 * fit; a real git server sits behind a proxy or a larger backlog, and no
 * agent should be measured against this test server's limit.
 */
import { createServer, connect } from 'node:net';
import { freePort } from '@zkdeploy/test-support';

/**
 * At most this many connections to git daemon that it has not answered yet. git daemon listens with a backlog of 5,
 * and a connection beyond a full backlog has its SYN dropped: the client's kernel tries again after 1, 3, 7, 15, 31
 * and 63 s, so with a hundred hosts fetching at once a few fetches took 60-110 s (seen in the agents' logs: a minute
 * and more between "fetching" and "checking out", no error), whichever agent they were.
 */
const UNANSWERED_LIMIT = 4;

/**
 * A TCP proxy in front of git daemon's `port`: counts the bytes the server
 * sends to its clients (`bytes`), keeps the daemon's listen backlog from
 * overflowing, and replays a connection the daemon reset before answering.
 * `close()` stops it.
 */
export async function gitDaemonProxy(port) {
  const counter = { bytes: 0, server: null, port: await freePort() };
  const gate = { open: 0, waiting: [] };
  const enter = () => (gate.open < UNANSWERED_LIMIT ? (gate.open++, Promise.resolve()) : new Promise((r) => gate.waiting.push(r)));
  const leave = () => {
    const next = gate.waiting.shift();
    if (next) next();
    else gate.open--;
  };
  counter.server = createServer((client) => {
    // git daemon listens with a backlog of 5: when a hundred hosts fetch at once, some of its connections are reset
    // before it answers. Until the daemon has sent a byte, what the client sent is kept and replayed over a new
    // connection, so no agent of any kind sees the test server's limit (a real server would sit behind a proxy too).
    const sent = [];
    let answered = false;
    let closed = false;
    let upstream = null;
    let tries = 0;
    const end = () => {
      closed = true;
      client.destroy();
      upstream?.destroy();
    };
    const open = async () => {
      await enter();
      if (closed) return leave();
      const conn = connect(port, '127.0.0.1');
      let entered = true;
      const left = () => {
        if (!entered) return;
        entered = false;
        leave();
      };
      upstream = conn;
      for (const chunk of sent) conn.write(chunk);
      conn.on('data', (d) => {
        left();
        answered = true;
        sent.length = 0;
        counter.bytes += d.length;
        if (!client.write(d)) conn.pause();
      });
      // Once answered, the server's end is passed on as an end (what the client has not read yet still reaches it).
      conn.on('end', () => {
        if (answered) client.end();
      });
      conn.on('error', () => undefined);
      // One reaction per connection, and only while it is the current one: a reset is followed by a close, and
      // reacting to both opened two connections whose answers both reached the client ("invalid ls-refs response").
      conn.once('close', (hadError) => {
        left();
        if (closed || conn !== upstream) return;
        if (!answered && tries++ < 20) setTimeout(open, 50 + Math.random() * 200);
        else if (hadError || !answered) end();
      });
    };
    client.on('drain', () => upstream?.resume());
    client.on('data', (d) => {
      if (!answered) sent.push(d);
      upstream?.write(d);
    });
    client.on('error', end);
    client.on('close', end);
    void open();
  });
  await new Promise((resolve) => counter.server.listen(counter.port, '127.0.0.1', resolve));
  counter.close = () => counter.server.close();
  return counter;
}
