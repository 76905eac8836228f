/**
 * What the reconciler calls around activating a new commit on this host, so
 * other components can react (service registrations step out of rotation
 * with --drain-during-deploy).
 */
export interface ActivationHooks {
  /** Before the checkout changes: take this host out of rotation. Never throws. */
  drain(): Promise<void>;
  /** After the checkout step, whether it succeeded or not: back into rotation. Never throws. */
  restore(): Promise<void>;
}
