import { describe, expect, it } from 'vitest';
import { chooseOnceHost, declaringHosts, type TaskHost } from './task-selection.js';

const host = (name: string, over: Partial<TaskHost> = {}): TaskHost => ({ host: name, labels: { zone: 'a' }, tasks: ['migrate'], preferred: false, ...over });

describe('task host selection', () => {
  it('offers only hosts that declare the task, and a selector narrows to its label', () => {
    const hosts = [host('a'), host('b', { tasks: ['other'] }), host('c', { labels: { zone: 'b' } })];
    expect(declaringHosts({ name: 'migrate', mode: 'all', selector: null }, hosts).map((h) => h.host)).toEqual(['a', 'c']);
    expect(declaringHosts({ name: 'migrate', mode: 'hosts', selector: 'zone=b' }, hosts).map((h) => h.host)).toEqual(['c']);
    expect(declaringHosts({ name: 'nope', mode: 'once', selector: null }, hosts)).toEqual([]);
  });

  it('--once prefers a host that is ok and healthy at the stable commit', () => {
    const hosts = ['a', 'b', 'c', 'd'].map((n) => host(n, { preferred: n === 'c' }));
    for (const id of ['t-0000000001', 't-0000000002', 't-0000000003']) expect(chooseOnceHost(id, hosts)).toBe('c');
  });

  it('spreads tasks over equal hosts by task id, independent of listing order', () => {
    const hosts = ['a', 'b', 'c', 'd', 'e'].map((n) => host(n));
    const chosen = new Set<string | null>();
    for (let i = 1; i <= 20; i++) {
      const id = `t-${String(i).padStart(10, '0')}`;
      expect(chooseOnceHost(id, [...hosts].reverse())).toBe(chooseOnceHost(id, hosts));
      chosen.add(chooseOnceHost(id, hosts));
    }
    expect(chosen.size).toBeGreaterThan(1);
  });

  it('tries a host whose earlier attempt was lost only when no other is left', () => {
    const hosts = [host('a', { preferred: true }), host('b')];
    expect(chooseOnceHost('t-0000000001', hosts, new Set(['a']))).toBe('b');
    expect(chooseOnceHost('t-0000000001', [host('a')], new Set(['a']))).toBe('a');
    expect(chooseOnceHost('t-0000000001', [])).toBeNull();
  });
});
