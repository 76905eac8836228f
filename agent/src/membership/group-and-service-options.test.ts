import { describe, expect, it } from 'vitest';
import { UsageError } from '@zkdeploy/shared';
import { parseGroupServiceOptions, parseServiceSpec, type Pick } from './group-and-service-options.js';

const from = (flags: Record<string, unknown>): Pick => (key) => flags[key];
const parse = (flags: Record<string, unknown>, env: NodeJS.ProcessEnv = {}) => parseGroupServiceOptions(from(flags), env);

describe('parseServiceSpec', () => {
  it('reads name=host:port, with IPv6 in brackets', () => {
    expect(parseServiceSpec('api=10.0.0.5:8080', { kind: 'tcp' })).toEqual({ name: 'api', host: '10.0.0.5', port: 8080, health: { kind: 'tcp' } });
    expect(parseServiceSpec('db=[::1]:5432', { kind: 'tcp' })).toMatchObject({ host: '[::1]', port: 5432 });
    expect(parseServiceSpec('web=web-1.example.com:443', { kind: 'tcp' })).toMatchObject({ host: 'web-1.example.com', port: 443 });
  });

  it.each([
    ['api', /is not name=host:port/],
    ['api=host', /is not name=host:port/],
    ['api=host:0', /port 0 outside 1-65535/],
    ['api=host:65536', /port 65536 outside/],
    ['a/b=host:80', /invalid service name "a\/b"/],
    ['..=host:80', /invalid service name/],
    ['api=-rm:80', /invalid host "-rm"/],
    ['api=a b:80', /invalid host/],
    ['api=::1:80', /invalid host/],
  ])('rejects %s', (text, message) => {
    expect(() => parseServiceSpec(text, { kind: 'tcp' })).toThrow(message);
    expect(() => parseServiceSpec(text, { kind: 'tcp' })).toThrow(UsageError);
  });
});

describe('parseGroupServiceOptions', () => {
  it('has defaults that turn everything off', () => {
    expect(parse({})).toEqual({
      group: undefined,
      onPrimary: undefined,
      onStandby: undefined,
      roleCommandTimeoutMs: 60_000,
      services: [],
      healthIntervalMs: 5000,
      drainDuringDeploy: false,
    });
  });

  it('reads a group with its commands', () => {
    const o = parse({ group: 'sched', onPrimary: 'start', onStandby: 'stop', roleCommandTimeout: '2.5' });
    expect(o).toMatchObject({ group: 'sched', onPrimary: 'start', onStandby: 'stop', roleCommandTimeoutMs: 2500 });
  });

  it('pairs one --health with every service, or one per service in order', () => {
    const one = parse({ service: ['a=h:1', 'b=h:2'], health: ['http://h:9/ok'] });
    expect(one.services.map((s) => s.health)).toEqual([
      { kind: 'http', url: 'http://h:9/ok' },
      { kind: 'http', url: 'http://h:9/ok' },
    ]);
    const each = parse({ service: ['a=h:1', 'b=h:2'], health: ['tcp', 'https://h/x'] });
    expect(each.services.map((s) => s.health)).toEqual([{ kind: 'tcp' }, { kind: 'http', url: 'https://h/x' }]);
    expect(parse({ service: 'a=h:1,b=h:2' }).services.map((s) => s.name)).toEqual(['a', 'b']);
  });

  it('reads --drain-during-deploy from the flag, or strictly from ZKDEPLOY_DRAIN_DURING_DEPLOY', () => {
    const service = ['a=h:1'];
    expect(parse({ service, drainDuringDeploy: true }).drainDuringDeploy).toBe(true);
    expect(parse({ service }, { ZKDEPLOY_DRAIN_DURING_DEPLOY: 'true' }).drainDuringDeploy).toBe(true);
    expect(parse({ service }, { ZKDEPLOY_DRAIN_DURING_DEPLOY: 'false' }).drainDuringDeploy).toBe(false);
    expect(parse({ service }, { ZKDEPLOY_DRAIN_DURING_DEPLOY: '0' }).drainDuringDeploy).toBe(false);
    expect(() => parse({ service }, { ZKDEPLOY_DRAIN_DURING_DEPLOY: 'sometimes' })).toThrow(/ZKDEPLOY_DRAIN_DURING_DEPLOY must be true or false/);
  });

  it.each([
    [{ onPrimary: 'x' }, /--on-primary and --on-standby need --group/],
    [{ group: 'a/b' }, /--group "a\/b" is not a valid group name/],
    [{ group: '' }, /--group must be a non-empty string/],
    [{ health: ['tcp'] }, /--health needs at least one --service/],
    [{ service: ['a=h:1', 'b=h:2', 'c=h:3'], health: ['tcp', 'tcp'] }, /--health was given 2 times for 3 services/],
    [{ service: ['a=h:1'], health: ['ftp://h'] }, /must be tcp or an http/],
    [{ service: ['a=h:1'], health: ['not a url'] }, /is neither tcp nor an http/],
    [{ service: ['a=h:1', 'a=h:2'] }, /--service a is given twice/],
    [{ drainDuringDeploy: true }, /--drain-during-deploy needs at least one --service/],
    [{ service: ['a=h:1'], healthInterval: '0' }, /--health-interval must be a number of seconds/],
    [{ service: ['a=h:1'], healthInterval: 'soon' }, /--health-interval must be a number of seconds/],
  ])('rejects %j', (flags, message) => {
    expect(() => parse(flags)).toThrow(message);
  });
});
