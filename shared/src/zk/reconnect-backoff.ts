/**
 * Capped exponential backoff with full jitter between rounds of connection
 * attempts (a round: every server of the connect string tried once).
 *
 * node-zookeeper-client waits a random 0..spinDelay after each failed round,
 * for ever and without growth, so a fleet whose ensemble is down (or refusing
 * it) retries at full rate (issue 18). Here round n waits a uniformly random
 * time in [0, min(cap, base * 2^n)) ("full jitter": clients spread out instead
 * of retrying in step), and a connection resets the rounds. The cap follows
 * the session timeout so that a client still tries several times within one
 * session timeout after the ensemble is back, and keeps its session.
 */

export interface BackoffPolicy {
  /** Ceiling of the first round's wait. */
  baseMs: number;
  /** Largest ceiling any round's wait can have. */
  capMs: number;
}

export const RECONNECT_BASE_MS = 200;
export const RECONNECT_MIN_CAP_MS = 1000;
export const RECONNECT_MAX_CAP_MS = 10_000;

/** The policy for a session timeout: base 200 ms, cap a quarter of the session timeout within [1 s, 10 s]. */
export function reconnectPolicy(sessionTimeoutMs: number): BackoffPolicy {
  const capMs = Math.min(RECONNECT_MAX_CAP_MS, Math.max(RECONNECT_MIN_CAP_MS, Math.floor(sessionTimeoutMs / 4)));
  return { baseMs: RECONNECT_BASE_MS, capMs };
}

/** The wait before round `round` (0-based): uniform in [0, min(cap, base * 2^round)). */
export function fullJitterDelayMs(round: number, policy: BackoffPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(Math.max(round, 0), 30));
  return Math.floor(random() * ceiling);
}

/** Counts failed rounds across a client's connections and sessions; reset when a connection is made. */
export class ReconnectBackoff {
  private round = 0;
  constructor(
    private readonly policy: () => BackoffPolicy,
    private readonly random: () => number = Math.random,
  ) {}

  /** The wait before the next round; each call counts one more failed round. */
  nextDelayMs(): number {
    return fullJitterDelayMs(this.round++, this.policy(), this.random);
  }

  /** A connection was made: the next failure starts from the first round again. */
  reset(): void {
    this.round = 0;
  }

  get failedRounds(): number {
    return this.round;
  }
}
