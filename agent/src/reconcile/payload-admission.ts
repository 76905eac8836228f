/**
 * The agent's trust boundary for desired state: parses `B/config` data and
 * checks it against this agent's policy (URL allowlist, trusted signing
 * keys) before anything touches the disk or the network. What it throws
 * makes the run `rejected`.
 */
import type { KeyObject } from 'node:crypto';
import { parsePayload, verifyPayloadSignature, type Payload } from '@zkdeploy/shared';
import { checkUrlAllowed } from './url-policy.js';

export interface AdmissionPolicy {
  /** The app this agent serves the payload for. */
  app: string;
  allowUrls: string[];
  trustKeys: KeyObject[];
}

export class PayloadAdmission {
  constructor(private readonly policy: AdmissionPolicy) {}

  /** Parses and checks the payload of config version `version`; throws what makes it `rejected`. */
  async admit(data: Buffer | null, _version: number): Promise<Payload> {
    const payload = parsePayload(data);
    checkUrlAllowed(payload.url, this.policy.allowUrls);
    if (this.policy.trustKeys.length > 0) verifyPayloadSignature(payload, this.policy.trustKeys);
    return payload;
  }
}
