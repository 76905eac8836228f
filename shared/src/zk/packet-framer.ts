/**
 * Splits what a ZooKeeper server sends into whole packets (each a 4-byte
 * length and its body) before node-zookeeper-client 1.1.3 sees them. Its
 * `onSocketData` takes one packet per call and, when a chunk holds more,
 * copies the rest into a new buffer and calls itself again: a chunk of k
 * replies is copied k times, which makes thousands of pipelined reads (a
 * `status` over a large fleet) spend most of their time copying
 * (docs/scale.md, "Reading 10,000 hosts"). Given one whole packet per call it
 * copies nothing.
 */
export function packetFramer(deliver: (packet: Buffer) => void, stopped: () => boolean = () => false): (chunk: Buffer) => void {
  let parts: Buffer[] = [];
  let buffered = 0;
  /** Bytes the packet at the head of `parts` needs in all, once its length is known. */
  let needed = 4;
  return (chunk) => {
    parts.push(chunk);
    buffered += chunk.length;
    if (buffered < needed) return;
    let buf = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, buffered);
    parts = [];
    buffered = 0;
    let offset = 0;
    while (buf.length - offset >= 4 && !stopped()) {
      const size = buf.readInt32BE(offset) + 4;
      if (buf.length - offset < size) {
        needed = size;
        break;
      }
      deliver(buf.subarray(offset, offset + size));
      offset += size;
      needed = 4;
    }
    if (offset < buf.length && !stopped()) {
      buf = buf.subarray(offset);
      parts = [buf];
      buffered = buf.length;
      if (buffered >= 4) needed = buf.readInt32BE(0) + 4;
    }
  };
}
