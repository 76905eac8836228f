import { describe, expect, it } from 'vitest';
import { encodeHostIdentities, hostStatusAcl, memberContainerAcl, parseHostIdentities, withHostEntries, type HostIdentities } from './host-identities.js';
import { Perm } from './zk-acl.js';

const ids: HostIdentities = {
  perHost: true,
  publisher: [{ scheme: 'digest', id: 'publisher:P' }],
  hosts: { 'web-1': [{ scheme: 'digest', id: 'host-web-1:A' }], 'web-2': [{ scheme: 'x509', id: 'CN=web-2' }] },
};

describe('host identities', () => {
  it('round-trips through the app node data, keeping what else it holds', () => {
    const data = encodeHostIdentities(Buffer.from('{"other":1}'), ids);
    expect(JSON.parse(data.toString())).toMatchObject({ other: 1 });
    expect(parseHostIdentities(data)).toEqual(ids);
  });

  it('reads no identities from empty, non-JSON or hostile data, and drops malformed entries', () => {
    expect(parseHostIdentities(Buffer.alloc(0))).toBeNull();
    expect(parseHostIdentities(Buffer.from('not json'))).toBeNull();
    expect(parseHostIdentities(Buffer.from('{"hostIdentities":[]}'))).toBeNull();
    const odd = parseHostIdentities(Buffer.from('{"hostIdentities":{"perHost":"yes","hosts":{"a":[{"scheme":"ip","id":"1"},{"scheme":"digest","id":""}]}}}'));
    expect(odd).toEqual({ perHost: false, publisher: [], hosts: { a: [] } });
  });

  it("gives a host read and write on its own status record only, and the publisher everything", () => {
    expect(hostStatusAcl(ids, 'web-1')).toEqual([
      { perms: Perm.READ, scheme: 'world', id: 'anyone' },
      { perms: Perm.ALL, scheme: 'digest', id: 'publisher:P' },
      { perms: Perm.READ | Perm.WRITE, scheme: 'digest', id: 'host-web-1:A' },
    ]);
    expect(hostStatusAcl(ids, 'web-9')).toHaveLength(2);
  });

  it('lets every host (digest or x509) add and remove members of group and service containers', () => {
    expect(memberContainerAcl(ids).filter((e) => e.perms === (Perm.CREATE | Perm.DELETE)).map((e) => e.id)).toEqual(['host-web-1:A', 'CN=web-2']);
  });

  it('replaces host entries and keeps the others, dropping removed identities', () => {
    const current = [
      { perms: Perm.READ, scheme: 'world', id: 'anyone' },
      { perms: Perm.CREATE | Perm.DELETE, scheme: 'digest', id: 'agent:S' },
      { perms: Perm.CREATE, scheme: 'digest', id: 'host-gone:X' },
      { perms: Perm.CREATE, scheme: 'x509', id: 'CN=old' },
    ];
    const next = withHostEntries(current, ids, Perm.CREATE, [{ scheme: 'x509', id: 'CN=old' }]);
    expect(next.map((e) => e.id)).toEqual(['anyone', 'agent:S', 'host-web-1:A', 'CN=web-2']);
  });
});
