/**
 * The nemesis's schedule, drawn from the seed alone: the same seed and
 * minutes give the same list of faults (start, kind, target, hold) on every
 * machine. Faults overlap; two faults never hold the same target at once, and
 * at most one ensemble fault runs at a time (two would leave no quorum to
 * restore from the schedule's view of the members).
 */
import { createHash } from 'node:crypto';
import { prng } from './prng.mjs';

export const FAULT_KINDS = [
  'zk-kill-leader',
  'zk-kill-member',
  'zk-quorum-loss',
  'agent-blackhole',
  'agent-session-expire',
  'publisher-blackhole',
  'agent-freeze',
  'agent-kill',
  'git-down',
  'git-slow',
  'disk-full',
  'controller-freeze',
];

/** Which resource a fault holds; two faults on one resource never overlap. */
function resourceOf(event) {
  if (event.kind.startsWith('zk-')) return 'zk';
  if (event.kind.startsWith('git-')) return 'git';
  if (event.kind === 'publisher-blackhole') return `publisher-${event.target}`;
  return `agent-${event.target}`;
}

function draw(rng, kind, options) {
  const { agents, controllers, publishers, sessionMs } = options;
  switch (kind) {
    case 'zk-kill-leader':
      return { target: 'leader', holdMs: rng.int(2000, 12000) };
    case 'zk-kill-member':
      return { target: String(rng.int(1, 3)), holdMs: rng.int(2000, 12000) };
    case 'zk-quorum-loss':
      return { target: 'two-members', holdMs: rng.int(3000, 10000) };
    case 'agent-blackhole':
      return { target: String(rng.int(1, agents)), holdMs: rng.int(1000, sessionMs * 2) };
    case 'agent-session-expire':
      return { target: String(rng.int(1, agents)), holdMs: sessionMs + 2000 };
    case 'publisher-blackhole':
      return { target: String(rng.int(1, publishers)), holdMs: rng.int(1000, 10000) };
    case 'agent-freeze':
      return { target: String(rng.int(1, agents)), holdMs: rng.int(500, sessionMs * 2) };
    case 'agent-kill':
      return { target: String(rng.int(1, agents)), holdMs: rng.int(200, sessionMs * 2) };
    case 'git-down':
      return { target: 'daemon', holdMs: rng.int(2000, 12000) };
    case 'git-slow':
      return { target: 'daemon', holdMs: rng.int(3000, 15000), delayMs: rng.int(100, 1500) };
    case 'disk-full':
      return { target: String(rng.int(1, agents)), holdMs: rng.int(2000, 10000) };
    case 'controller-freeze':
      return { target: String(rng.int(1, controllers)), holdMs: rng.int(1000, sessionMs * 2) };
    default:
      throw new Error(`unknown fault kind ${kind}`);
  }
}

/**
 * The schedule for `minutes`: events `{at, kind, target, holdMs}` sorted by
 * start; a drawn fault whose resource is busy at its start is dropped (and
 * the draw goes on, so the rest of the schedule depends only on the seed).
 */
export function makeSchedule(seed, minutes, options) {
  const rng = prng(seed);
  const endMs = Math.round(minutes * 60_000);
  const busyUntil = new Map();
  const events = [];
  for (let at = 3000 + rng.int(0, 3000); at < endMs; at += rng.int(1500, 7000)) {
    const kind = rng.pick(FAULT_KINDS);
    const event = { at, kind, ...draw(rng, kind, options) };
    const resource = resourceOf(event);
    if ((busyUntil.get(resource) ?? 0) > at) continue;
    event.holdMs = Math.min(event.holdMs, endMs - at);
    busyUntil.set(resource, at + event.holdMs + 1000);
    events.push(event);
  }
  return events;
}

export function describeEvent(e) {
  const extra = e.delayMs ? ` delay=${e.delayMs}ms` : '';
  return `t+${(e.at / 1000).toFixed(1)}s ${e.kind} ${e.target} hold=${e.holdMs}ms${extra}`;
}

/** A short digest of the printed schedule: equal digests, equal schedules. */
export function scheduleDigest(events) {
  return createHash('sha256').update(events.map(describeEvent).join('\n')).digest('hex').slice(0, 16);
}
