import { Command } from 'commander';
import { addGlobalOptions } from '../global-options.js';
import { lazyAction } from './lazy-action.js';

/** `zkdeploy groups [<name>]`: each active/standby group's primary and standbys in takeover order. */
export function groupsCommand(): Command {
  return addGlobalOptions(new Command('groups'))
    .description("show active/standby groups: each group's primary and its standbys in takeover order")
    .argument('[name]', 'show only this group')
    .addHelpText('after', '\nExamples:\n  zkdeploy groups\n  zkdeploy groups scheduler --json | jq -r .groups[0].primary.host\n')
    .action(lazyAction(() => import('./groups-action.js')));
}
