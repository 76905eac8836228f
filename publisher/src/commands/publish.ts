import { hostname, userInfo } from 'node:os';
import { Command } from 'commander';
import { ExitCode, validatePayload, type Payload } from '@zkdeploy/shared';
import { addGlobalOptions, globalOptions, withZk } from '../global-options.js';
import { publishConfig } from '../publish-config.js';

interface PublishFlags {
  url: string;
  commit: string;
  path: string;
  ref?: string;
  message?: string;
}

function publisherIdentity(): string {
  try {
    return `${userInfo().username}@${hostname()}`;
  } catch {
    return hostname();
  }
}

/** Builds and validates the payload from flags; throws ValidationError (exit 2) naming the field. */
export function buildPayload(flags: PublishFlags): Payload {
  const payload: Payload = {
    url: flags.url,
    commitId: flags.commit.trim().toLowerCase(),
    relativePath: flags.path,
    ...(flags.ref !== undefined ? { ref: flags.ref } : {}),
    ...(flags.message !== undefined ? { message: flags.message } : {}),
    publishedAt: new Date().toISOString(),
    publishedBy: publisherIdentity(),
  };
  return validatePayload(payload);
}

export function publishCommand(): Command {
  return addGlobalOptions(new Command('publish'))
    .description('validate a payload and write it to the config znode (compare-and-set, with its history entry)')
    .requiredOption('--url <url>', 'git URL the agents fetch from')
    .requiredOption('--commit <id>', 'full commit id (40 or 64 hex characters)')
    .requiredOption('--path <relativePath>', 'checkout path inside each agent base dir')
    .option('--ref <ref>', 'the ref the commit came from, for humans')
    .option('--message <text>', 'a note stored with the publish')
    .addHelpText('after', '\nExample:\n  zkdeploy publish --url https://git.example.com/app.git --commit $(git rev-parse HEAD) --path app\n')
    .action(async function (this: Command, flags: PublishFlags) {
      const global = globalOptions(this);
      const payload = buildPayload(flags);
      const result = await withZk(global, (zk) => publishConfig(zk, global.app, payload));
      if (global.json) {
        process.stdout.write(`${JSON.stringify({ app: global.app, version: result.version, payload })}\n`);
      } else {
        process.stdout.write(`published ${payload.commitId} to ${global.app} as version ${result.version}\n`);
      }
      process.exitCode = ExitCode.OK;
    });
}
