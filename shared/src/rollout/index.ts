export * from './rollout-plan.js';
export * from './rollout-record.js';
export * from './rollout-gate.js';
export * from './rollout-outcome.js';
export * from './wave-assignment.js';
export * from './fenced-write.js';
export * from './rollout-hosts.js';
export * from './rollout-controller.js';
