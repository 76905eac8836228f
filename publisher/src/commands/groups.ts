import { Command } from 'commander';
import { ExitCode, UsageError, isValidNodeName } from '@zkdeploy/shared';
import { addGlobalOptions, globalOptions, withZk } from '../global-options.js';
import { readGroups } from '../group-listing.js';
import { renderGroups } from '../group-table.js';

/** `zkdeploy groups [<name>]`: each active/standby group's primary and standbys in takeover order. */
export function groupsCommand(): Command {
  return addGlobalOptions(new Command('groups'))
    .description("show active/standby groups: each group's primary and its standbys in takeover order")
    .argument('[name]', 'show only this group')
    .addHelpText('after', '\nExamples:\n  zkdeploy groups\n  zkdeploy groups scheduler --json | jq -r .groups[0].primary.host\n')
    .action(async function (this: Command, name: string | undefined) {
      const global = globalOptions(this);
      if (name !== undefined && !isValidNodeName(name)) {
        throw new UsageError(`group name ${JSON.stringify(name)} is not valid (letters, digits, . _ - only)`);
      }
      const groups = await withZk(global, (zk) => readGroups(zk, global.app, name));
      if (global.json) process.stdout.write(`${JSON.stringify({ app: global.app, groups })}\n`);
      else process.stdout.write(renderGroups(global.app, groups, Boolean(process.stdout.isTTY)));
      process.exitCode = ExitCode.OK;
    });
}
