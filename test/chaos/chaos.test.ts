/**
 * CI's chaos run (issue 22): a short seeded schedule of combined faults with
 * the invariant checkers (test/chaos/chaos-run.mjs). The seed is fresh each
 * run unless ZKDEPLOY_CHAOS_SEED is set, and printed first; a failing seed
 * replays locally with `pnpm test:chaos --seed N --minutes M`.
 */
import { describe, expect, it } from 'vitest';
import { freshSeed } from './prng.mjs';
import { SETTLE_MS, runChaos } from './chaos-run.mjs';

const seed = process.env['ZKDEPLOY_CHAOS_SEED'] ? Number(process.env['ZKDEPLOY_CHAOS_SEED']) : freshSeed();
const minutes = Number(process.env['ZKDEPLOY_CHAOS_MINUTES'] ?? 5);
/** Schedule, settle, and room to start and stop the world. */
const budgetMs = minutes * 60_000 + SETTLE_MS + 180_000;

describe('chaos: a seeded schedule of combined faults', () => {
  it(`keeps every invariant (seed ${seed}, ${minutes} min; replay: pnpm test:chaos --seed ${seed} --minutes ${minutes})`, async () => {
    console.log(`chaos seed ${seed} (replay: pnpm test:chaos --seed ${seed} --minutes ${minutes})`);
    const result = await runChaos({ seed, minutes });
    const summary = result.violations.map((v) => `checker ${v.checker} at t+${(v.at / 1000).toFixed(1)}s: ${v.message}`);
    expect(summary, `violations with seed ${seed}`).toEqual([]);
    expect(result.settleMs).not.toBeNull();
  }, budgetMs);
});
