import { describe, expect, it } from 'vitest';
import { EventLog } from './event-log.js';

describe('EventLog', () => {
  it('numbers events increasingly and hands each to every subscriber', () => {
    const log = new EventLog(10, 100);
    const seen: number[] = [];
    log.subscribe((e) => seen.push(e.id));
    log.append('app', 1);
    log.append('app', 2);
    expect(seen).toEqual([101, 102]);
    expect(log.lastId).toBe(102);
  });

  it('gives a resuming page exactly what it missed, or null (a snapshot) once the ring no longer holds it', () => {
    const log = new EventLog(3, 0);
    for (let i = 1; i <= 5; i++) log.append('app', i);
    expect(log.since(5)).toEqual([]);
    expect(log.since(3)?.map((e) => e.data)).toEqual([4, 5]);
    expect(log.since(2)?.map((e) => e.id)).toEqual([3, 4, 5]);
    expect(log.since(1)).toBeNull();
    // An id from another server's stream (ahead of this one) is never taken for one of ours.
    expect(log.since(6)).toBeNull();
    expect(log.since(-1)).toBeNull();
  });

  it('drops a subscriber that throws and keeps serving the others', () => {
    const log = new EventLog();
    const seen: number[] = [];
    log.subscribe(() => {
      throw new Error('closed socket');
    });
    log.subscribe((e) => seen.push(e.id));
    log.append('app', null);
    log.append('app', null);
    expect(seen).toHaveLength(2);
    expect(log.subscriberCount).toBe(1);
  });
});
