import type { Command } from 'commander';
import { ExitCode } from '@zkdeploy/shared/errors';
import { ZnodeLayout } from '@zkdeploy/shared/znode-layout';
import { globalOptions, withZk } from '../global-options.js';
import { historyVersions, readHistoryEntries } from '../history-entries.js';

/** Runs `zkdeploy history`. */
export async function run(this: Command, flags: { limit: number }): Promise<void> {
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
}
