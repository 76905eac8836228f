import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSigningKeyPair, loadPublicKeys, signTaskRequest, type HostTask } from '@zkdeploy/shared';
import { TaskReplayMemory } from './task-replay-memory.js';

const { privateKeyPem, publicKeyPem } = generateSigningKeyPair();
const keys = loadPublicKeys([publicKeyPem]);
const request = { name: 'migrate', args: {}, timeoutS: 60, mode: 'once' as const, selector: null, createdAt: new Date().toISOString() };

describe('task replay memory', () => {
  it('runs a signed request once per app: the same request copied into another task is refused, also after a restart; the same task\'s next attempt is not', async () => {
    const base = await mkdtemp(join(tmpdir(), 'task-replay-'));
    const signature = signTaskRequest(request, '/app/a', privateKeyPem, 60_000);
    const task = (id: string, attempt = 1): HostTask => ({ id, name: 'migrate', attempt, args: {}, timeoutS: 60, signature });
    const memory = new TaskReplayMemory(base, '/app/a');
    expect(memory.admit(task('t-0000000001'), keys, '/app/a')).toBeNull();
    expect(memory.admit(task('t-0000000001', 2), keys, '/app/a')).toBeNull();
    expect(memory.admit(task('t-0000000002'), keys, '/app/a')).toMatch(/already run as task t-0000000001/);
    expect(new TaskReplayMemory(base, '/app/a').admit(task('t-0000000003'), keys, '/app/a')).toMatch(/replay/);
    expect(memory.admit({ ...task('t-0000000004'), signature: undefined }, keys, '/app/a')).toMatch(/not signed/);
  });
});
