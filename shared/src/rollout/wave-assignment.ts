/**
 * Which hosts make up each wave, computed once by the controller when it
 * plans a rollout, from the hosts live at that moment. Pure: no I/O.
 *
 * Order within the fleet is a hash of rollout id and host name, so every
 * rollout picks different canaries and the result does not depend on the
 * order ZooKeeper lists children in. Label waves take every remaining host
 * with the label; counts and percentages take that many of the remaining
 * hosts (percentages of all live hosts, rounded up, so no wave is empty);
 * the last wave takes all the rest. A wave that would be empty (its label
 * matches nobody left, or nobody is left) is an error: the rollout halts
 * before it starts rather than skipping a gate.
 */
import { createHash } from 'node:crypto';
import { parseWaveSelect } from './rollout-plan.js';

export interface HostLabels {
  host: string;
  labels: Record<string, string>;
}

export class WavePlanError extends Error {}

function order(rolloutId: string, hosts: HostLabels[]): HostLabels[] {
  const key = (h: string) => createHash('sha256').update(`${rolloutId}\0${h}`).digest('hex');
  return hosts.map((h) => ({ h, k: key(h.host) })).sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0)).map((x) => x.h);
}

/** Splits the live hosts into waves: one array of host names per wave spec; throws WavePlanError when a wave would be empty. */
export function assignWaves(rolloutId: string, specs: string[], hosts: HostLabels[]): string[][] {
  let remaining = order(rolloutId, hosts);
  const total = hosts.length;
  return specs.map((spec, index) => {
    const last = index === specs.length - 1;
    const select = parseWaveSelect(spec);
    let taken: HostLabels[];
    if (last) {
      taken = remaining; // the last wave takes the rest, whatever its selector
    } else if (select.kind === 'label') {
      taken = remaining.filter((h) => h.labels[select.key] === select.value);
    } else {
      const want = select.kind === 'count' ? select.count : select.kind === 'percent' ? Math.ceil((select.percent / 100) * total) : remaining.length;
      // Leave at least one host for every later wave that is not a label wave, so none is empty by rounding.
      const later = specs.slice(index + 1).filter((s) => parseWaveSelect(s).kind !== 'label').length;
      taken = remaining.slice(0, Math.max(1, Math.min(want, remaining.length - later)));
    }
    if (taken.length === 0) throw new WavePlanError(`wave ${index + 1} (${spec}) would be empty: ${remaining.length} of ${total} live hosts left${select.kind === 'label' ? `, none labelled ${select.key}=${select.value}` : ''}`);
    const names = new Set(taken.map((h) => h.host));
    remaining = remaining.filter((h) => !names.has(h.host));
    return taken.map((h) => h.host).sort();
  });
}
