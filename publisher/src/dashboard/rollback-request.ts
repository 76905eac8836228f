/**
 * `POST /api/rollback`: the same rollback as `zkdeploy rollback` (plan,
 * signing check, compare-and-set publish), for one of the served apps.
 * The body is untrusted input: exactly `{"app", "to"?}`.
 */
import { UsageError } from '@zkdeploy/shared/errors';
import { validatePayload } from '@zkdeploy/shared/payload';
import type { ZkClient } from '@zkdeploy/shared/zk';
import { publishConfig } from '../publish-config.js';
import { checkRollbackSigning, planRollback, rollbackPayload } from '../rollback-payload.js';

export interface RollbackRequest {
  app: string;
  to?: number;
}

export interface RollbackResult {
  app: string;
  version: number;
  rolledBackTo: number;
  commitId: string;
}

/** Parses the body; throws UsageError naming what is wrong. */
export function parseRollbackRequest(body: string, apps: string[]): RollbackRequest {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw new UsageError('the body is not JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UsageError('the body must be an object {"app", "to"?}');
  const { app, to, ...extra } = value as Record<string, unknown>;
  if (Object.keys(extra).length > 0) throw new UsageError(`unknown field ${JSON.stringify(Object.keys(extra)[0])}; the body is {"app", "to"?}`);
  if (typeof app !== 'string' || !apps.includes(app)) throw new UsageError(`"app" must be one of the apps this dashboard serves (${apps.join(', ')})`);
  if (to !== undefined && (typeof to !== 'number' || !Number.isSafeInteger(to) || to < 0)) throw new UsageError('"to" must be a history version (a non-negative integer)');
  return to === undefined ? { app } : { app, to };
}

/** Rolls back; UsageError when the plan is refused (nothing written). */
export async function runRollback(zk: ZkClient, request: RollbackRequest, who: string): Promise<RollbackResult> {
  const plan = await planRollback(zk, request.app, request.to);
  checkRollbackSigning(plan, request.app, undefined);
  const built = validatePayload(rollbackPayload(plan, `rollback to version ${plan.target.version} from the dashboard by ${who}`));
  const result = await publishConfig(zk, request.app, built, plan.currentVersion);
  return { app: request.app, version: result.version, rolledBackTo: plan.target.version, commitId: result.payload.commitId };
}
