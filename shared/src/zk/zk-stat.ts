import type { Stat as LibraryStat } from 'node-zookeeper-client';

/** A znode's metadata, in plain JavaScript types. */
export interface ZkStat {
  version: number;
  cversion: number;
  aversion: number;
  /** zxid of the last change, comparable across reads. */
  mzxid: bigint;
  czxid: bigint;
  ctime: number;
  mtime: number;
  /** Session id (hex) of an ephemeral node's owner, or null for persistent nodes. */
  ephemeralOwner: string | null;
  dataLength: number;
  numChildren: number;
}

const toBigInt = (buf: Buffer): bigint => buf.readBigInt64BE(0);

/** Converts the library's Buffer-based stat. */
export function toZkStat(stat: LibraryStat): ZkStat {
  const owner = stat.ephemeralOwner.toString('hex');
  return {
    version: stat.version,
    cversion: stat.cversion,
    aversion: stat.aversion,
    mzxid: toBigInt(stat.mzxid),
    czxid: toBigInt(stat.czxid),
    ctime: Number(toBigInt(stat.ctime)),
    mtime: Number(toBigInt(stat.mtime)),
    ephemeralOwner: /^0+$/.test(owner) ? null : owner,
    dataLength: stat.dataLength,
    numChildren: stat.numChildren,
  };
}
