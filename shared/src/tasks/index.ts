export * from './task-record.js';
export * from './task-selection.js';
export * from './task-hosts.js';
export * from './task-assigner.js';
export * from './task-signature.js';
