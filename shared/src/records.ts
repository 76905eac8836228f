/**
 * `@zkdeploy/shared/records`: the small records agents write and the
 * publisher reads back as untrusted data (status, agent registration,
 * group members, service endpoints). Pure: no ZooKeeper, no I/O.
 */
export * from './status-record.js';
export * from './status-outcome.js';
export * from './groups/group-member-record.js';
export * from './groups/service-endpoint.js';
export * from './host-anchor.js';
