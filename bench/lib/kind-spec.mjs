/**
 * The agents a comparison runs, from the command line:
 * `label=kind@bin:agent flags`, comma-separated, where every part but the
 * kind may be left out (`zkdeploy`, `dep1=zkdeploy:--deploying-after 1`,
 * `old=zkdeploy@/tmp/old/agent/bin/zkdeploy-agent.js`, `floor`, `baseline`).
 * The kinds are `zkdeploy`, `floor` and `baseline` (bench/lib/fleet.mjs);
 * a bin applies to zkdeploy agents only. Flags go to the agent: zkdeploy's
 * own, or for a script agent `--write-status` (report each deploy in the
 * host's status znode, `floor+status=floor:--write-status`).
 */
import { fail } from './args.mjs';

const KINDS = new Set(['zkdeploy', 'floor', 'baseline']);

/** Parses a `--kinds` value; throws naming the part that is wrong. */
export function parseKinds(text) {
  const specs = text.split(',').map((spec) => {
    const [head = '', ...flagParts] = spec.split(':');
    const [named = '', bin] = head.split('@');
    const [label, kind = label] = named.split('=');
    if (!KINDS.has(kind)) throw new Error(`--kinds: "${spec}" names no kind of agent (one of ${[...KINDS].join(', ')})`);
    return { label, kind, bin: bin || undefined, extraArgs: flagParts.join(':').split(/\s+/).filter(Boolean) };
  });
  const labels = specs.map((s) => s.label);
  const twice = labels.find((l, i) => labels.indexOf(l) !== i);
  if (twice) throw new Error(`--kinds: the label "${twice}" is used twice; name them (label=kind)`);
  return specs;
}

/** `parseKinds` for a script's `--kinds` flag: a wrong part is reported as bad input (exit 2). */
export function parseKindsOrExit(script, text) {
  try {
    return parseKinds(text);
  } catch (err) {
    return fail(script, err.message);
  }
}
