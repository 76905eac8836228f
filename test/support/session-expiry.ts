/**
 * Real session expiry, the way kazoo's and Curator's test harnesses do it:
 * attach a second connection to the session (same id and password) and close
 * the session from it. The server then ends the session for every connection;
 * the original client learns it on its next reconnect. Speaks the ZooKeeper
 * connect handshake itself, so test support never imports the client library.
 */
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { connect as connectTls } from 'node:tls';

export interface SessionCredentials {
  sessionId: Buffer;
  password: Buffer;
}

const CLOSE_SESSION = -11;

function connectRequest(credentials: SessionCredentials, timeoutMs: number): Buffer {
  const body = Buffer.alloc(4 + 8 + 4 + 8 + 4 + credentials.password.length + 1);
  let o = 0;
  o = body.writeInt32BE(0, o); // protocol version
  o = body.writeBigInt64BE(0n, o); // last zxid seen
  o = body.writeInt32BE(timeoutMs, o);
  o += credentials.sessionId.copy(body, o);
  o = body.writeInt32BE(credentials.password.length, o);
  o += credentials.password.copy(body, o);
  body.writeUInt8(0, o); // not read-only
  return frame(body);
}

function frame(body: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeInt32BE(body.length);
  return Buffer.concat([length, body]);
}

/**
 * Expires the session with these credentials on the server at `port`, and
 * resolves only once the server itself reports it gone: the original client
 * may win the session back between our attach and our close (the server
 * then refuses the close), so attach-and-close is repeated until a handshake
 * answers that the session no longer exists.
 */
export async function expireSession(
  port: number,
  credentials: SessionCredentials,
  timeoutMs = 10_000,
  /** PEM files for a TLS-only member (its CA and a client certificate it trusts). */
  tls?: { ca: string; cert: string; key: string },
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const remaining = deadline - Date.now();
    if (remaining <= 0) throw new Error(`expiring session: still alive on 127.0.0.1:${port} after ${timeoutMs} ms`);
    const outcome = await attachAndClose(port, credentials, remaining, tls);
    if (outcome === 'expired') return;
    if (outcome === 'refused') await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * One attempt: 'expired' when the handshake says the session is gone,
 * 'closed' after sending closeSession, 'refused' when the server hung up
 * without answering the handshake (it does so while the session is still
 * being closed by an earlier attempt).
 */
function attachAndClose(
  port: number,
  credentials: SessionCredentials,
  timeoutMs: number,
  tls?: { ca: string; cert: string; key: string },
): Promise<'expired' | 'closed' | 'refused'> {
  return new Promise((resolve, reject) => {
    const socket = tls
      ? connectTls({ host: '127.0.0.1', port, ca: readFileSync(tls.ca), cert: readFileSync(tls.cert), key: readFileSync(tls.key) })
      : connect({ host: '127.0.0.1', port });
    let received = Buffer.alloc(0);
    let handshakeDone = false;
    const timer = setTimeout(() => finish(new Error(`expiring session: no answer from 127.0.0.1:${port} within ${timeoutMs} ms`)), timeoutMs);
    let outcome: 'expired' | 'closed' | 'refused' = 'closed';
    const finish = (err?: Error): void => {
      clearTimeout(timer);
      socket.destroy();
      if (err) reject(err);
      else resolve(outcome);
    };
    socket.on(tls ? 'secureConnect' : 'connect', () => socket.write(connectRequest(credentials, 30_000)));
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (handshakeDone || received.length < 4 || received.length < 4 + received.readInt32BE(0)) return;
      handshakeDone = true;
      const negotiatedTimeout = received.readInt32BE(8);
      if (negotiatedTimeout <= 0) {
        outcome = 'expired';
        return finish();
      }
      const header = Buffer.alloc(8);
      header.writeInt32BE(1, 0); // xid
      header.writeInt32BE(CLOSE_SESSION, 4);
      socket.write(frame(header));
    });
    // The server closes the connection after answering closeSession.
    socket.on('close', () => {
      if (!handshakeDone) outcome = 'refused';
      finish();
    });
    socket.on('error', (err) => finish(err));
  });
}
