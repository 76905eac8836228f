import type { Command } from 'commander';
import { readAuthFile } from '@zkdeploy/shared/auth-file';
import { ExitCode, UsageError } from '@zkdeploy/shared/errors';
import { digestId, isDigestId, x509SubjectId, type AppIdentities, type ZkTlsOptions } from '@zkdeploy/shared/zk';
import { initApp } from '../app-init.js';
import { globalOptions, withZk } from '../global-options.js';

interface Flags {
  agentAuth?: string;
  agentAuthFile?: string;
  agentDigest?: string;
  hostIdentities?: boolean;
  publisherCert?: string[];
  agentCert?: string[];
}

/** The x509 ids of --publisher-cert and --agent-cert; the connecting certificate must be among the publisher's. */
function certificateIds(flags: Flags, auth: string | undefined, tls: ZkTlsOptions | undefined): Pick<AppIdentities, 'publisherCerts' | 'agentCerts'> {
  const publisherCerts = (flags.publisherCert ?? []).map(x509SubjectId);
  const agentCerts = (flags.agentCert ?? []).map(x509SubjectId);
  if (publisherCerts.length > 0 && !auth) {
    const own = tls?.cert ? x509SubjectId(tls.cert) : undefined;
    if (!own || !publisherCerts.includes(own)) {
      throw new UsageError('init would lock itself out: connect with one of the --publisher-cert certificates (--zk-tls-cert) or with --auth-file; nothing was changed', {
        hint: own ? `this connection's certificate is ${own}` : 'give --zk-tls --zk-tls-cert <one of the publisher certificates> --zk-tls-key <its key>',
      });
    }
  }
  return { ...(publisherCerts.length ? { publisherCerts } : {}), ...(agentCerts.length ? { agentCerts } : {}) };
}

/** `--host-identities`: the publisher alone; hosts get their identities from `host add`. */
function hostModeIdentities(auth: string | undefined, flags: Flags, certs: Pick<AppIdentities, 'publisherCerts' | 'agentCerts'>): AppIdentities {
  if (flags.agentAuth !== undefined || flags.agentAuthFile !== undefined || flags.agentDigest !== undefined || certs.agentCerts) {
    throw new UsageError('--host-identities replaces the shared agent identity: leave out --agent-auth, --agent-auth-file, --agent-digest and --agent-cert');
  }
  if (!auth && !certs.publisherCerts) throw new UsageError('--host-identities needs --auth-file (or --auth) or --publisher-cert: the publisher identity that will own the app');
  return { ...(auth ? { publisher: digestId(auth) } : {}), ...certs };
}

/** --agent-auth, or the contents of --agent-auth-file (which keeps the password out of `ps`). */
function agentAuth(flags: Flags): string | undefined {
  if (flags.agentAuthFile === undefined) return flags.agentAuth;
  if (flags.agentAuth !== undefined) throw new UsageError("give the agents' identity once: --agent-auth or --agent-auth-file, not both");
  return readAuthFile(flags.agentAuthFile, '--agent-auth-file');
}

/** The identities from --auth (the publisher, also used to connect), --agent-auth / --agent-digest and the certificates. */
function identities(auth: string | undefined, flags: Flags, certs: Pick<AppIdentities, 'publisherCerts' | 'agentCerts'>): AppIdentities | undefined {
  if (flags.agentAuth && flags.agentDigest) throw new UsageError('give the agents\' identity once: --agent-auth or --agent-digest, not both');
  const agent = flags.agentDigest ?? (flags.agentAuth ? digestId(flags.agentAuth) : undefined);
  if (flags.agentAuth !== undefined && !/^[^:]+:.+$/.test(flags.agentAuth)) throw new UsageError('--agent-auth must be user:password');
  if (flags.agentDigest !== undefined && !isDigestId(flags.agentDigest)) {
    throw new UsageError('--agent-digest must be a ZooKeeper digest id user:base64(sha1(user:password)) (28 base64 characters after the colon)');
  }
  const publisher = Boolean(auth) || Boolean(certs.publisherCerts);
  const agents = Boolean(agent) || Boolean(certs.agentCerts);
  if (!publisher && !agents) return undefined;
  if (!publisher) throw new UsageError('--agent-auth/--agent-digest/--agent-cert need the publisher identity too (--auth-file or --publisher-cert): it will own the app');
  if (!agents) {
    throw new UsageError(`init ${auth ? '--auth' : '--publisher-cert'} also needs the agents' identity (--agent-auth user:password, --agent-digest user:hash or --agent-cert <pem>), so agents can register and report`, {
      hint: 'start the agents with --auth of that identity, or with --zk-tls-cert of that certificate',
    });
  }
  return { ...(auth ? { publisher: digestId(auth) } : {}), ...(agent ? { agent } : {}), ...certs };
}

/** What kind of ACLs the app gets, for --json. */
function aclKind(ids: AppIdentities | undefined): string {
  if (!ids) return 'open';
  const digest = Boolean(ids.publisher || ids.agent);
  const x509 = Boolean(ids.publisherCerts || ids.agentCerts);
  return digest && x509 ? 'digest+x509' : x509 ? 'x509' : 'digest';
}

/** Runs `zkdeploy init`. */
export async function run(this: Command, flags: Flags): Promise<void> {
  const global = globalOptions(this);
  const certs = certificateIds(flags, global.auth, global.tls);
  const ids = flags.hostIdentities ? hostModeIdentities(global.auth, flags, certs) : identities(global.auth, { agentAuth: agentAuth(flags), agentDigest: flags.agentDigest }, certs);
  const steps = await withZk(global, (zk) => initApp(zk, global.app, ids, { hostIdentities: Boolean(flags.hostIdentities) }));
  if (global.json) {
    process.stdout.write(`${JSON.stringify({ app: global.app, acl: aclKind(ids), nodes: steps })}\n`);
  } else {
    for (const s of steps) process.stdout.write(`${s.action.padEnd(11)} ${s.path}\n`);
    const perHost = ' (per-host identities: give each host its own with `zkdeploy host add <host> --secret-file <file>`)';
    process.stdout.write(`${global.app} is ready${ids ? (flags.hostIdentities ? perHost : ` (${aclKind(ids)} ACLs: world read, publisher writes config and history, agents their own nodes)`) : ' (open ACLs)'}\n`);
  }
  process.exitCode = ExitCode.OK;
}
