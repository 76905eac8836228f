/**
 * A rollout plan (docs/design.md, "Progressive rollouts"): the waves and the
 * gates between them. Parsed from `publish`/`rollout policy set` flags and
 * read back from znodes as untrusted data. Pure: no I/O.
 */
import { UsageError } from '../errors.js';

/** One wave's selector: a host count, a percentage of the live hosts, a label selector, or all the rest. */
export type WaveSelect =
  | { kind: 'count'; count: number }
  | { kind: 'percent'; percent: number }
  | { kind: 'label'; key: string; value: string }
  | { kind: 'rest' };

/** The failure budget: more failed or unhealthy hosts than this halts the rollout. */
export type FailureBudget = { kind: 'hosts'; count: number } | { kind: 'percent'; percent: number };

export interface RolloutPlan {
  /** The wave specs as written (`1`, `25%`, `zone=a`, `*`). */
  waves: string[];
  bakeMs: number;
  maxFailed: FailureBudget;
  waveTimeoutMs: number;
  manual: boolean;
  autoRollback: boolean;
}

export interface PlanFlags {
  waves?: string;
  bake?: string;
  maxFailed?: string;
  waveTimeout?: string;
  manual?: boolean;
  autoRollback?: boolean;
}

export const DEFAULT_WAVE_TIMEOUT_MS = 600_000;
const LABEL_PART = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;
const MAX_WAVES = 50;

/** Parses one wave spec; throws UsageError naming --waves. */
export function parseWaveSelect(spec: string): WaveSelect {
  const text = spec.trim();
  if (text === '*') return { kind: 'rest' };
  if (/^\d+$/.test(text)) {
    const count = Number(text);
    if (count >= 1 && Number.isSafeInteger(count)) return { kind: 'count', count };
  }
  const pct = /^(\d{1,3}(?:\.\d+)?)%$/.exec(text);
  if (pct) {
    const percent = Number(pct[1]);
    if (percent > 0 && percent <= 100) return { kind: 'percent', percent };
  }
  const label = /^([^=]+)=([^=]+)$/.exec(text);
  if (label && LABEL_PART.test(label[1] as string) && LABEL_PART.test(label[2] as string)) {
    return { kind: 'label', key: label[1] as string, value: label[2] as string };
  }
  throw new UsageError(`--waves: ${JSON.stringify(spec)} is not a wave (a count >= 1, a percentage in (0, 100]%, a label selector key=value, or *)`, {
    hint: 'example: --waves 1,25%,zone=a,*',
  });
}

/** Parses `1,25%,zone=a,*`: at least one wave, `*` only last. */
export function parseWaves(text: string): string[] {
  const waves = text.split(',').map((w) => w.trim());
  if (waves.length === 0 || waves.length > MAX_WAVES) throw new UsageError(`--waves: between 1 and ${MAX_WAVES} waves, got ${waves.length}`);
  waves.forEach((w, i) => {
    const select = parseWaveSelect(w);
    if (select.kind === 'rest' && i !== waves.length - 1) throw new UsageError(`--waves: * (all the rest) must be the last wave, not wave ${i + 1}`);
  });
  return waves;
}

/** Parses `3` (hosts) or `10%`. */
export function parseFailureBudget(text: string, flag = '--max-failed'): FailureBudget {
  if (/^\d+$/.test(text) && Number.isSafeInteger(Number(text))) return { kind: 'hosts', count: Number(text) };
  const pct = /^(\d{1,3}(?:\.\d+)?)%$/.exec(text);
  if (pct && Number(pct[1]) <= 100) return { kind: 'percent', percent: Number(pct[1]) };
  throw new UsageError(`${flag}: ${JSON.stringify(text)} is neither a host count (0, 1, …) nor a percentage (10%)`);
}

/** Parses seconds (`30`, `1.5`) into ms; throws naming the flag. */
export function parseSeconds(text: string, flag: string, min = 0): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < min || value > 30 * 86_400) {
    throw new UsageError(`${flag}: ${JSON.stringify(text)} is not a number of seconds${min > 0 ? ` >= ${min}` : ''}`);
  }
  return Math.round(value * 1000);
}

/** True when any plan flag was given. */
export function hasPlanFlags(flags: PlanFlags): boolean {
  return flags.waves !== undefined || flags.bake !== undefined || flags.maxFailed !== undefined ||
    flags.waveTimeout !== undefined || flags.manual === true || flags.autoRollback === true;
}

/** Builds a plan from flags; gates without --waves are a usage error. */
export function planFromFlags(flags: PlanFlags): RolloutPlan {
  if (flags.waves === undefined) {
    const given = ['bake', 'maxFailed', 'waveTimeout', 'manual', 'autoRollback'].find((k) => flags[k as keyof PlanFlags] !== undefined && flags[k as keyof PlanFlags] !== false);
    throw new UsageError(`--${kebab(given ?? 'waves')} needs --waves`, { hint: 'example: --waves 1,25%,* --bake 60' });
  }
  return {
    waves: parseWaves(flags.waves),
    bakeMs: flags.bake === undefined ? 0 : parseSeconds(flags.bake, '--bake'),
    maxFailed: flags.maxFailed === undefined ? { kind: 'hosts', count: 0 } : parseFailureBudget(flags.maxFailed),
    waveTimeoutMs: flags.waveTimeout === undefined ? DEFAULT_WAVE_TIMEOUT_MS : parseSeconds(flags.waveTimeout, '--wave-timeout', 1),
    manual: flags.manual === true,
    autoRollback: flags.autoRollback === true,
  };
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** How many failed hosts the budget allows among `total` hosts. */
export function allowedFailures(budget: FailureBudget, total: number): number {
  return budget.kind === 'hosts' ? budget.count : Math.floor((budget.percent / 100) * total);
}

/** Reads a plan from untrusted JSON; null when it is not one. */
export function parsePlan(value: unknown): RolloutPlan | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  try {
    if (!Array.isArray(v['waves']) || !v['waves'].every((w) => typeof w === 'string')) return null;
    const waves = parseWaves((v['waves'] as string[]).join(','));
    const num = (x: unknown, min: number): number | null => (typeof x === 'number' && Number.isFinite(x) && x >= min ? x : null);
    const bakeMs = num(v['bakeMs'], 0);
    const waveTimeoutMs = num(v['waveTimeoutMs'], 1);
    const mf = v['maxFailed'] as Record<string, unknown> | null;
    const maxFailed: FailureBudget | null =
      mf?.['kind'] === 'hosts' && num(mf['count'], 0) !== null ? { kind: 'hosts', count: mf['count'] as number }
        : mf?.['kind'] === 'percent' && num(mf['percent'], 0) !== null ? { kind: 'percent', percent: mf['percent'] as number } : null;
    if (bakeMs === null || waveTimeoutMs === null || maxFailed === null) return null;
    return { waves, bakeMs, maxFailed, waveTimeoutMs, manual: v['manual'] === true, autoRollback: v['autoRollback'] === true };
  } catch {
    return null;
  }
}

/** One line for people: `waves 1,25%,* · bake 60s · max-failed 0 · …`. */
export function describePlan(plan: RolloutPlan): string {
  const budget = plan.maxFailed.kind === 'hosts' ? String(plan.maxFailed.count) : `${plan.maxFailed.percent}%`;
  return [`waves ${plan.waves.join(',')}`, `bake ${plan.bakeMs / 1000}s`, `max-failed ${budget}`, `wave-timeout ${plan.waveTimeoutMs / 1000}s`,
    ...(plan.manual ? ['manual'] : []), ...(plan.autoRollback ? ['auto-rollback'] : [])].join(' · ');
}
