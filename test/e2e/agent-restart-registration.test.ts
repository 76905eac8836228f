/**
 * A restarted agent takes back its own registration at once, even when the
 * previous run never recorded its session: the chaos run of seed 793673867
 * (RELIABILITY.md) had an agent register while its disk was full (the session
 * file write failed), get SIGKILLed, and its restart take its own node for
 * another host's, wait, and exit with ERR_HOST_CONFLICT. The registration
 * names the base dir's instance (`.zkdeploy/instance`), which the base-dir
 * lock gives to one live agent at a time.
 */
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentHarness, eventually, tempBaseDir } from '@zkdeploy/test-support';

const SESSION_MS = 20_000;
const REGISTRATION = '/app/business/agents/restart-1';

describe('agent: a restart recognises its own registration', () => {
  let h: AgentHarness;
  let base: string;

  beforeAll(async () => {
    h = await AgentHarness.start();
    base = await tempBaseDir('restart-registration');
  }, 60_000);
  afterAll(async () => {
    await h?.stop();
  });

  it('after a SIGKILL whose session was never recorded, re-registers long before the old session expires', async () => {
    const start = () => h.agent({ host: 'restart-1', baseDir: base, args: ['--session-timeout', String(SESSION_MS)] });
    const first = await start();
    await h.waitOk('restart-1', await h.repo.head(), await h.publishCommit(await h.repo.head()));
    const previousOwner = (await h.zk.exists(REGISTRATION))?.ephemeralOwner;
    expect(previousOwner).toBeTruthy();
    const instance = await readFile(join(base, '.zkdeploy/instance'), 'utf8');
    expect(instance).toMatch(/^[0-9a-f]{32}\n$/);
    expect((await stat(join(base, '.zkdeploy/instance'))).mode & 0o777).toBe(0o600);
    expect(JSON.parse((await h.zk.get(REGISTRATION))!.data.toString())).toMatchObject({ instance: instance.trim() });

    first.signal('SIGKILL');
    await first.exit();
    // As if the write of the session file had failed: nothing names the previous session.
    for (const f of await readdir(join(base, '.zkdeploy'))) if (/^registration_.*\.json$/.test(f)) await rm(join(base, '.zkdeploy', f));
    const killedAt = Date.now();
    const second = await start();
    await eventually('the restart owns the registration', async () => {
      const owner = (await h.zk.exists(REGISTRATION))?.ephemeralOwner;
      return owner !== undefined && owner !== null && owner !== previousOwner;
    }, SESSION_MS / 2, 50);
    // Well inside the old session's lifetime: it was replaced, not waited out.
    expect(Date.now() - killedAt).toBeLessThan(SESSION_MS / 2);
    expect(await readFile(join(base, '.zkdeploy/instance'), 'utf8')).toBe(instance);
    const next = await h.repo.commit({ 'app.txt': 'v2\n' }, 'v2');
    await h.waitOk('restart-1', next, await h.publishCommit(next));
    expect(second.child.exitCode).toBeNull();
  });
});
