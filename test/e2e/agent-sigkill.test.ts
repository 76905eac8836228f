import { lstat, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentHarness, type AgentProcess, checkoutState, eventually, gitShim, linkOf, tempBaseDir } from '@zkdeploy/test-support';

/** Files of one version of a repository big enough that fetch and checkout take a while. */
function tree(label: string): Record<string, string> {
  const files: Record<string, string> = { 'version.txt': `${label}\n` };
  for (let d = 0; d < 30; d++) {
    for (let f = 0; f < 60; f++) files[`dir-${d}/file-${f}.txt`] = `${label} ${d}/${f} ${'x'.repeat(1500)}\n`;
  }
  return files;
}

describe('agent: SIGKILL at any point of a deploy leaves one complete commit, and a restart converges', () => {
  let h: AgentHarness;
  let base: string;
  let commits: [string, string];
  let agent: AgentProcess | null = null;
  let absentSeen = false;
  let watching = true;
  let shim: Awaited<ReturnType<typeof gitShim>>;
  /** Each --check appends a line here as it starts: the fact the "--check runs" kill waits for. */
  let checks: string;
  const target = () => join(base, 'srv/app');
  const start = async () => {
    const args = ['--session-timeout', '800', '--check', `echo >> '${checks}'; sleep 0.3`, '--keep-releases', '2', '--deploying-after', '0'];
    agent = await h.agent({ host: 'kill-1', baseDir: base, args, env: { PATH: `${shim.path}:${process.env['PATH'] ?? ''}` } });
    return agent;
  };
  const checksStarted = async () => (await readFile(checks, 'utf8')).length;
  /** Git processes of one subcommand started since `since` (ms). */
  const gitStarted = async (subs: string[], since: number) => (await shim.calls()).filter((c) => subs.includes(c.sub) && c.start >= since).length;

  beforeAll(async () => {
    h = await AgentHarness.start(tree('A'));
    commits = [await h.repo.head(), await h.repo.commit(tree('B'), 'B rewrites every file')];
    base = await tempBaseDir('sigkill');
    shim = await gitShim();
    checks = join(await tempBaseDir('sigkill-checks'), 'checks.log');
    await writeFile(checks, '');
    await start();
    await h.waitOk('kill-1', commits[0], await h.publishCommit(commits[0]), 40_000);
    // From the first activation on, the target must never be absent, whatever happens.
    void (async () => {
      while (watching) {
        if (!(await lstat(target()).catch(() => null))) absentSeen = true;
        await new Promise((r) => setTimeout(r, 2));
      }
    })();
  }, 60_000);
  afterAll(async () => {
    watching = false;
    await h?.stop();
  });

  const rounds: [string, string | number][] = [
    ['right after the deploying status is written', 'deploying'],
    ['during the fetch', 'fetching'],
    ['during the checkout of the release', 'checking out'],
    ['while --check runs in the prepared release', 'running --check'],
    ['right after the symlink swap', 'activated'],
    ['at a random moment', 100],
  ];

  it.each(rounds)('kill %s', async (_name, point) => {
    const current = (await checkoutState(target())).head;
    // The fetch window needs a commit the store does not have yet; the others alternate between two.
    const next = point === 'fetching' ? await h.repo.commit(tree('C'), 'C rewrites every file') : current === commits[0] ? commits[1] : commits[0];
    const running = agent!;
    const link = await linkOf(target());
    const checksBefore = await checksStarted();
    const since = Date.now();
    const version = await h.publishCommit(next);
    if (typeof point === 'number') {
      await new Promise((r) => setTimeout(r, point + Math.random() * 200));
    } else if (point === 'deploying') {
      await h.waitStatus('kill-1', 'deploying', (r) => r.state === 'deploying' && r.configVersion === version, 10_000);
    } else if (point === 'fetching' || point === 'checking out') {
      const subs = point === 'fetching' ? ['fetch-pack', 'fetch'] : ['checkout'];
      await eventually(`git ${subs.join('/')} started`, async () => (await gitStarted(subs, since)) > 0, 20_000, 2);
    } else if (point === 'running --check') {
      await eventually('--check started', async () => (await checksStarted()) > checksBefore, 20_000, 2);
    } else {
      await eventually('the target swapped to another release', async () => (await linkOf(target())) !== link, 20_000, 2);
    }
    running.signal('SIGKILL');
    await running.exit();

    const after = await checkoutState(target());
    expect([current, next]).toContain(after.head);
    if (point === 'fetching' || point === 'deploying') expect(after.head).toBe(current);
    if (point === 'activated') expect(after.head).toBe(next);
    expect(after.dirty).toBe('');
    expect(await linkOf(target())).toMatch(/releases\/r-[0-9a-f]{8}$/);

    await start();
    await h.waitOk('kill-1', next, version, 30_000);
    expect(await checkoutState(target())).toEqual({ head: next, dirty: '' });
    expect(absentSeen).toBe(false);
  });
});
