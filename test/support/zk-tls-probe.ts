/** Four-letter words over TLS, for TLS-only ZooKeeper members (the Netty factory answers them on the secure port). */
import { readFileSync } from 'node:fs';
import { connect } from 'node:tls';

/** PEM files a test client connects with. */
export interface ZkTlsClientFiles {
  ca: string;
  cert: string;
  key: string;
}

/** Sends a four-letter command over TLS and returns the answer ('' when unreachable). */
export function fourLetterWordTls(port: number, word: string, files: ZkTlsClientFiles, timeoutMs = 1000): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({
      host: '127.0.0.1',
      port,
      ca: readFileSync(files.ca),
      cert: readFileSync(files.cert),
      key: readFileSync(files.key),
      // Only asks whether the member serves; clusters with an expired server certificate on purpose must answer too.
      rejectUnauthorized: false,
    });
    const chunks: Buffer[] = [];
    const done = (): void => {
      socket.destroy();
      resolve(Buffer.concat(chunks).toString('utf8'));
    };
    socket.setTimeout(timeoutMs, done);
    socket.on('secureConnect', () => socket.write(word));
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('end', done);
    socket.on('error', done);
  });
}

/** The server's mode from `srvr` over TLS, or null when not serving. */
export async function serverModeTls(port: number, files: ZkTlsClientFiles): Promise<string | null> {
  const answer = await fourLetterWordTls(port, 'srvr', files);
  return /^Mode: (\w+)/m.exec(answer)?.[1] ?? null;
}
