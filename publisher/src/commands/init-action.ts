import type { Command } from 'commander';
import { readAuthFile } from '@zkdeploy/shared/auth-file';
import { ExitCode, UsageError } from '@zkdeploy/shared/errors';
import { digestId, isDigestId, type AppIdentities } from '@zkdeploy/shared/zk';
import { initApp } from '../app-init.js';
import { globalOptions, withZk } from '../global-options.js';

interface Flags {
  agentAuth?: string;
  agentAuthFile?: string;
  agentDigest?: string;
  hostIdentities?: boolean;
}

/** `--host-identities`: the publisher alone; hosts get their identities from `host add`. */
function hostModeIdentities(auth: string | undefined, flags: Flags): AppIdentities {
  if (flags.agentAuth !== undefined || flags.agentAuthFile !== undefined || flags.agentDigest !== undefined) {
    throw new UsageError('--host-identities replaces the shared agent identity: leave out --agent-auth, --agent-auth-file and --agent-digest');
  }
  if (!auth) throw new UsageError('--host-identities needs --auth-file (or --auth): the publisher identity that will own the app');
  return { publisher: digestId(auth) };
}

/** --agent-auth, or the contents of --agent-auth-file (which keeps the password out of `ps`). */
function agentAuth(flags: Flags): string | undefined {
  if (flags.agentAuthFile === undefined) return flags.agentAuth;
  if (flags.agentAuth !== undefined) throw new UsageError("give the agents' identity once: --agent-auth or --agent-auth-file, not both");
  return readAuthFile(flags.agentAuthFile, '--agent-auth-file');
}

/** The identities from --auth (the publisher, also used to connect) and --agent-auth / --agent-digest. */
function identities(auth: string | undefined, flags: Flags): AppIdentities | undefined {
  if (flags.agentAuth && flags.agentDigest) throw new UsageError('give the agents\' identity once: --agent-auth or --agent-digest, not both');
  const agent = flags.agentDigest ?? (flags.agentAuth ? digestId(flags.agentAuth) : undefined);
  if (flags.agentAuth !== undefined && !/^[^:]+:.+$/.test(flags.agentAuth)) throw new UsageError('--agent-auth must be user:password');
  if (flags.agentDigest !== undefined && !isDigestId(flags.agentDigest)) {
    throw new UsageError('--agent-digest must be a ZooKeeper digest id user:base64(sha1(user:password)) (28 base64 characters after the colon)');
  }
  if (!auth && !agent) return undefined;
  if (!auth) throw new UsageError('--agent-auth/--agent-digest need --auth too: the publisher identity that will own the app');
  if (!agent) {
    throw new UsageError('init --auth also needs the agents\' identity (--agent-auth user:password or --agent-digest user:hash), so agents can register and report', {
      hint: 'start the agents with --auth of that identity',
    });
  }
  return { publisher: digestId(auth), agent };
}

/** Runs `zkdeploy init`. */
export async function run(this: Command, flags: Flags): Promise<void> {
  const global = globalOptions(this);
  const ids = flags.hostIdentities ? hostModeIdentities(global.auth, flags) : identities(global.auth, { agentAuth: agentAuth(flags), agentDigest: flags.agentDigest });
  const steps = await withZk(global, (zk) => initApp(zk, global.app, ids, { hostIdentities: Boolean(flags.hostIdentities) }));
  if (global.json) {
    process.stdout.write(`${JSON.stringify({ app: global.app, acl: ids ? 'digest' : 'open', nodes: steps })}\n`);
  } else {
    for (const s of steps) process.stdout.write(`${s.action.padEnd(11)} ${s.path}\n`);
    const perHost = ' (per-host identities: give each host its own with `zkdeploy host add <host> --secret-file <file>`)';
    process.stdout.write(`${global.app} is ready${ids ? (flags.hostIdentities ? perHost : ' (digest ACLs: world read, publisher writes config and history, agents their own nodes)') : ' (open ACLs)'}\n`);
  }
  process.exitCode = ExitCode.OK;
}
