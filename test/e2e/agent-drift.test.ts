import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentHarness, checkoutState, git, tempBaseDir } from '@zkdeploy/test-support';

describe('agent: drift of the active checkout', () => {
  let h: AgentHarness;
  let watchBase: string;
  let healBase: string;
  let v1: string;
  let v2: string;

  beforeAll(async () => {
    h = await AgentHarness.start({ 'app.txt': 'v1\n', 'conf/settings.ini': 'a=1\n' });
    v1 = await h.repo.head();
    v2 = await h.repo.commit({ 'app.txt': 'v2\n' }, 'v2');
    watchBase = await tempBaseDir('drift');
    healBase = await tempBaseDir('heal');
    await h.agent({ host: 'watch-1', baseDir: watchBase });
    await h.agent({ host: 'heal-1', baseDir: healBase, args: ['--self-heal'] });
    // v1 deployed first: a release store fetches commits shallow (issue 21), and the tests below move HEAD back to v1.
    const first = await h.publishCommit(v1);
    await h.waitOk('watch-1', v1, first);
    await h.waitOk('heal-1', v1, first);
    const version = await h.publishCommit(v2);
    await h.waitOk('watch-1', v2, version);
    await h.waitOk('heal-1', v2, version);
  });
  afterAll(async () => {
    if (process.env['DEBUG_AGENT']) console.log(h.agents[1]!.output.split('\n').slice(-30).join('\n'));
    await h?.stop();
  });

  it('reports an edited file as drifted with its path within two seconds, destroys nothing, and returns to ok when undone', async () => {
    const file = join(watchBase, 'srv/app/conf/settings.ini');
    const edited = Date.now();
    await writeFile(file, 'a=2\n');
    const record = await h.waitStatus('watch-1', 'drifted', (r) => r.state === 'drifted', 5000);
    expect(Date.now() - edited).toBeLessThan(2000);
    expect(record.error).toMatchObject({ code: 'ERR_DRIFTED', paths: ['conf/settings.ini'] });
    expect(record.commitId).toBe(v2);
    expect(await readFile(file, 'utf8')).toBe('a=2\n');
    await writeFile(file, 'a=1\n');
    await h.waitOk('watch-1', v2);
  });

  it('reports an untracked file and a moved HEAD, and deploys nothing over them', async () => {
    const dir = join(watchBase, 'srv/app');
    await writeFile(join(dir, 'notes.txt'), 'mine\n');
    const untracked = await h.waitStatus('watch-1', 'drifted (untracked)', (r) => r.state === 'drifted', 5000);
    expect(untracked.error?.['paths']).toEqual(['notes.txt']);
    await rm(join(dir, 'notes.txt'));
    await h.waitOk('watch-1', v2);

    await git(dir, ['checkout', '-q', '--detach', v1]);
    const moved = await h.waitStatus('watch-1', 'drifted (HEAD moved)', (r) => r.state === 'drifted', 5000);
    expect(moved.error?.['paths']).toContain('HEAD');
    expect(moved.commitId).toBe(v1);
    // A new publish does not replace a drifted checkout without --self-heal.
    const v3 = await h.repo.commit({ 'app.txt': 'v3\n' }, 'v3');
    const version = await h.publishCommit(v3);
    await h.waitStatus('watch-1', 'drifted for the new config', (r) => r.state === 'drifted' && r.configVersion === version, 5000);
    expect((await checkoutState(dir)).head).toBe(v1);
    // Undoing the change lets the waiting deploy proceed.
    await git(dir, ['checkout', '-q', '--detach', v2]);
    await h.waitOk('watch-1', v3, version);
    await h.waitOk('heal-1', v3, version);
  });

  it('with --self-heal restores edits, untracked files and a moved HEAD, and the state returns to ok', async () => {
    const dir = join(healBase, 'srv/app');
    const v3 = await h.repo.head();
    const before = (await h.status('heal-1'))!;
    await writeFile(join(dir, 'app.txt'), 'hacked\n');
    await writeFile(join(dir, 'extra.txt'), 'stray\n');
    await h.waitStatus('heal-1', 'healed', (r) => r.state === 'ok' && r.updatedAt !== before.updatedAt && r.commitId === v3, 5000);
    expect(await checkoutState(dir)).toEqual({ head: v3, dirty: '' });
    expect(await readFile(join(dir, 'app.txt'), 'utf8')).toBe('v3\n');
    expect(h.agents[1]!.output).toMatch(/"msg":"checkout drifted"/);

    const healed = (await h.status('heal-1'))!;
    await git(dir, ['checkout', '-q', '--detach', v1]);
    await h.waitStatus('heal-1', 'healed HEAD', (r) => r.state === 'ok' && r.updatedAt !== healed.updatedAt, 5000);
    expect(await checkoutState(dir)).toEqual({ head: v3, dirty: '' });
  });
});
