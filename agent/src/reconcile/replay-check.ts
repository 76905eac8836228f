/**
 * Replay and freshness rules for signed payloads (TUF's rollback and freeze
 * attacks), given what this agent accepted before for the app:
 * - a lower sequence than the accepted one is an old payload written back:
 *   refused, the newer one stays deployed;
 * - the accepted sequence itself (same signed bytes) stays acceptable even
 *   once expired, so a stable config keeps being served across restarts;
 * - a higher sequence is a new publish and must not be expired.
 */
import { ErrorCode, ZkDeployError, type VerifiedPayload } from '@zkdeploy/shared';

/** What the agent remembers of the newest payload it accepted for one app. */
export interface AcceptedPayload {
  app: string;
  sequence: number;
  digest: string;
  commitId: string;
  expiresAt: string;
  acceptedAt: string;
}

/** `same`: the accepted payload again (nothing to record); `newer`: record it. */
export type ReplayVerdict = 'same' | 'newer';

const NEW_SEQUENCE_HINT = 'publish or roll back with --sign-key: each signs a new, higher sequence';

function refuse(message: string, hint: string): ZkDeployError {
  return new ZkDeployError(ErrorCode.PAYLOAD_NOT_ALLOWED, message, { hint });
}

/** Throws ERR_PAYLOAD_NOT_ALLOWED for a replayed, reused or expired payload; otherwise says whether it is new. */
export function judgeSequence(accepted: AcceptedPayload | null, incoming: VerifiedPayload, nowMs: number): ReplayVerdict {
  if (accepted && incoming.sequence < accepted.sequence) {
    throw refuse(
      `payload sequence ${incoming.sequence} is lower than sequence ${accepted.sequence} (commit ${accepted.commitId}) this agent already accepted: an older signed payload was written back (replay); keeping the newer one`,
      NEW_SEQUENCE_HINT,
    );
  }
  if (accepted && incoming.sequence === accepted.sequence) {
    if (incoming.digest === accepted.digest) return 'same';
    throw refuse(
      `payload sequence ${incoming.sequence} was already accepted with different content; a sequence is signed once`,
      NEW_SEQUENCE_HINT,
    );
  }
  if (incoming.expiresAtMs <= nowMs) {
    throw refuse(
      `payload sequence ${incoming.sequence} expired at ${new Date(incoming.expiresAtMs).toISOString()}, and this agent had not accepted it before`,
      're-sign the current config with `zkdeploy resign --sign-key <key>`, or publish again with --sign-key',
    );
  }
  return 'newer';
}
