/**
 * Where an idle agent's memory goes: the resident set of a fresh Node
 * process after importing only some modules (no connection, no work), next
 * to what the agents measured hold. Node itself is the floor; every module
 * loaded at startup adds its compiled code and data.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { median } from '../lib/stats.mjs';

const exec = promisify(execFile);
const PROBE = fileURLToPath(new URL('../lib/rss-probe.mjs', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const CASES = [
  ['Node, nothing imported', []],
  ['+ node-zookeeper-client (all the baseline loads)', ['node-zookeeper-client']],
  ['+ prom-client', ['prom-client']],
  ['+ chokidar', ['chokidar']],
  ['+ ajv', ['ajv']],
  ['+ pino', ['pino']],
  ['@zkdeploy/shared (its index)', [`${ROOT}shared/dist/index.js`]],
  ['the agent\'s modules (agent/dist/main.js), nothing run', [`${ROOT}agent/dist/main.js`]],
];

/** Median RSS (bytes) of each case over `runs` fresh processes; null for a module that is not installed. */
export async function memoryFloor({ runs }) {
  const out = {};
  for (const [name, modules] of CASES) {
    const samples = [];
    for (let r = 0; r < runs; r++) {
      const { stdout } = await exec(process.execPath, ['--expose-gc', PROBE, ...modules]).catch(() => ({ stdout: 'NaN' }));
      samples.push(Number(stdout.trim()));
    }
    out[name] = median(samples);
  }
  return out;
}
