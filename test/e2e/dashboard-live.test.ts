/**
 * The dashboard in a real headless chromium (Debian's), against a real
 * ZooKeeper and real agents: live convergence without a reload, a failed
 * publish in "needs attention", the rollback action (refused without the
 * token, done with it, never by a GET), an agent stopped turning offline, and
 * the banners for a lost ZooKeeper and a lost dashboard server.
 * The screenshot in the README (docs/dashboard.png) is taken here.
 */
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ZkClient } from '@zkdeploy/shared';
import { AgentProcess, CliSession, eventually, GitRepo, runCli, ZkCluster } from '@zkdeploy/test-support';
import { launchChromium, type HeadlessChromium } from './dashboard-chromium.js';

const APP = '/t/dash';
/** A second app with nothing in it: the page must say it is empty, not show an empty table as if loading. */
const EMPTY_APP = '/t/empty';
const TOKEN = 'alice 0123456789abcdef0123456789abcdef';
const SCREENSHOT = join(import.meta.dirname, '../../docs/dashboard.png');

describe('zkdeploy dashboard in a real browser', () => {
  let cluster: ZkCluster;
  let zk: ZkClient;
  let repo: GitRepo;
  let dir: string;
  let tokenFile: string;
  let dashboard: CliSession;
  let url: string;
  let chromium: HeadlessChromium;
  let page: Page;
  let loads = 0;
  const agents: AgentProcess[] = [];
  const commits: string[] = [];
  const cli = (...args: string[]) => runCli(['--zk', cluster.connectString(), '--app', APP, ...args]);
  const configVersion = async () => (await zk.get(`${APP}/config`))?.stat.version;

  async function startDashboard(listen: string): Promise<void> {
    dashboard = CliSession.start(['dashboard', '--zk', cluster.connectString(), '--app', APP, '--app', EMPTY_APP, '--listen', listen, '--allow-actions', '--token-file', tokenFile]);
    await eventually('dashboard listening', () => /http:\/\/[\d.]+:\d+\//.test(dashboard.stdout), 15_000);
    url = (/http:\/\/[\d.]+:\d+\//.exec(dashboard.stdout) as RegExpExecArray)[0];
  }

  const rowState = (host: string) => page.locator(`.host-row[data-host="${host}"] .state`);
  // `fn` is the source of a page function, called with `arg` on every frame. It is made a function here: given as a
  // string, Playwright evaluates it as an expression, the function itself, which is truthy, so the wait ended at once.
  const waitRows = (what: string, fn: string, arg: unknown, timeout = 30_000) =>
    page.waitForFunction(new Function(`return (${fn});`)() as (arg: unknown) => unknown, arg, { timeout, polling: 'raf' }).catch((err: Error) => {
      throw new Error(`page never showed ${what}: ${err.message}`);
    });
  const everyRow = `([commit, state]) => { const rows = [...document.querySelectorAll('.host-row')];
    return rows.length === 3 && rows.every((r) => r.querySelector('.commit').textContent === commit.slice(0, 10) && r.dataset.state === state); }`;

  beforeAll(async () => {
    cluster = await ZkCluster.start();
    zk = await ZkClient.connect({ connectString: cluster.connectString() });
    repo = await GitRepo.create({ files: { 'app.txt': 'v1\n' } });
    dir = await mkdtemp(join(tmpdir(), 'zkdeploy-dash-'));
    tokenFile = join(dir, 'tokens');
    await writeFile(tokenFile, `${TOKEN}\n`);
    await chmod(tokenFile, 0o600);
    const init = await cli('init');
    expect(init.code, init.stderr).toBe(0);
    for (const host of ['web-1', 'web-2', 'web-3']) agents.push(await AgentProcess.start({ zk: cluster.connectString(), host, app: APP, args: ['--group', 'web'] }));
    commits.push(await repo.head());
    const first = await cli('publish', '--url', repo.url, '--commit', commits[0] as string, '--path', 'srv/app', '--message', 'first release', '--wait', '--timeout', '40');
    expect(first.code, `${first.stdout}${first.stderr}${agents[0]?.output.slice(-3000)}`).toBe(0);
    await startDashboard('127.0.0.1:0');
    chromium = await launchChromium();
    page = await chromium.context.newPage();
    page.on('load', () => loads++);
    await page.goto(url);
  });

  afterAll(async () => {
    await chromium?.close();
    await dashboard?.kill();
    await Promise.all(agents.map((a) => a.stop()));
    await zk?.close();
    await cluster?.stop();
    await repo?.remove();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('shows three agents converging on a publish, live, without a reload', async () => {
    expect(dashboard.stdout).toContain(`(${APP}, ${EMPTY_APP}; actions on)`);
    await waitRows('three ok hosts on the first commit', everyRow, [commits[0], 'ok']);
    commits.push(await repo.commit({ 'app.txt': 'v2\n' }, 'release 2'));
    expect((await cli('publish', '--url', repo.url, '--commit', commits[1] as string, '--path', 'srv/app', '--ref', 'refs/heads/main', '--message', 'release 2: faster pages')).code).toBe(0);
    await waitRows('the new desired commit', `(c) => document.querySelector('.desired-commit')?.textContent === c`, commits[1]);
    await waitRows('three ok hosts on the new commit', everyRow, [commits[1], 'ok']);
    await expect(page.locator('.desired-message').textContent()).resolves.toBe('release 2: faster pages');
    await expect(page.locator('.converged').textContent()).resolves.toContain('3/3 ok');
    await page.locator('#app-tabs button', { hasText: EMPTY_APP }).click();
    await waitRows('the empty app said to be empty', `(app) => document.querySelector('#hosts .empty')?.textContent.startsWith('No host has registered or reported for ' + app) && document.querySelector('#host-table').hidden`, EMPTY_APP);
    await expect(page.locator(`.app-card[data-app="${EMPTY_APP}"]`).textContent()).resolves.toContain('Nothing published yet.');
    await page.locator('#app-tabs button', { hasText: APP }).first().click();
    await waitRows('the first app again', everyRow, [commits[1], 'ok']);
    await waitRows('the group with a primary and two standbys', `() => /^web-\\d$/.test(document.querySelector('.group[data-group="web"] .primary')?.textContent ?? '') && /standbys web-\\d, web-\\d/.test(document.querySelector('.group[data-group="web"]').textContent)`, null);
    await zk.ensurePath(`${APP}/services/http`);
    await zk.create(`${APP}/services/http/web-1`, Buffer.from(JSON.stringify({ host: '10.0.0.1', port: 8080 })), 'ephemeral');
    await waitRows('the service endpoint', `() => /http: 10\\.0\\.0\\.1:8080/.test(document.querySelector('.service[data-service="http"]')?.textContent ?? '')`, null);
    expect(loads).toBe(1);
  });

  it('lists hosts that failed a publish under "needs attention" with the reason, and marks the rollback target', async () => {
    expect((await cli('publish', '--url', repo.url, '--commit', 'e'.repeat(40), '--path', 'srv/app', '--message', 'a commit nobody pushed')).code).toBe(0);
    await waitRows('three failed hosts in needs attention', `() => document.querySelectorAll('#attention li[data-kind="failed"]').length === 3`, null);
    const reason = await page.locator('#attention li[data-host="web-2"] .reason').textContent();
    expect(reason).toMatch(/^ERR_COMMIT_NOT_FOUND: /);
    await expect(rowState('web-2').textContent()).resolves.toBe('failed');
    await expect(page.locator('#history tr.target').getAttribute('data-version')).resolves.toBe('1');
    await page.locator('.host-row[data-host="web-2"]').click();
    await expect(page.locator('#host-detail dd[data-field="error"]').textContent()).resolves.toMatch(/ERR_COMMIT_NOT_FOUND/);
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(loads).toBe(1);
  });

  it('streams a snapshot, then changes with increasing ids; a client that resumes with Last-Event-ID gets only what it missed', async () => {
    type Frame = { id: number; type: string | undefined; data: any };
    const events = async (headers: Record<string, string>, done: (frames: Frame[]) => boolean) => {
      const controller = new AbortController();
      const response = await fetch(`${url}api/events`, { headers, signal: controller.signal });
      expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
      const reader = (response.body as ReadableStream<Uint8Array>).getReader();
      let text = '';
      const frames = (): Frame[] => text.split('\n\n').filter((f) => /^id: /m.test(f) && f.endsWith('}'))
        .map((f) => ({ id: Number(/^id: (\d+)/m.exec(f)?.[1]), type: /^event: (\w+)/m.exec(f)?.[1], data: JSON.parse(/^data: (.*)$/m.exec(f)?.[1] ?? 'null') }));
      while (!done(frames())) text += new TextDecoder().decode((await reader.read()).value);
      controller.abort();
      return frames();
    };
    const [snapshot] = await events({}, (f) => f.length >= 1);
    expect(snapshot?.type).toBe('snapshot');
    expect(snapshot?.data.apps[0].hosts.map((h: { host: string }) => h.host)).toEqual(['web-1', 'web-2', 'web-3']);
    await zk.ensurePath(`${APP}/services/http`);
    await zk.create(`${APP}/services/http/web-2`, Buffer.from(JSON.stringify({ host: '10.0.0.2', port: 8080 })), 'ephemeral');
    const twoEndpoints = (f: Frame) => f.data?.services?.[0]?.endpoints?.length === 2;
    const missed = await events({ 'last-event-id': String(snapshot?.id) }, (f) => f.some(twoEndpoints));
    expect(missed.map((f) => f.id)).toEqual(missed.map((_, i) => (snapshot?.id as number) + 1 + i));
    expect(missed.every((f) => f.type !== 'snapshot')).toBe(true);
    expect(missed.find(twoEndpoints)?.data.services[0].endpoints.map((e: { host: string }) => e.host)).toEqual(['10.0.0.1', '10.0.0.2']);
    await zk.delete(`${APP}/services/http/web-2`);
  });

  it('refuses a rollback without a valid token, across sites or by GET, and changes nothing', async () => {
    const before = await configVersion();
    const post = (headers: Record<string, string>, body = JSON.stringify({ app: APP })) =>
      fetch(`${url}api/rollback`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    expect((await post({})).status).toBe(401);
    expect((await post({ authorization: 'Bearer 0123456789abcdef0123456789abcdee' })).status).toBe(401);
    expect((await post({ authorization: `Bearer ${TOKEN.split(' ')[1]}`, origin: 'http://evil.example' })).status).toBe(403);
    expect((await post({ authorization: `Bearer ${TOKEN.split(' ')[1]}`, 'content-type': 'text/plain' })).status).toBe(415);
    expect((await fetch(`${url}api/rollback?app=${encodeURIComponent(APP)}`)).status).toBe(405);
    // A cross-site form post from the browser itself: no token can ride along, and it is refused.
    const other = await chromium.context.newPage();
    await other.goto(`${url}api/state`);
    await other.evaluate(async (target) => {
      await fetch(target, { method: 'POST', body: JSON.stringify({ app: '/t/dash' }), mode: 'no-cors' }).catch(() => undefined);
    }, `${url.replace('127.0.0.1', 'localhost')}api/rollback`);
    await other.close();
    expect(await configVersion()).toBe(before);
    expect(dashboard.stderr).toMatch(/action refused/);
  });

  it('rolls the fleet back from the page with the token, and logs who did it', async () => {
    await page.locator('#token').fill(TOKEN.split(' ')[1] as string);
    await page.locator('#rollback').click();
    // The page's own answer and the action event every page gets write the same line, in either order.
    await waitRows('the rollback result', `() => /^alice rolled \\/t\\/dash back to version 1 \\(now version 3\\)$/.test(document.querySelector('#action-result').textContent)`, null);
    await waitRows('three ok hosts back on release 2', everyRow, [commits[1], 'ok']);
    await waitRows('nothing needing attention', `() => document.querySelector('#attention-none') !== null`, null);
    const config = await zk.get(`${APP}/config`);
    expect(JSON.parse(config?.data.toString() ?? '{}').commitId, `${config?.stat.version} ${config?.data} ${await page.locator('#action-result').textContent()} ${dashboard.stderr}`).toBe(commits[1]);
    expect(dashboard.stderr).toMatch(/"who":"alice".*rollback published/);
  });

  it('shows an agent that stops as offline, in the table and in "needs attention"', async () => {
    await (agents[2] as AgentProcess).stop();
    await waitRows('web-3 offline', `() => document.querySelector('.host-row[data-host="web-3"]')?.dataset.state === 'offline'`, null);
    await expect(page.locator('#attention li[data-host="web-3"] .kind').textContent()).resolves.toBe('offline');
  });

  it('shows a banner while the server has lost ZooKeeper, with the time of the last data, and recovers', async () => {
    await cluster.stopMember(1);
    // While the server shuts down, the client can briefly reconnect to it: wait for the banner, not one reading of it.
    await waitRows('the ZooKeeper banner with the time of the last data', `() => { const b = document.querySelector('#banner');
      return b.dataset.kind === 'zookeeper' && !b.hidden && /lost ZooKeeper at .*data shown is as of/.test(b.textContent); }`, null, 20_000);
    // The last data stays on screen, marked stale: never an empty table.
    expect(await page.locator('.host-row').count()).toBe(3);
    await cluster.startMember(1);
    await waitRows('the banner gone', `() => document.querySelector('#banner').hidden`, null, 30_000);
    await expect(rowState('web-1').textContent()).resolves.toBe('ok');
  });

  it('shows a banner when the page loses the server, and resumes when it is back', async () => {
    dashboard.signal('SIGTERM');
    expect(await dashboard.exited).toBe(0);
    await waitRows('the server banner', `() => document.querySelector('#banner').dataset.kind === 'server'`, null, 20_000);
    await startDashboard(new URL(url).host);
    await waitRows('the banner gone', `() => document.querySelector('#banner').hidden`, null, 20_000);
    commits.push(await repo.commit({ 'app.txt': 'v3\n' }, 'release 3'));
    expect((await cli('publish', '--url', repo.url, '--commit', commits[2] as string, '--path', 'srv/app')).code).toBe(0);
    await waitRows('web-1 on release 3', `(c) => document.querySelector('.host-row[data-host="web-1"] .commit')?.textContent === c.slice(0, 10)`, commits[2]);
    expect(loads).toBe(1);
  });

  it('shows a rollout: each wave with its progress and its gate timer', async () => {
    const controller = CliSession.start(['controller', '--zk', cluster.connectString(), '--app', APP, '--tick', '100']);
    try {
      commits.push(await repo.commit({ 'app.txt': 'v4\n' }, 'release 4'));
      expect((await cli('publish', '--url', repo.url, '--commit', commits[3] as string, '--path', 'srv/app', '--waves', '1,*', '--bake', '120')).code).toBe(0);
      await waitRows('the rollout with two waves, the first baking', `(c) => { const r = document.querySelector('#rollout');
        return !r.hidden && r.querySelectorAll('.wave').length === 2 && r.textContent.includes(c.slice(0, 10))
          && /wave 1 \\(1\\): 1\\/1 ok · bake \\d+s left/.test(r.querySelector('.wave[data-wave="0"]').textContent); }`, commits[3], 40_000);
      await expect(page.locator('#rollout .rollout-state').textContent()).resolves.toMatch(/progressing/);
    } finally {
      await controller.kill();
    }
  });
});
