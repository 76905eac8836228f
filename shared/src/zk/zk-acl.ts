import { createHash } from 'node:crypto';
import zookeeper, { type ACL as LibraryAcl } from 'node-zookeeper-client';

/** One ACL entry: a permission mask for a scheme/id pair. */
export interface ZkAcl {
  perms: number;
  scheme: string;
  id: string;
}

/** ZooKeeper permission bits. */
export const Perm = {
  READ: 1,
  WRITE: 2,
  CREATE: 4,
  DELETE: 8,
  ADMIN: 16,
  ALL: 31,
} as const;

/** The ACL everyone may do anything with (ZooKeeper's default, OPEN_ACL_UNSAFE). */
export const OPEN_ACL: ZkAcl[] = [{ perms: Perm.ALL, scheme: 'world', id: 'anyone' }];

/** The `digest` id of `user:password`: `user:base64(sha1(user:password))`. */
export function digestId(credentials: string): string {
  const user = credentials.slice(0, credentials.indexOf(':'));
  const hash = createHash('sha1').update(credentials).digest('base64');
  return `${user}:${hash}`;
}

/** Converts to the library's ACL objects (the open ACL when none is given). */
export function toLibraryAcls(acl: ZkAcl[] | undefined): LibraryAcl[] {
  return (acl ?? OPEN_ACL).map((a) => new zookeeper.ACL(a.perms, new zookeeper.Id(a.scheme, a.id)));
}
