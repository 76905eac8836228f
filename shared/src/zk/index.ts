/** `@zkdeploy/shared/zk`: the ZooKeeper client wrapper and what its callers need with it (errors, stats, ACLs, retries). Loads node-zookeeper-client. */
export * from './connection-state.js';
export * from './zk-client.js';
export * from './zk-errors.js';
export * from './zk-stat.js';
export * from './zk-acl.js';
export * from './retry.js';
export type { CreateOnceOptions } from './safe-create.js';
export * from './app-acl.js';
export * from './host-identities.js';
export * from './member-container.js';
export type { ZkTlsOptions } from './zk-tls.js';
export { x509SubjectId } from './x509-subject.js';
export * from './zk-tls-flags.js';
