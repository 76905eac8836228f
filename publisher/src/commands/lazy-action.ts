/**
 * Commands are defined up front (commander needs every flag to parse and to
 * print help) but their actions live in their own modules, loaded only when
 * that command runs: `zkdeploy --version` or `publish` must not pay for
 * loading what `status --watch` or `keygen` use. A git push waits for the
 * post-receive hook, so startup time is time every pusher waits.
 */
import type { Command } from 'commander';

/** A command's action module: `run` is called the way commander calls an action (`this` is the command). */
export interface ActionModule {
  run(this: Command, ...args: never[]): Promise<void>;
}

/** The action of a command whose implementation `load` imports on first use. */
export function lazyAction(load: () => Promise<ActionModule>): (this: Command, ...args: unknown[]) => Promise<void> {
  return async function (this: Command, ...args: unknown[]): Promise<void> {
    const { run } = await load();
    await (run as (this: Command, ...a: unknown[]) => Promise<void>).apply(this, args);
  };
}
