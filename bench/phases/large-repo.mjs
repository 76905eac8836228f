/**
 * The large-repository workload (issue 21): zkdeploy against the baseline
 * script on a repository with 3,000 commits of history over 2,000 files
 * (bench/lib/large-repo.mjs), first deploys and updates of 5 files, at each
 * fleet size, with the shallow floor agent beside them; with the bytes the git server sent per host and the disk one
 * host uses.
 */
import { LARGE, startLargeRepo } from '../lib/large-repo.mjs';
import { parseKinds } from '../lib/kind-spec.mjs';
import { fleetComparison } from './fleet-latency.mjs';

// The floor here fetches shallow, as zkdeploy does: what fetch + checkout + swap alone cost on this repository; and
// with a sync before its swap, what a durable activation adds to that (zkdeploy syncs too).
export const LARGE_KINDS = 'zkdeploy:--resync 3600,floor:--shallow,floor+sync=floor:--shallow --sync,baseline';

/**
 * Runs the workload at each of `ns`; resolves with the repository's shape and one result per fleet. `kinds`: the
 * fleets (bench/lib/kind-spec.mjs), for example with a durable floor beside them (`floor+sync=floor:--shallow --sync`).
 */
export async function largeRepo({ ns, rounds, zk, proxy, infraPids, log, kinds = LARGE_KINDS }) {
  const KINDS = parseKinds(kinds);
  const repo = await startLargeRepo(log);
  try {
    const fleets = [];
    for (const n of ns) {
      log(`  large repository, N = ${n}`);
      const r = rounds(n);
      fleets.push(
        ...(await fleetComparison({
          n,
          zk,
          proxy,
          repo,
          cloneRounds: r.clone,
          updateRounds: r.update,
          log,
          infraPids,
          kinds: KINDS.map((k) => ({ ...k, appSuffix: 'large' })),
          commitFor: () => repo.commit(),
          serverBytes: repo.serverBytes,
          measureDisk: true,
          // 100 clones of the whole history at once take minutes on a small machine.
          watchTimeoutMs: 900_000,
        })),
      );
    }
    return { shape: { ...LARGE, packedBytes: repo.packedBytes() }, fleets };
  } finally {
    await repo.stop();
  }
}
