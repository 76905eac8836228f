/** `task run --sign-key`: the request signed for the app (shared's task-signature.ts), with --sign-ttl's validity. */
import { signTaskRequest, type TaskRequest } from '@zkdeploy/shared/rollout';
import { readSigningKey } from './signing-key.js';
import { signTtlMs } from './sign-ttl.js';

export async function signTask(request: TaskRequest, app: string, keyFile: string, ttl: string | undefined): Promise<TaskRequest> {
  const ttlMs = signTtlMs(ttl);
  return { ...request, signature: signTaskRequest(request, app, await readSigningKey(keyFile), ttlMs) };
}
