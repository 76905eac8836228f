/**
 * `zkdeploy resign`: signs the current config again, unchanged but for a new
 * sequence and expiry, and publishes it as a new version. Agents that run it
 * already move to the new version without a deploy (same commit); hosts that
 * never accepted it (new, reinstalled) can take it again once the old
 * signature expired. Only a config this key signed is re-signed: anything
 * else in `B/config` may come from someone without the key.
 */
import { UsageError } from '@zkdeploy/shared/errors';
import { parsePayload, type Payload } from '@zkdeploy/shared/payload';
import type { ZkClient } from '@zkdeploy/shared/zk';
import { ZnodeLayout } from '@zkdeploy/shared/znode-layout';
import { publishConfig, type PublishResult } from './publish-config.js';
import type { PayloadSigner } from './signing-key.js';

/** Re-signs and republishes the current config (compare-and-set on the version read). */
export async function resignConfig(zk: ZkClient, app: string, signer: PayloadSigner): Promise<PublishResult & { resigned: number }> {
  const node = await zk.get(new ZnodeLayout(app).config);
  if (!node) throw new UsageError(`nothing is published to ${app} yet, so there is nothing to re-sign`);
  let current: Payload;
  try {
    current = parsePayload(node.data);
  } catch (err) {
    throw new UsageError(`the current config of ${app} (version ${node.stat.version}) is not a valid payload (${(err as Error).message}); nothing was written`, {
      hint: 'publish a new config with `zkdeploy publish --sign-key`',
    });
  }
  signer.assertSignedByMe(current, app, `the current config of ${app} (version ${node.stat.version})`);
  const result = await publishConfig(zk, app, current, node.stat.version, (payload, previous) => signer.sign(payload, app, previous));
  return { ...result, resigned: node.stat.version };
}
