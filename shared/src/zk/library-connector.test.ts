import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { chunkWatches, LIBRARY_SOURCE_FINGERPRINTS, libraryConnectionManagerPrototype } from './library-connector.js';

describe('library connector', () => {
  it('replaces only library code it was written against: fails when node-zookeeper-client changes these methods', () => {
    const prototype = libraryConnectionManagerPrototype();
    for (const [name, fingerprint] of Object.entries(LIBRARY_SOURCE_FINGERPRINTS)) {
      const source = (prototype[name] as () => void).toString();
      expect({ name, fingerprint: createHash('sha256').update(source).digest('hex') }).toEqual({ name, fingerprint });
    }
    // The handlers the replacements bind must still exist under these names.
    for (const name of ['onSocketConnectTimeout', 'onSocketData', 'onSocketDrain', 'onSocketClosed', 'onSocketError', 'setState', 'queue']) {
      expect(typeof prototype[name], name).toBe('function');
    }
  });

  it('chunks re-sent watches by path bytes, keeping every path once and in order', () => {
    const path = (i: number) => `/apps/a/status/host-${String(i).padStart(5, '0')}`;
    const watches = {
      dataWatches: Array.from({ length: 5000 }, (_, i) => path(i)),
      existWatches: ['/apps/a/config'],
      childWatches: Array.from({ length: 3000 }, (_, i) => path(i)),
    };
    const chunks = chunkWatches(watches, 64 * 1024);
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks) {
      const bytes = [...chunk.dataWatches, ...chunk.existWatches, ...chunk.childWatches].reduce((n, p) => n + Buffer.byteLength(p), 0);
      expect(bytes).toBeLessThanOrEqual(64 * 1024);
    }
    expect(chunks.flatMap((c) => c.dataWatches)).toEqual(watches.dataWatches);
    expect(chunks.flatMap((c) => c.existWatches)).toEqual(watches.existWatches);
    expect(chunks.flatMap((c) => c.childWatches)).toEqual(watches.childWatches);
  });

  it('keeps a small watch set in one packet, and a path longer than the limit in a packet of its own', () => {
    expect(chunkWatches({ dataWatches: ['/a'], existWatches: [], childWatches: ['/b'] }, 100)).toHaveLength(1);
    const long = `/${'x'.repeat(200)}`;
    expect(chunkWatches({ dataWatches: ['/a', long, '/b'], existWatches: [], childWatches: [] }, 100).map((c) => c.dataWatches)).toEqual([['/a'], [long], ['/b']]);
  });
});
