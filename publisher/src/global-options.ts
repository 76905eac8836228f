/**
 * Global flags shared by every command, each also from an environment variable.
 * The ZooKeeper identity comes from --auth or, to keep the password out of
 * `ps`, from --auth-file (a 0600 file holding user:password; shared's
 * auth-file.ts refuses one that group or others can read). TLS to ZooKeeper
 * takes --zk-tls and its files (shared's zk-tls-flags.ts checks them before
 * any connection).
 */
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { readAuthFile } from '@zkdeploy/shared/auth-file';
import { UsageError } from '@zkdeploy/shared/errors';
import type { ZkClient, ZkTlsOptions } from '@zkdeploy/shared/zk';
import { ZK_TLS_FLAGS, zkTlsFromFlags, type ZkTlsFlagValues } from '@zkdeploy/shared/zk-tls-flags';
import { DEFAULT_APP, isValidAppPath } from '@zkdeploy/shared/znode-layout';

export interface GlobalOptions {
  zk: string;
  app: string;
  auth: string | undefined;
  /** The absolute path of --auth-file, when the identity came from one. */
  authFile: string | undefined;
  json: boolean;
  /** Session timeout of the publisher's short-lived session. */
  sessionTimeoutMs: number;
  /** TLS to ZooKeeper (--zk-tls and its files), or undefined for a plain connection. */
  tls?: ZkTlsOptions;
}

/**
 * Adds --zk, --app, --auth, --json. On the root command they carry the
 * environment variables and defaults; on subcommands they are plain flags, so
 * `zkdeploy --zk X status` and `zkdeploy status --zk X` both work.
 */
export function addGlobalOptions(cmd: Command, root = false): Command {
  // On the root, commander itself prints the default and the variable.
  const where = (text: string): string => (root ? '' : ` (${text})`);
  const zk = new Option('--zk <hosts>', `ZooKeeper connect string${where('ZKDEPLOY_ZK, default 127.0.0.1:2181')}`);
  const app = new Option('--app <znode>', `app base znode${where(`ZKDEPLOY_APP, default ${DEFAULT_APP}`)}`);
  const auth = new Option('--auth <user:password>', `ZooKeeper digest auth; visible in ps, prefer --auth-file${where('ZKDEPLOY_AUTH')}`);
  const authFile = new Option('--auth-file <file>', `file holding the ZooKeeper user:password, mode 0600${where('ZKDEPLOY_AUTH_FILE')}`);
  if (root) {
    zk.env('ZKDEPLOY_ZK').default('127.0.0.1:2181');
    app.env('ZKDEPLOY_APP').default(DEFAULT_APP);
    auth.env('ZKDEPLOY_AUTH');
    authFile.env('ZKDEPLOY_AUTH_FILE');
  }
  cmd.addOption(zk).addOption(app).addOption(auth).addOption(authFile);
  for (const t of ZK_TLS_FLAGS) {
    const option = new Option(t.flag, `${t.help}${where(t.env)}`);
    if (root) option.env(t.env);
    cmd.addOption(option);
  }
  return cmd.addOption(new Option('--json', 'machine-readable output on stdout'));
}

interface RawGlobals extends ZkTlsFlagValues {
  zk?: string;
  app?: string;
  auth?: string;
  authFile?: string;
  json?: boolean;
}

/** Reads and validates the global options of a command (its own flags first, then the root's). */
export function globalOptions(cmd: Command): GlobalOptions {
  let o: RawGlobals = {};
  for (let c: Command | null = cmd; c; c = c.parent) {
    const own = c.opts<RawGlobals>();
    o = { zk: o.zk ?? own.zk, app: o.app ?? own.app, auth: o.auth ?? own.auth, authFile: o.authFile ?? own.authFile, json: o.json ?? own.json };
    for (const { key } of ZK_TLS_FLAGS) o[key] ??= own[key];
  }
  const tls = zkTlsFromFlags(o);
  if (o.auth !== undefined && o.authFile !== undefined) throw new UsageError('give the ZooKeeper identity once: --auth or --auth-file, not both');
  if (o.authFile !== undefined) o.auth = readAuthFile(o.authFile, '--auth-file');
  if (o.zk === undefined || o.app === undefined) throw new UsageError('internal: global options missing');
  if (!isValidAppPath(o.app)) throw new UsageError(`--app ${JSON.stringify(o.app)} is not an absolute znode path like /app/business`);
  if (o.auth !== undefined && !/^[^:]+:.+$/.test(o.auth)) throw new UsageError('--auth must be user:password');
  if (!o.zk.trim()) throw new UsageError('--zk must name at least one host:port');
  const authFile = o.authFile === undefined ? undefined : resolve(o.authFile);
  return { zk: o.zk, app: o.app, auth: o.auth, authFile, json: Boolean(o.json), sessionTimeoutMs: 10_000, ...(tls ? { tls } : {}) };
}

/** Connects for one command; callers close it. The client (and its library) loads here, not at startup. */
export async function connect(options: GlobalOptions): Promise<ZkClient> {
  const { ZkClient } = await import('@zkdeploy/shared/zk');
  return ZkClient.connect({
    connectString: options.zk,
    sessionTimeoutMs: options.sessionTimeoutMs,
    connectTimeoutMs: 5_000,
    auth: options.auth,
    ...(options.tls ? { tls: options.tls } : {}),
  });
}

/** Runs `fn` with a connected client and always closes it. */
export async function withZk<T>(options: GlobalOptions, fn: (zk: ZkClient) => Promise<T>): Promise<T> {
  const zk = await connect(options);
  try {
    return await fn(zk);
  } finally {
    await zk.close();
  }
}
