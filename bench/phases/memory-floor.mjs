/**
 * Where an idle agent's memory goes: the resident set of a fresh Node
 * process after importing only some modules (no connection, no work), next
 * to what the agents measured hold. Node itself is the floor; every module
 * loaded at startup adds its compiled code and data.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { median } from '../lib/stats.mjs';

const exec = promisify(execFile);
const PROBE = fileURLToPath(new URL('../lib/rss-probe.mjs', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The node flags in the agent bin's shebang: the agent runs with them as installed. */
const AGENT_FLAGS = readFileSync(`${ROOT}agent/bin/zkdeploy-agent.js`, 'utf8').split('\n')[0].split(/\s+/).filter((f) => f.startsWith('--'));

/** [row, modules, node flags]. */
const CASES = [
  ['Node, nothing imported', []],
  ['+ node-zookeeper-client (all the baseline loads)', ['node-zookeeper-client']],
  ['+ prom-client', ['prom-client']],
  ['+ chokidar', ['chokidar']],
  ['+ ajv', ['ajv']],
  ['+ pino', ['pino']],
  ['@zkdeploy/shared (its index)', [`${ROOT}shared/dist/index.js`]],
  ['the agent\'s modules (agent/dist/main.js), nothing run', [`${ROOT}agent/dist/main.js`]],
  [`Node, nothing imported, with the agent bin's flags (${AGENT_FLAGS.join(' ')})`, [], AGENT_FLAGS],
  ['the agent\'s modules, with the agent bin\'s flags', [`${ROOT}agent/dist/main.js`], AGENT_FLAGS],
];

/** Median RSS (bytes) of each case over `runs` fresh processes; null for a module that is not installed. */
export async function memoryFloor({ runs }) {
  const out = {};
  for (const [name, modules, nodeFlags = []] of CASES) {
    const samples = [];
    for (let r = 0; r < runs; r++) {
      const { stdout } = await exec(process.execPath, ['--expose-gc', ...nodeFlags, PROBE, ...modules]).catch(() => ({ stdout: 'NaN' }));
      samples.push(Number(stdout.trim()));
    }
    out[name] = median(samples);
  }
  return out;
}
