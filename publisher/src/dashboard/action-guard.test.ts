import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAction } from './action-guard.js';
import { hostMatcher } from './dashboard-server.js';
import { parseListen } from './listen-address.js';
import { parseRollbackRequest } from './rollback-request.js';
import { readTokenFile, type ActionToken } from './token-file.js';

const TOKEN = 'f'.repeat(32);
const request = (headers: Record<string, string>): IncomingMessage => ({ headers: { host: '127.0.0.1:8080', 'content-type': 'application/json', ...headers } }) as unknown as IncomingMessage;

describe('dashboard action guard', () => {
  let dir: string;
  let tokens: ActionToken[];
  const hostAllowed = hostMatcher('127.0.0.1', () => 8080);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'zkdeploy-token-'));
    await writeFile(join(dir, 'tokens'), `# operators\nalice ${TOKEN}\n${'b'.repeat(20)}\n`);
    await chmod(join(dir, 'tokens'), 0o600);
    tokens = readTokenFile(join(dir, 'tokens'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads named and bare tokens, and refuses a token file others can read, a short token and an empty file', async () => {
    expect(tokens.map((t) => t.who)).toEqual(['alice', 'operator']);
    await writeFile(join(dir, 'open'), `${TOKEN}\n`, { mode: 0o644 });
    await chmod(join(dir, 'open'), 0o644);
    expect(() => readTokenFile(join(dir, 'open'))).toThrow(/accessible by group or others/);
    await writeFile(join(dir, 'short'), 'abc\n', { mode: 0o600 });
    expect(() => readTokenFile(join(dir, 'short'))).toThrow(/at least 16 characters/);
    await writeFile(join(dir, 'empty'), '# none\n', { mode: 0o600 });
    expect(() => readTokenFile(join(dir, 'empty'))).toThrow(/holds no token/);
  });

  it('answers 403 when actions are off, 401 without a matching bearer token, and names who acted when it matches', () => {
    expect(checkAction(request({ authorization: `Bearer ${TOKEN}` }), { tokens: undefined, hostAllowed }).status).toBe(403);
    expect(checkAction(request({}), { tokens, hostAllowed }).status).toBe(401);
    expect(checkAction(request({ authorization: `Bearer ${TOKEN.slice(1)}x` }), { tokens, hostAllowed }).status).toBe(401);
    expect(checkAction(request({ authorization: `Basic ${TOKEN}` }), { tokens, hostAllowed }).status).toBe(401);
    expect(checkAction(request({ authorization: `Bearer ${TOKEN}` }), { tokens, hostAllowed })).toEqual({ ok: true, status: 200, who: 'alice' });
    expect(checkAction(request({ authorization: `Bearer ${'b'.repeat(20)}` }), { tokens, hostAllowed }).who).toBe('operator');
  });

  it('refuses cross-site requests: another Origin, a cross-site fetch, a form content type, a rebound Host', () => {
    const ok = { authorization: `Bearer ${TOKEN}` };
    expect(checkAction(request({ ...ok, origin: 'http://evil.example' }), { tokens, hostAllowed }).status).toBe(403);
    expect(checkAction(request({ ...ok, 'sec-fetch-site': 'cross-site' }), { tokens, hostAllowed }).status).toBe(403);
    expect(checkAction(request({ ...ok, 'content-type': 'application/x-www-form-urlencoded' }), { tokens, hostAllowed }).status).toBe(415);
    expect(checkAction(request({ ...ok, host: 'evil.example:8080' }), { tokens, hostAllowed }).status).toBe(403);
    expect(checkAction(request({ ...ok, origin: 'http://127.0.0.1:8080', 'sec-fetch-site': 'same-origin' }), { tokens, hostAllowed }).ok).toBe(true);
    expect(hostAllowed('localhost:8080')).toBe(true);
    expect(hostAllowed('127.0.0.1:9090')).toBe(false);
    expect(hostAllowed(undefined)).toBe(false);
  });

  it('takes exactly {"app", "to"?} for one of the served apps', () => {
    expect(parseRollbackRequest('{"app":"/a"}', ['/a'])).toEqual({ app: '/a' });
    expect(parseRollbackRequest('{"app":"/a","to":3}', ['/a'])).toEqual({ app: '/a', to: 3 });
    expect(() => parseRollbackRequest('{"app":"/b"}', ['/a'])).toThrow(/one of the apps/);
    expect(() => parseRollbackRequest('{"app":"/a","to":-1}', ['/a'])).toThrow(/"to"/);
    expect(() => parseRollbackRequest('{"app":"/a","url":"x"}', ['/a'])).toThrow(/unknown field "url"/);
    expect(() => parseRollbackRequest('app=/a', ['/a'])).toThrow(/not JSON/);
  });

  it('parses --listen and tells loopback', () => {
    expect(parseListen('127.0.0.1:8080')).toEqual({ host: '127.0.0.1', port: 8080, loopback: true });
    expect(parseListen('[::1]:0')).toEqual({ host: '::1', port: 0, loopback: true });
    expect(parseListen('0.0.0.0:80').loopback).toBe(false);
    expect(() => parseListen('8080')).toThrow(/--listen "8080"/);
    expect(() => parseListen('example.com:80')).toThrow(/IP address/);
    expect(() => parseListen('127.0.0.1:70000')).toThrow(/--listen/);
  });
});
