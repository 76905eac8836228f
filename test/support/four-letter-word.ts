import { connect } from 'node:net';

/** Sends a ZooKeeper four-letter command (`ruok`, `srvr`, `mntr`…) and returns the answer ('' when unreachable). */
export function fourLetterWord(port: number, word: string, timeoutMs = 1000): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    const done = (): void => {
      socket.destroy();
      resolve(Buffer.concat(chunks).toString('utf8'));
    };
    socket.setTimeout(timeoutMs, done);
    socket.on('connect', () => socket.write(word));
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('end', done);
    socket.on('error', done);
  });
}

/** The server's mode from `srvr`: 'standalone', 'leader', 'follower', or null when not serving. */
export async function serverMode(port: number): Promise<string | null> {
  const answer = await fourLetterWord(port, 'srvr');
  return /^Mode: (\w+)/m.exec(answer)?.[1] ?? null;
}
