/** `@zkdeploy/shared/recipes`: ZooKeeper recipes built on the wrapper (watches, ephemeral registration, election). */
export * from './data-watch.js';
export type { WatchOptions } from './watch-options.js';
export * from './children-watch.js';
export * from './ephemeral-node.js';
export * from './coalescing-runner.js';
export * from './read-many.js';
export { ReadRetry } from './read-retry.js';
export * from './leader-election.js';
