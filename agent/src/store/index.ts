/**
 * `@zkdeploy/agent/store`: what a measuring harness (bench/) may use of the
 * release store's layer, and nothing else of the agent's internals. The git
 * floor runs the agent's own git steps alone (a bare store per target,
 * fetched into by exact commit, releases as its worktrees); the drift-watch
 * cost arms the agent's DriftWatcher on a tree. Not a stable API for
 * anything but the benchmark: the agent itself reaches these through the
 * release store.
 */
export { DriftWatcher, type DriftWatcherOptions } from './drift-watcher.js';
export { addWorktree, checkoutExact, fetchCommit, initBareStore, type GitContext } from './git-checkout.js';
