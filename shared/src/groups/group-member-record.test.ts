import { describe, expect, it } from 'vitest';
import { electionOrder, encodeMemberRecord, memberSequence, parseMemberRecord } from './group-member-record.js';

describe('group member records', () => {
  it('orders members by sequence number and ignores other children', () => {
    expect(electionOrder(['m-0000000010', 'junk', 'm-0000000002', 'm-12', 'lock', 'm-0000000009'])).toEqual([
      'm-0000000002',
      'm-0000000009',
      'm-0000000010',
    ]);
    expect(memberSequence('m-0000000042')).toBe(42);
    expect(memberSequence('m-00000000420')).toBeNull();
    expect(memberSequence('x-0000000042')).toBeNull();
  });

  it('round-trips a record and reads malformed data as unknown fields', () => {
    const record = { host: 'web-1', pid: 42, since: '2026-01-01T00:00:00.000Z' };
    expect(parseMemberRecord(encodeMemberRecord(record))).toEqual(record);
    const empty = { host: null, pid: null, since: null };
    for (const bad of ['', 'nope', '[]', 'null', '{"host":7,"pid":-1}', '{"pid":1.5}']) {
      expect(parseMemberRecord(Buffer.from(bad))).toEqual(empty);
    }
    expect(parseMemberRecord(Buffer.from('{"host":"h","extra":1}'))).toEqual({ ...empty, host: 'h' });
    // Members of earlier versions carried a create token: still read, the token ignored.
    expect(parseMemberRecord(Buffer.from('{"host":"h","pid":7,"token":"abc"}'))).toEqual({ ...empty, host: 'h', pid: 7 });
    expect(parseMemberRecord(null)).toEqual(empty);
  });
});
