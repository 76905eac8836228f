/**
 * Connection states in the manner of Apache Curator. Each value says what a
 * recipe or component must do when it sees it.
 */
export const ConnectionState = {
  /** First connection of this client; recipes start. */
  CONNECTED: 'CONNECTED',
  /**
   * Disconnected; the session may still be alive. Keep what you have (the
   * current checkout, a registration), start no new work that depends on
   * ZooKeeper, and a leader must stop acting as leader.
   */
  SUSPENDED: 'SUSPENDED',
  /**
   * Connected again. With `newSession: false` watches and ephemerals survived;
   * with `newSession: true` they are gone: re-read state, re-arm watches and
   * re-create ephemerals.
   */
  RECONNECTED: 'RECONNECTED',
  /**
   * The session expired (or is presumed expired because the session timeout
   * passed without a reconnect). The wrapper builds a new client and session;
   * a RECONNECTED with `newSession: true` follows when it connects.
   */
  LOST: 'LOST',
} as const;

export type ConnectionStateValue = (typeof ConnectionState)[keyof typeof ConnectionState];

export interface ConnectionStateChange {
  state: ConnectionStateValue;
  /** Only for RECONNECTED: true when the session is new. */
  newSession: boolean;
  /** The session id (hex) now in force, when connected. */
  sessionId: string | null;
}

export type ConnectionStateListener = (change: ConnectionStateChange) => void;
