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

/** The agent package's bin, found through its package.json (an export of the package). */
function agentBinFile() {
  const manifest = new URL(import.meta.resolve('@zkdeploy/agent/package.json'));
  const bin = JSON.parse(readFileSync(manifest, 'utf8')).bin['zkdeploy-agent'];
  return new URL(bin, manifest);
}

/** The node flags in the agent bin's shebang: the agent runs with them as installed. */
const AGENT_FLAGS = readFileSync(agentBinFile(), 'utf8').split('\n')[0].split(/\s+/).filter((f) => f.startsWith('--'));

/** [row, modules, node flags]. */
const CASES = [
  ['Node, nothing imported', []],
  ['+ node-zookeeper-client (all the baseline loads)', ['node-zookeeper-client']],
  ['+ prom-client', ['prom-client']],
  ['+ chokidar', ['chokidar']],
  ['+ ajv', ['ajv']],
  ['+ pino', ['pino']],
  ['@zkdeploy/shared (its index)', ['@zkdeploy/shared']],
  ['the agent\'s modules (@zkdeploy/agent), nothing run', ['@zkdeploy/agent']],
  [`Node, nothing imported, with the agent bin's flags (${AGENT_FLAGS.join(' ')})`, [], AGENT_FLAGS],
  ['the agent\'s modules, with the agent bin\'s flags', ['@zkdeploy/agent'], AGENT_FLAGS],
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
