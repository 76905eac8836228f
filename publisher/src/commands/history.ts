import { Command, Option } from 'commander';
import { ExitCode, ZnodeLayout } from '@zkdeploy/shared';
import { addGlobalOptions, globalOptions, withZk } from '../global-options.js';
import { historyVersions, readHistoryEntries } from '../history-entries.js';
import { parseCount } from '../number-flags.js';

/** `zkdeploy history`: published versions, newest first. */
export function historyCommand(): Command {
  return addGlobalOptions(new Command('history'))
    .description('list published versions, newest first: version, commit, ref, when, by whom, message')
    .addOption(new Option('--limit <n>', 'show at most this many entries').argParser(parseCount).default(20))
    .addHelpText('after', '\nExamples:\n  zkdeploy history --limit 5\n  zkdeploy history --json | jq ".[0].commitId"\n')
    .action(async function (this: Command, flags: { limit: number }) {
      const global = globalOptions(this);
      const { entries, current } = await withZk(global, async (zk) => {
        const [versions, config] = await Promise.all([historyVersions(zk, global.app), zk.exists(new ZnodeLayout(global.app).config)]);
        return { entries: await readHistoryEntries(zk, global.app, versions.slice(0, flags.limit)), current: config?.version ?? null };
      });
      if (global.json) {
        const rows = entries.map((e) => ({ version: e.version, current: e.version === current, ...(e.payload ?? { invalid: e.invalid }) }));
        process.stdout.write(`${JSON.stringify(rows)}\n`);
      } else if (entries.length === 0) {
        process.stdout.write(`nothing published to ${global.app} yet\n`);
      } else {
        const { renderHistory } = await import('../history-table.js');
        process.stdout.write(renderHistory(entries, current, Boolean(process.stdout.isTTY)));
      }
      process.exitCode = ExitCode.OK;
    });
}
