import { describe, expect, it } from 'vitest';
import { packetFramer } from './packet-framer.js';

function packet(body: string): Buffer {
  const b = Buffer.from(body);
  const out = Buffer.alloc(4 + b.length);
  out.writeInt32BE(b.length, 0);
  b.copy(out, 4);
  return out;
}

describe('packetFramer', () => {
  const bodies = ['a', '', 'hello world', 'x'.repeat(70_000), 'last'];
  const stream = Buffer.concat(bodies.map(packet));

  it.each([1, 3, 4, 5, 17, 65_536, stream.length])('delivers every packet whole, once, in order, from chunks of %i bytes', (size) => {
    const got: string[] = [];
    const feed = packetFramer((p) => {
      expect(p.readInt32BE(0)).toBe(p.length - 4);
      got.push(p.subarray(4).toString());
    });
    for (let i = 0; i < stream.length; i += size) feed(stream.subarray(i, i + size));
    expect(got).toEqual(bodies);
  });

  it('stops delivering once the socket is gone', () => {
    const got: string[] = [];
    let destroyed = false;
    const feed = packetFramer((p) => {
      got.push(p.subarray(4).toString());
      destroyed = true;
    }, () => destroyed);
    feed(stream);
    expect(got).toEqual(['a']);
  });
});
