/**
 * Tasks against a real ZooKeeper, real agent processes and real controllers
 * (issue 24, "Done when" 1 to 5). Every task command appends a line to one
 * file (`<what> <host> <task id> <attempt> <pid>`), and every activation
 * (--exec) `act <host> <commit>`: the command's own records the assertions
 * are made on.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentHarness, CLI_BIN, eventually, runCli, tempBaseDir, type AgentProcess } from '@zkdeploy/test-support';
import { parseTask, type TaskRecord } from '@zkdeploy/shared';

const HOSTS = ['k1', 'k2', 'k3', 'k4', 'k5'];
const SESSION_MS = 2000;
const TASKS = '/app/business/tasks';

interface Controller {
  child: ChildProcess;
  output: string;
}

describe('tasks: declared, assigned by the elected controller, run once or on every host', () => {
  let h: AgentHarness;
  let dir: string;
  let log: string;
  const agents = new Map<string, AgentProcess>();
  const controllers: Controller[] = [];
  const cli = (...args: string[]) => runCli(['--zk', h.connectString, ...args], { timeoutMs: 90_000 });

  async function lines(): Promise<string[][]> {
    return (await readFile(log, 'utf8').catch(() => '')).split('\n').filter(Boolean).map((l) => l.split(' '));
  }
  const runsOf = async (id: string) => (await lines()).filter((l) => l[2] === id);

  function agentArgs(host: string): string[] {
    const rec = (what: string) => `echo "${what} $ZKDEPLOY_HOST $ZKDEPLOY_TASK_ID $ZKDEPLOY_TASK_ATTEMPT $$" >> '${log}'`;
    return [
      '--session-timeout', String(SESSION_MS),
      '--label', `zone=${host === 'k4' || host === 'k5' ? 'b' : 'a'}`,
      '--exec', `echo "act $ZKDEPLOY_HOST x $ZKDEPLOY_COMMIT" >> '${log}'`,
      '--task', `record=${rec('record')}`,
      '--task', `echo-arg=${rec('arg')}; printf '%s' "$ZKDEPLOY_ARG_TEXT" > '${dir}/arg-'"$ZKDEPLOY_HOST"`,
      // The first attempt hangs (the test kills its worker); later attempts finish at once.
      '--task', `slow=${rec('start')}; if [ "$ZKDEPLOY_TASK_ATTEMPT" = 1 ]; then sleep 60; fi; ${rec('end')}`,
      '--task', `migrate=${rec('migrate')}; test ! -f '${dir}/migrate-fails'`,
    ];
  }

  async function startAgent(host: string, baseDir?: string): Promise<AgentProcess> {
    const a = await h.agent({ host, baseDir: baseDir ?? (await tempBaseDir(host)), args: agentArgs(host) });
    agents.set(host, a);
    return a;
  }

  function startController(): Controller {
    const child = spawn(process.execPath, [CLI_BIN, 'controller', '--zk', h.connectString, '--tick', '100', '--session-timeout', String(SESSION_MS)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const c: Controller = { child, output: '' };
    child.stdout!.on('data', (d: Buffer) => (c.output += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (c.output += d.toString()));
    controllers.push(c);
    return c;
  }

  /** The leading controller's pid (the lowest member of B/controllers names it). */
  async function leaderPid(): Promise<number> {
    return eventually('a leading controller', async () => {
      const live = new Set(controllers.filter((c) => c.child.exitCode === null && c.child.signalCode === null).map((c) => c.child.pid));
      const members = ((await h.zk.children('/app/business/controllers')) ?? []).sort();
      const pids = await Promise.all(members.map(async (m) => (JSON.parse((await h.zk.get(`/app/business/controllers/${m}`))?.data.toString() ?? '{}') as { pid?: number }).pid));
      return members.length > 0 && pids.every((p) => live.has(p)) ? pids[0] : undefined;
    });
  }

  async function task(id: string): Promise<TaskRecord | null> {
    return parseTask(id, (await h.zk.get(`${TASKS}/${id}`))?.data);
  }

  async function show(id: string): Promise<{ state: string; results: { host: string; exitCode: number | null; attempt: number; output: string }[] }> {
    const r = await cli('task', 'show', id, '--json');
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as never;
  }

  beforeAll(async () => {
    h = await AgentHarness.start({ 'app.txt': 'v1\n' });
    dir = await tempBaseDir('tasks');
    log = join(dir, 'runs.txt');
    const stable = await h.repo.head();
    const version = await h.publishCommit(stable);
    for (const host of HOSTS) await startAgent(host);
    for (const host of HOSTS) await h.waitOk(host, stable, version);
    startController();
    startController();
    await leaderPid();
  });
  afterAll(async () => {
    for (const c of controllers) c.child.kill('SIGKILL');
    for (const l of await lines()) if (l[0] === 'start' && l[4]) { try { process.kill(-Number(l[4]), 'SIGKILL'); } catch { /* gone */ } }
    await h?.stop();
  });

  it('1: --once runs on exactly one host, --all on all five, --hosts zone=b on the two labelled b', async () => {
    const once = await cli('task', 'run', 'record', '--once', '--wait', '--json');
    expect(once.code, once.stderr).toBe(0);
    const onceId = (JSON.parse(once.stdout) as { id: string }).id;
    expect((await runsOf(onceId)).map((l) => l[0])).toEqual(['record']);
    expect((JSON.parse(once.stdout) as { results: unknown[] }).results).toHaveLength(1);

    const all = await cli('task', 'run', 'record', '--all', '--wait', '--json');
    expect(all.code, all.stderr).toBe(0);
    const allView = JSON.parse(all.stdout) as { id: string; state: string; results: { host: string; exitCode: number; attempt: number }[] };
    expect(allView.state).toBe('succeeded');
    expect(allView.results.map((r) => [r.host, r.exitCode, r.attempt])).toEqual(HOSTS.map((host) => [host, 0, 1]));
    expect((await runsOf(allView.id)).map((l) => l[1]).sort()).toEqual(HOSTS);

    const zoneB = await cli('task', 'run', 'record', '--hosts', 'zone=b', '--wait');
    expect(zoneB.code, zoneB.stderr).toBe(0);
    const zoneBId = /task (t-\d{10})/.exec(zoneB.stdout)![1]!;
    expect((await show(zoneBId)).results.map((r) => r.host)).toEqual(['k4', 'k5']);
    expect((await runsOf(zoneBId)).map((l) => l[1]).sort()).toEqual(['k4', 'k5']);
    const list = await cli('task', 'list');
    expect(list.stdout).toContain(zoneBId);
  });

  it('4: an undeclared task is refused with a reason and nothing is written; arguments with shell metacharacters reach the command only as environment values', async () => {
    const before = (await h.zk.children(TASKS)) ?? [];
    const refused = await cli('task', 'run', 'rm-rf', '--once');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/no live host in \/app\/business declares task rm-rf/);
    expect((await h.zk.children(TASKS)) ?? []).toEqual(before);
    expect((await cli('task', 'run', 'record', '--arg', 'bad key=1')).code).toBe(2);

    const evil = `$(touch '${dir}/pwned'); \`touch '${dir}/pwned2'\` "quoted" ; echo injected > '${dir}/pwned3' | & < >`;
    const r = await cli('task', 'run', 'echo-arg', '--all', '--arg', `text=${evil}`, '--wait');
    expect(r.code, r.stderr).toBe(0);
    for (const host of HOSTS) expect(await readFile(join(dir, `arg-${host}`), 'utf8')).toBe(evil);
    expect(['pwned', 'pwned2', 'pwned3'].filter((f) => existsSync(join(dir, f)))).toEqual([]);
  });

  it('2: a worker SIGKILLed mid-task: the task is assigned to another host and completes; the killed worker, restarted, does not run it again', async () => {
    const created = await cli('task', 'run', 'slow', '--once', '--timeout', '120', '--json');
    expect(created.code, created.stderr).toBe(0);
    const id = (JSON.parse(created.stdout) as { id: string }).id;
    const first = await eventually('attempt 1 started', async () => (await runsOf(id)).find((l) => l[0] === 'start'), 30_000);
    const victim = first[1]!;
    const victimAgent = agents.get(victim)!;
    victimAgent.signal('SIGKILL');
    await victimAgent.exit();
    process.kill(-Number(first[4]), 'SIGKILL'); // the orphaned command of the killed worker (its own process group)
    const done = await eventually('the task finished', async () => { const t = await task(id); return t?.state === 'succeeded' || t?.state === 'failed' ? t : undefined; }, 60_000);
    expect(done.state).toBe('succeeded');
    expect(done.runs).toHaveLength(2);
    expect(done.runs[0]).toEqual({ host: victim, attempt: 1 });
    expect(done.runs[1]!.host).not.toBe(victim);
    expect(done.runs[1]!.attempt).toBe(2);
    const restarted = await startAgent(victim, victimAgent.spec.baseDir);
    await eventually('the restarted agent serves the app', () => (restarted.output.includes('agent serving app') ? true : undefined));
    // A task assigned after the restart reaches the restarted worker's watch: by then it has read its (emptied) assignment.
    const all = await cli('task', 'run', 'record', '--all', '--wait');
    expect(all.code, all.stderr).toBe(0);
    expect(restarted.output).not.toContain(`"task":"${id}"`);
    const runs = await runsOf(id);
    expect(runs.filter((l) => l[0] === 'start').map((l) => `${l[1]}:${l[3]}`)).toEqual([`${victim}:1`, `${done.runs[1]!.host}:2`]);
    expect(runs.filter((l) => l[0] === 'end').map((l) => `${l[1]}:${l[3]}`)).toEqual([`${done.runs[1]!.host}:2`]);
    expect((await show(id)).results.map((r) => [r.host, r.attempt, r.exitCode])).toEqual([[done.runs[1]!.host, 2, 0]]);
  });

  it('3: the controller SIGKILLed between creation and assignment: the task still completes, exactly one run per attempt', async () => {
    const pid = await leaderPid();
    process.kill(pid, 'SIGSTOP');
    const created = await cli('task', 'run', 'record', '--all', '--json');
    expect(created.code, created.stderr).toBe(0);
    const id = (JSON.parse(created.stdout) as { id: string }).id;
    expect((await task(id))?.state).toBe('pending'); // the frozen leader cannot assign it, and it still holds the lead
    process.kill(pid, 'SIGKILL');
    startController(); // the line keeps two controllers
    const done = await eventually('the task finished', async () => { const t = await task(id); return t?.state === 'succeeded' || t?.state === 'failed' ? t : undefined; }, 30_000);
    expect(done.state).toBe('succeeded');
    const runs = await runsOf(id);
    expect(runs.map((l) => `${l[1]}:${l[3]}`).sort()).toEqual(HOSTS.map((host) => `${host}:1`));
  });

  it('5: publish --before-wave migrate runs migrate once before the canary; a failing migrate halts the rollout with no host moved', async () => {
    const good = await h.repo.commit({ 'app.txt': 'v2\n' }, 'v2');
    const ok = await cli('publish', '--url', h.repo.url, '--commit', good, '--path', 'srv/app', '--waves', '1,*', '--before-wave', 'migrate', '--wait', '--timeout', '60');
    expect(ok.code, ok.stderr + ok.stdout).toBe(0);
    const all = await lines();
    const migrations = all.filter((l) => l[0] === 'migrate');
    expect(migrations).toHaveLength(1);
    const firstAct = all.findIndex((l) => l[0] === 'act' && l[3] === good);
    expect(firstAct).toBeGreaterThan(all.indexOf(migrations[0]!));
    expect(all.filter((l) => l[0] === 'act' && l[3] === good).map((l) => l[1]).sort()).toEqual(HOSTS);

    await writeFile(join(dir, 'migrate-fails'), '');
    const bad = await h.repo.commit({ 'app.txt': 'v3\n' }, 'v3');
    const halted = await cli('publish', '--url', h.repo.url, '--commit', bad, '--path', 'srv/app', '--waves', '1,*', '--before-wave', 'migrate', '--wait', '--timeout', '60');
    await rm(join(dir, 'migrate-fails'));
    expect(halted.code, halted.stderr + halted.stdout).toBe(3);
    expect(`${halted.stdout}${halted.stderr}`).toMatch(/before-wave task migrate .* failed/);
    expect((await lines()).filter((l) => l[0] === 'migrate')).toHaveLength(2);
    expect((await lines()).filter((l) => l[0] === 'act' && l[3] === bad)).toEqual([]);
    const record = JSON.parse((await h.zk.get('/app/business/rollout'))!.data.toString()) as { state: string; planned: boolean };
    expect([record.state, record.planned]).toEqual(['halted', false]);
  });
});
