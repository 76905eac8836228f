/**
 * The agent's trust boundary for desired state: parses `B/config` data and
 * checks it against this agent's policy (URL allowlist, trusted signing
 * keys) before anything touches the network or a checkout. What it throws
 * makes the run `rejected`.
 *
 * With trusted keys a payload must also be signed in the v2 format for this
 * app, and pass the replay rules of replay-check.ts against the newest
 * payload this agent accepted before, which is kept on disk
 * (accepted-payload-file.ts) so that a restart forgets nothing. A new
 * sequence is recorded before the payload is handed on: once accepted, an
 * older one is refused even if this deploy fails.
 *
 * A rollout's candidate (`B/rollout`) is admitted by the same rules, with a
 * memory of its own: a host that took a candidate must be able to return to
 * the stable payload it accepted before (a lower sequence), which the stable
 * memory still allows, while an older candidate or one below the stable
 * payload already accepted is refused as a replay.
 */
import type { KeyObject } from 'node:crypto';
import { parsePayload, verifyPayloadSignature, type Payload } from '@zkdeploy/shared';
import { AcceptedPayloadFile, candidateFileName } from './accepted-payload-file.js';
import { judgeSequence, type AcceptedPayload } from './replay-check.js';
import { checkUrlAllowed } from './url-policy.js';

export interface AdmissionPolicy {
  /** The app this agent serves the payload for. */
  app: string;
  allowUrls: string[];
  trustKeys: KeyObject[];
}

export class PayloadAdmission {
  private readonly memory: AcceptedPayloadFile | null;
  private readonly candidateMemory: AcceptedPayloadFile | null;
  /** The record on disk once read (undefined: not read yet). Runs of one app are serialised, so no lock is needed. */
  private accepted: AcceptedPayload | null | undefined;
  private acceptedCandidate: AcceptedPayload | null | undefined;

  /**
   * @param baseDir where the accepted-payload record lives (under `.zkdeploy`); needed only with trusted keys.
   * @param now the clock expiry is judged by.
   */
  constructor(
    private readonly policy: AdmissionPolicy,
    baseDir?: string,
    private readonly now: () => number = Date.now,
  ) {
    this.memory = baseDir !== undefined && policy.trustKeys.length > 0 ? new AcceptedPayloadFile(baseDir, policy.app) : null;
    this.candidateMemory = baseDir !== undefined && policy.trustKeys.length > 0 ? new AcceptedPayloadFile(baseDir, policy.app, candidateFileName(policy.app)) : null;
  }

  /**
   * Admits a rollout candidate: the same parse, URL and signature checks,
   * judged against both memories (never below the stable payload accepted,
   * never below an earlier candidate) and recorded in the candidate's own.
   */
  async admitCandidate(data: Buffer | null): Promise<Payload> {
    const payload = parsePayload(data);
    checkUrlAllowed(payload.url, this.policy.allowUrls);
    if (this.policy.trustKeys.length === 0) return payload;
    const verified = verifyPayloadSignature(payload, this.policy.trustKeys, this.policy.app);
    if (!this.memory || !this.candidateMemory) {
      judgeSequence(null, verified, this.now());
      return payload;
    }
    if (this.accepted === undefined) this.accepted = await this.memory.read();
    if (this.acceptedCandidate === undefined) this.acceptedCandidate = await this.candidateMemory.read();
    if (this.accepted) judgeSequence(this.accepted, verified, this.now());
    if (judgeSequence(this.acceptedCandidate, verified, this.now()) === 'newer') {
      this.acceptedCandidate = this.record(payload, verified);
      await this.candidateMemory.write(this.acceptedCandidate);
    }
    return payload;
  }

  private record(payload: Payload, verified: { sequence: number; digest: string; expiresAtMs: number }): AcceptedPayload {
    return {
      app: this.policy.app,
      sequence: verified.sequence,
      digest: verified.digest,
      commitId: payload.commitId,
      expiresAt: new Date(verified.expiresAtMs).toISOString(),
      acceptedAt: new Date(this.now()).toISOString(),
    };
  }

  /** Parses and checks the payload of config version `version`; throws what makes it `rejected`. */
  async admit(data: Buffer | null, _version: number): Promise<Payload> {
    const payload = parsePayload(data);
    checkUrlAllowed(payload.url, this.policy.allowUrls);
    if (this.policy.trustKeys.length === 0) return payload;
    const verified = verifyPayloadSignature(payload, this.policy.trustKeys, this.policy.app);
    if (!this.memory) {
      judgeSequence(null, verified, this.now()); // without a base dir (tests) expiry still holds
      return payload;
    }
    if (this.accepted === undefined) this.accepted = await this.memory.read();
    if (judgeSequence(this.accepted, verified, this.now()) === 'newer') {
      const record: AcceptedPayload = {
        app: this.policy.app,
        sequence: verified.sequence,
        digest: verified.digest,
        commitId: payload.commitId,
        expiresAt: new Date(verified.expiresAtMs).toISOString(),
        acceptedAt: new Date(this.now()).toISOString(),
      };
      await this.memory.write(record);
      this.accepted = record;
    }
    return payload;
  }
}
