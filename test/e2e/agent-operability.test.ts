import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentHarness, type AgentProcess, checkoutState, eventually, freePort, tempBaseDir } from '@zkdeploy/test-support';

async function get(port: number, path: string): Promise<{ status: number; body: string }> {
  const res = await fetch(`http://127.0.0.1:${port}${path}`);
  return { status: res.status, body: await res.text() };
}

/** The value of the sample `name` whose labels include `labels` (any order), or undefined. */
function sample(body: string, name: string, labels: Record<string, string>): number | undefined {
  for (const line of body.split('\n')) {
    const m = /^([a-z_]+)\{(.*)\} (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries([...m[2]!.matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((x) => [x[1], x[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(m[3]);
  }
  return undefined;
}

describe('agent: operability', () => {
  let h: AgentHarness;
  let agent: AgentProcess;
  let base: string;
  let port: number;

  beforeAll(async () => {
    h = await AgentHarness.start();
    base = await tempBaseDir('ops');
    port = await freePort();
    // Apps and metrics port from the config file, the host from the environment, the log level from a flag.
    const config = join(base, '..', `zkdeploy-ops-${port}.json`);
    await writeFile(config, JSON.stringify({ apps: ['/app/one', '/app/two'], metricsPort: port, host: 'from-file' }));
    agent = await h.agent({ host: 'ops-1', baseDir: base, args: ['--config', config], env: { ZKDEPLOY_HOST: 'ignored-because-the-flag-wins' } });
    await eventually('registered in both apps', async () => (await h.zk.exists('/app/one/agents/ops-1')) !== null && (await h.zk.exists('/app/two/agents/ops-1')) !== null);
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('serves several apps from one agent, each reconciled independently', async () => {
    const good = await h.repo.head();
    const v1 = await h.publish({ url: h.repo.url, commitId: 'f'.repeat(40), relativePath: 'one' }, '/app/one');
    const v2 = await h.publish({ url: h.repo.url, commitId: good, relativePath: 'two' }, '/app/two');
    await h.waitOk('ops-1', good, v2, 30_000, '/app/two');
    const failed = await h.waitStatus('ops-1', 'failed in app one', (r) => r.state === 'failed' && r.configVersion === v1, 30_000, '/app/one');
    expect(failed.error?.code).toBe('ERR_COMMIT_NOT_FOUND');
    expect((await checkoutState(join(base, 'two'))).head).toBe(good);
    const fixed = await h.publish({ url: h.repo.url, commitId: good, relativePath: 'one' }, '/app/one');
    await h.waitOk('ops-1', good, fixed, 30_000, '/app/one');
    expect((await checkoutState(join(base, 'one'))).head).toBe(good);
  });

  it('serves Prometheus metrics: deploys by result, duration, config version, connection state, current commit', async () => {
    const good = await h.repo.head();
    const { status, body } = await get(port, '/metrics');
    expect(status).toBe(200);
    const one = { app: '/app/one', host: 'ops-1' };
    const two = { app: '/app/two', host: 'ops-1' };
    expect(sample(body, 'zkdeploy_agent_deploys_total', { ...one, result: 'failed' })).toBe(1);
    expect(sample(body, 'zkdeploy_agent_deploys_total', { ...one, result: 'ok' })).toBe(1);
    expect(sample(body, 'zkdeploy_agent_deploy_duration_seconds_count', { ...two, result: 'ok' })).toBe(1);
    expect(sample(body, 'zkdeploy_agent_deploy_duration_seconds_bucket', { ...two, result: 'ok', le: '+Inf' })).toBe(1);
    expect(sample(body, 'zkdeploy_agent_config_version', one)).toBe(1);
    expect(sample(body, 'zkdeploy_agent_zookeeper_connected', { host: 'ops-1' })).toBe(1);
    expect(sample(body, 'zkdeploy_agent_commit_info', { ...two, commit: good, path: 'two' })).toBe(1);
    expect(sample(body, 'zkdeploy_agent_state', { ...one, state: 'ok' })).toBe(1);
    expect(sample(body, 'zkdeploy_agent_state', { ...one, state: 'failed' })).toBe(0);
    expect(body).toContain('zkdeploy_agent_process_resident_memory_bytes');
  });

  it('logs one JSON line per event with app, host and commit bindings', () => {
    const line = agent.output.split('\n').find((l) => l.includes('"msg":"activated"') && l.includes('"app":"/app/two"'));
    expect(line).toBeDefined();
    const event = JSON.parse(line!) as Record<string, unknown>;
    expect(event).toMatchObject({ host: 'ops-1', app: '/app/two' });
    expect(event['commit']).toMatch(/^[0-9a-f]{40}$/);
  });

  it('answers /healthz 200 while connected and registered, 503 while ZooKeeper is down', async () => {
    const healthy = await get(port, '/healthz');
    expect(healthy.status).toBe(200);
    expect(JSON.parse(healthy.body)).toMatchObject({ healthy: true, appsRegistered: 2, apps: 2 });
    await h.cluster.killMember(1);
    try {
      const down = await eventually('503 while ZooKeeper is down', async () => {
        const r = await get(port, '/healthz');
        return r.status === 503 ? r : undefined;
      }, 15_000);
      expect(JSON.parse(down.body)).toMatchObject({ healthy: false, zookeeper: 'disconnected' });
      expect(sample((await get(port, '/metrics')).body, 'zkdeploy_agent_zookeeper_connected', { host: 'ops-1' })).toBe(0);
    } finally {
      await h.cluster.startMember(1);
    }
    await eventually('200 again', async () => (await get(port, '/healthz')).status === 200, 30_000);
    await eventually('test client reconnected', () => h.zk.isConnected, 30_000);
  });

  it('on SIGTERM aborts the step in progress, removes its registration and exits 0, leaving a complete checkout', async () => {
    const sigBase = await tempBaseDir('sigterm');
    const slow = await h.agent({ host: 'term-1', baseDir: sigBase, args: ['--check', 'sleep 30'] });
    const before = await h.repo.head();
    await h.publishCommit(before);
    await eventually('check running', () => slow.output.includes('"msg":"running --check"'));
    const started = Date.now();
    slow.signal('SIGTERM');
    expect(await slow.exit()).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await h.zk.exists('/app/business/agents/term-1')).toBeNull();
    // Nothing was activated: the path does not exist rather than holding a partial checkout.
    expect((await checkoutState(join(sigBase, 'srv/app'))).head).toBeNull();
  });
});
