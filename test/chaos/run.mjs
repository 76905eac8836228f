#!/usr/bin/env node
/**
 * `pnpm test:chaos [--seed N] [--minutes M] [--print-schedule]`: one chaos
 * run; exit 1 on any violation. `--print-schedule` only prints what the seed
 * gives (to compare two machines' schedules).
 */
import { parseArgs } from 'node:util';
import { freshSeed } from './prng.mjs';
import { describeEvent, scheduleDigest } from './schedule.mjs';
import { runChaos, scheduleFor } from './chaos-run.mjs';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: { seed: { type: 'string' }, minutes: { type: 'string' }, 'print-schedule': { type: 'boolean' } },
});
const seed = values.seed !== undefined ? Number(values.seed) : freshSeed();
const minutes = values.minutes !== undefined ? Number(values.minutes) : 5;
if (!Number.isInteger(seed) || seed < 0 || !(minutes > 0)) {
  console.error('test:chaos: --seed must be a non-negative integer and --minutes a positive number');
  process.exit(2);
}
if (values['print-schedule']) {
  const schedule = scheduleFor(seed, minutes);
  console.log(`seed ${seed}, ${minutes} min, digest ${scheduleDigest(schedule)}\n${schedule.map(describeEvent).join('\n')}`);
  process.exit(0);
}
const result = await runChaos({ seed, minutes });
process.exit(result.violations.length === 0 ? 0 : 1);
