/**
 * What a reconciler is built from, in two parts: the policy (what the
 * operator chose on the command line) and the dependencies (the things it
 * talks to). Tests pass fakes for the dependencies.
 */
import type { Logger, ZkClient } from '@zkdeploy/shared';
import type { ActivationHooks } from './activation-hooks.js';
import type { AgentMetrics } from '../runtime/agent-metrics.js';
import type { GitCredentialSettings } from '../store/git-credentials.js';
import type { KeyedLock } from './keyed-lock.js';
import type { PayloadAdmission } from './payload-admission.js';
import type { ReleaseStoreOpener } from '../store/target-registry.js';
import type { StatusWriter } from './status-writer.js';
import type { TreeLimits } from '../store/tree-limits.js';

/** What the operator chose for this app's deploys. */
export interface ReconcilePolicy {
  app: string;
  host: string;
  gitTimeoutMs: number;
  /** Credential settings of every git command (--ssh-key, --git-username, …). */
  gitCredentials: GitCredentialSettings;
  exec: string | undefined;
  check: string | undefined;
  execTimeoutMs: number;
  selfHeal: boolean;
  driftWatch: boolean;
  driftDebounceMs?: number;
  /** Directory watches per target (--max-drift-watches); past it drift is found by git status at each resync. */
  maxDriftWatches?: number;
  splayMs: number;
  /** Write `deploying` only for a deploy still running after this long (0: always, at once). */
  deployingAfterMs?: number;
  retryBaseMs?: number;
  retryMaxMs?: number;
  /** What a commit's tree may hold (--max-tree-files, --max-tree-bytes); checked before its checkout. */
  treeLimits?: TreeLimits;
}

/** What the reconciler talks to. */
export interface ReconcileDependencies {
  /** Reconciles only while connected; a trigger found disconnected runs again on the next (re)connection. */
  zk: Pick<ZkClient, 'isConnected' | 'onStateChange'>;
  /** Parses desired state and checks it against the agent's policy (URL allowlist, signatures). */
  admission: Pick<PayloadAdmission, 'admit'>;
  /** Claims the app's target among the agent's apps and opens its release store. */
  stores: ReleaseStoreOpener;
  /** The one writer of this host's status record. */
  status: Pick<StatusWriter, 'write' | 'current' | 'saved'>;
  metrics: Pick<AgentMetrics, 'deployed' | 'reported' | 'commit'> | null;
  locks: KeyedLock;
  log: Logger;
  /** Aborted when the agent stops. */
  signal: AbortSignal;
  /** Called around the step that changes the checkout (--drain-during-deploy). */
  activation?: ActivationHooks | undefined;
}
