/** The `zkdeploy` CLI as a timed process, without the caller's ZKDEPLOY_* settings. */
import { CLI_BIN } from '@zkdeploy/test-support';
import { timedRun } from './timed-process.mjs';

/** The CLI under test: this checkout's, or another build's (`--cli-bin`, for comparing builds). */
export const cliBin = { path: CLI_BIN };

const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('ZKDEPLOY_')));

/** Runs `zkdeploy <args>`; resolves with code, output and wall time. */
export function zkdeploy(args, options = {}) {
  return timedRun(process.execPath, [cliBin.path, ...args], { env, ...options });
}

/** Which of the CLI's optional features the measured commit has. */
export async function cliFeatures() {
  const wait = await zkdeploy(['wait', '--help']);
  const publish = await zkdeploy(['publish', '--help']);
  return { wait: wait.code === 0 && /--timeout/.test(wait.stdout), publishWait: publish.code === 0 && /--wait/.test(publish.stdout) };
}
