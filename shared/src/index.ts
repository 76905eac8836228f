/**
 * Everything shared exports. A short-lived process (the CLI) imports the
 * subpath entries of package.json `exports` instead (`@zkdeploy/shared/errors`,
 * `/zk`, …), so that it loads only the layers it uses: this index loads pino,
 * node-zookeeper-client and every recipe.
 */
export * from './errors.js';
export * from './logger.js';
export * from './znode-layout.js';
export * from './records.js';
export * from './record-fields.js';
export * from './payload/index.js';
export * from './zk/index.js';
export * from './recipes/index.js';
export * from './git/git-runner.js';
export { executablePath } from './git/executable-path.js';
export * from './command-env.js';
export * from './secret-redaction.js';
export * from './display-text.js';
export * from './auth-file.js';
export * from './rollout/index.js';
