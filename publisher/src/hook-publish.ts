/**
 * Publishes the commit a push brought, but never rolls the fleet back when two
 * pushes race: the pushed commit must descend from the published one (checked
 * in the repository the hook runs in), and the write is a compare-and-set on
 * the config version that check was made against. If another publish lands in
 * between, the check is made again against the new config.
 *
 * A published commit this repository does not know: if the config's URL is a
 * different repository, that config came from elsewhere and is replaced (with
 * a warning); if it is this hook's URL, the history was rewritten or the
 * object is gone, and the hook refuses unless --force.
 */
import { ErrorCode, ZkDeployError } from '@zkdeploy/shared/errors';
import { parsePayload, type Payload } from '@zkdeploy/shared/payload';
import type { ZkClient } from '@zkdeploy/shared/zk';
import { ZnodeLayout } from '@zkdeploy/shared/znode-layout';
import { ancestry, commitSubject } from './ancestry-check.js';
import { buildPayload } from './build-payload.js';
import { publishConfig, type PublishResult, type SignFn } from './publish-config.js';
import type { RefUpdate } from './post-receive-input.js';
import { displayText } from '@zkdeploy/shared/display-text';

export interface HookPublishOptions {
  gitDir: string;
  url: string;
  path: string;
  update: RefUpdate;
  force: boolean;
  signKey?: string;
  /** Warnings for the pusher (stderr). */
  warn: (line: string) => void;
}

export type HookOutcome = { kind: 'published'; result: PublishResult; payload: Payload } | { kind: 'unchanged'; version: number } | { kind: 'rollout'; id: string; payload: Payload };

const ATTEMPTS = 5;
const short = (id: string): string => id.slice(0, 12);

function refusal(update: RefUpdate, current: Payload, version: number, why: string): ZkDeployError {
  return new ZkDeployError(
    ErrorCode.CONFLICT,
    `refusing to publish ${short(update.newId)} from ${update.ref}: ${why} ${short(current.commitId)}, the commit published as version ${version}, so publishing it could roll the fleet back; nothing was written`,
    { hint: `push a commit that contains ${short(current.commitId)}, or run \`zkdeploy hook post-receive\` with --force, or use \`zkdeploy rollback\`` },
  );
}

/** Checks ancestry against the current config; throws the refusal, or returns normally when publishing is safe. */
async function checkAncestry(o: HookPublishOptions, current: Payload, version: number): Promise<void> {
  const relation = await ancestry(o.gitDir, current.commitId, o.update.newId);
  if (relation === 'descendant') return;
  if (relation === 'not-descendant') throw refusal(o.update, current, version, 'it does not descend from');
  if (current.url === o.url) throw refusal(o.update, current, version, 'this repository does not contain');
  o.warn(`zkdeploy: the published commit ${short(current.commitId)} (version ${version}) came from ${current.url}, not this repository; replacing it without an ancestry check`);
}

function parseOrNull(data: Buffer): Payload | null {
  try {
    return parsePayload(data);
  } catch {
    return null;
  }
}

/** Publishes the pushed commit after the ancestry check; retries the check on a concurrent publish. */
export async function publishPush(zk: ZkClient, app: string, o: HookPublishOptions): Promise<HookOutcome> {
  const subject = await commitSubject(o.gitDir, o.update.newId);
  // Signed inside the publish: each attempt's sequence follows the config it replaces. The TTL comes from ZKDEPLOY_SIGN_TTL.
  const signer = o.signKey ? await (await import('./signing-key.js')).PayloadSigner.load(o.signKey) : undefined;
  const sign: SignFn | undefined = signer && ((payload, current) => signer.sign(payload, app, current));
  for (let attempt = 1; ; attempt++) {
    const node = await zk.get(new ZnodeLayout(app).config);
    const current = node ? parseOrNull(node.data) : null;
    if (node && current && current.commitId === o.update.newId && current.url === o.url && current.relativePath === o.path) {
      return { kind: 'unchanged', version: node.stat.version };
    }
    if (node && current && !o.force) await checkAncestry(o, current, node.stat.version);
    if (node && !current) o.warn(`zkdeploy: the current config (version ${node.stat.version}) is not a valid payload; replacing it`);
    // A commit subject is anyone's text: escaped for display rather than refused, so such a push still deploys.
    const built = buildPayload({ url: o.url, commit: o.update.newId, path: o.path, ref: o.update.ref, ...(subject ? { message: displayText(subject) } : {}) });
    try {
      // The app's default rollout plan applies to pushes too (none: straight to B/config).
      const rollout = node ? await (await import('./rollout-start.js')).startPolicyRollout(zk, app, built, sign) : null;
      if (rollout) return { kind: 'rollout', id: rollout.record.id, payload: rollout.payload };
      const result = await publishConfig(zk, app, built, node?.stat.version ?? -1, sign);
      return { kind: 'published', result, payload: result.payload };
    } catch (err) {
      if (attempt >= ATTEMPTS || !(err instanceof ZkDeployError && err.code === ErrorCode.CONFLICT)) throw err;
      o.warn('zkdeploy: another publish landed meanwhile; checking again');
    }
  }
}
