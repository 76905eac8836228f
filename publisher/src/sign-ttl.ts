/**
 * How long a signature stays acceptable to an agent that has not accepted it
 * yet: `--sign-ttl`, else `ZKDEPLOY_SIGN_TTL`, else 30 days. An agent keeps
 * serving a payload it accepted after the expiry, so the expiry only bounds
 * how long an old payload can be replayed to a host that never saw it (a new
 * or reinstalled one). A stable app that adds hosts re-signs with `zkdeploy
 * resign` (a weekly timer does).
 */
import { UsageError } from '@zkdeploy/shared/errors';

export const DEFAULT_SIGN_TTL = '30d';
const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** Ten years: beyond that an expiry stops meaning anything. */
const MAX_TTL_MS = 3650 * UNIT_MS['d']!;

/** Parses `90s`, `15m`, `12h`, `30d` (a bare number is seconds) into ms; throws UsageError naming the source. */
export function parseSignTtl(text: string, source = '--sign-ttl'): number {
  const match = /^([0-9]{1,10})([smhd]?)$/.exec(text.trim());
  const ms = match ? Number(match[1]) * UNIT_MS[match[2] || 's']! : Number.NaN;
  if (!(ms >= 1000 && ms <= MAX_TTL_MS)) {
    throw new UsageError(`${source} ${JSON.stringify(text)} is not a duration from 1s to 3650d`, { hint: 'write it as a number with s, m, h or d, e.g. 30d' });
  }
  return ms;
}

/** The TTL in ms from the flag, the environment or the default. */
export function signTtlMs(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): number {
  if (flag !== undefined) return parseSignTtl(flag);
  const fromEnv = env['ZKDEPLOY_SIGN_TTL'];
  return fromEnv ? parseSignTtl(fromEnv, 'ZKDEPLOY_SIGN_TTL') : parseSignTtl(DEFAULT_SIGN_TTL);
}
